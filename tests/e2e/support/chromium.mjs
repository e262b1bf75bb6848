/* global chrome -- evaluated in the extension's own Chromium service worker */
// Real Chromium with the built MV3 extension, through playwright-core, every request via our proxy.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { recordPageErrors } from './harness.mjs';

/** The test build (PC_TEST_BUILD=1: the card's shadow root open for probes); `production` is what readers get. */
export const CHROMIUM_DIST = new URL('../../../.output-test/chrome-mv3', import.meta.url).pathname;
export const CHROMIUM_PRODUCTION_DIST = new URL('../../../.output/chrome-mv3', import.meta.url).pathname;

/** lang 'zh-CN' starts the browser in Simplified Chinese (its UI language is what chrome.i18n follows; needs chromium-l10n). */
export async function launchChromium({ proxyPort, extension = true, colorScheme = 'light', headed = false, production = false, lang = undefined }) {
  const dist = production ? CHROMIUM_PRODUCTION_DIST : CHROMIUM_DIST;
  const userDataDir = mkdtempSync(join(tmpdir(), 'pc-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    viewport: headed ? null : { width: 1280, height: 900 },
    colorScheme,
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` } } : {}),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      ...(headed ? [] : ['--headless=new']),
      ...(lang ? [`--lang=${lang}`] : []),
      ...(extension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      `--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    ],
  });
  let extensionId;
  let worker;
  if (extension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    extensionId = new URL(worker.url()).host;
    // The background registers the content script when it starts; pages opened before that get none.
    const end = Date.now() + 10000;
    while (Date.now() < end && !(await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).filter((s) => s.id === 'policy-context' || s.id === 'policy-context-pin').length === 2).catch(() => false))) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    name: 'chromium',
    extensionId,
    newPage: async () => recordPageErrors(await context.newPage()),
    /** Waits for an extension page (moz-extension:// or chrome-extension://) the extension opened. */
    waitForExtensionPage: async (pathPrefix) => {
      const prefix = `chrome-extension://${extensionId}/${pathPrefix}`;
      const end = Date.now() + 10000;
      while (Date.now() < end) {
        // The newest such page: an earlier test may have left one open.
        const found = context.pages().filter((p) => p.url().startsWith(prefix)).at(-1);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no extension page ${prefix} opened; open pages: ${context.pages().map((p) => p.url()).join(', ')}`);
    },
    emulateDarkMode: (page) => page.emulateMedia({ colorScheme: 'dark' }),
    /** Runs a function in the extension's service worker (Chromium only). */
    inBackground: async (fn, arg) => {
      const current = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? worker;
      return current.evaluate(fn, arg);
    },
    context,
    onClose: (fn) => context.on('close', fn),
    /** Open tabs, extension pages included. */
    pageCount: async () => context.pages().length,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
