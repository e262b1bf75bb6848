import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { NEWS_SITE_MATCHES } from './core/news-sites';
import { generateKb } from './scripts/generate-kb';
import { compactCardCss } from './tools/build/compact-css';
import { preactWithoutInnerHtml } from './tools/build/preact-no-inner-html';
import { zodWithoutEval } from './tools/build/zod-without-eval';

const ROOT = dirname(fileURLToPath(import.meta.url));
// Firefox needs a fixed add-on id (storage, tests) and the data-collection declaration.
const GECKO_ID = 'policy-context@policycontext.dev';
/**
 * PC_TEST_BUILD=1 builds into .output-test/ with the card's shadow root open, so browser tests can
 * read the card. Every build readers get keeps it closed (and tests check that, too).
 */
const TEST_BUILD = process.env.PC_TEST_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: TEST_BUILD ? '.output-test' : '.output',
  // The Firefox sources package a reviewer rebuilds from (docs/BUILDING.md): source only.
  zip: { excludeSources: ['artifacts/**', 'generated/**', '.output-test/**', 'docs/screenshots/**'] },
  vite: () => ({
    plugins: [compactCardCss(), preactWithoutInnerHtml(), zodWithoutEval(), preact()],
    define: { __PC_TEST_BUILD__: JSON.stringify(TEST_BUILD) },
    // No modulepreload polyfill: it fetch()es our own chunks, a question a store reviewer need not ask.
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // Every build makes the knowledge base it bundles: a clean clone builds, and no build ships a stale KB.
    // (PC_KB_PREBUILT=1: the caller just ran `npm run kb` itself, as scripts/test-all.mjs does.)
    'build:before': () => {
      if (process.env.PC_KB_PREBUILT !== '1') console.log(generateKb());
    },
    // `wxt prepare` (postinstall) also writes it when it can, so types check on a fresh clone;
    // an invalid KB there is reported, not fatal, so `npm ci` still installs.
    // The KB ships once, as package files the background and popup read (platform/bundled-kb.ts).
    'build:publicAssets': (_wxt, files) => {
      for (const name of ['kb.json', 'match-index.json']) {
        files.push({ absoluteSrc: resolve(ROOT, 'generated', name), relativeDest: name });
      }
    },
    'prepare:types': () => {
      if (process.env.PC_KB_PREBUILT === '1') return;
      try {
        generateKb();
      } catch (error) {
        console.warn(String(error));
      }
    },
  },
  manifest: ({ browser }) => ({
    // Names and descriptions from public/_locales (English default; Simplified Chinese).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup, opened from the toolbar, may read the current tab's address to offer
    // "On for this site" on a site outside the list (no standing access to any other site).
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: NEWS_SITE_MATCHES,
    // Any other site is one click away: the popup asks for that one site (Firefox MV2 has no
    // optional_host_permissions, so there the same pattern goes in optional_permissions).
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // Highlights cannot take keyboard focus: these step through the marks and open each card.
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_cmdNextMention__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_cmdPreviousMention__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 142: data_collection_permissions on every Firefox (web-ext lint checks Android too).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
