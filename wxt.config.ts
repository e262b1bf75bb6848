import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { NEWS_SITE_MATCHES } from './core/news-sites';

// Firefox needs a fixed add-on id (storage, tests) and the data-collection declaration.
const GECKO_ID = 'policy-context@policycontext.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Policy Context',
    description:
      'Marks China technology-policy entities in news articles and explains each with a sourced card. Works offline; sends nothing.',
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: NEWS_SITE_MATCHES,
    optional_host_permissions: ['*://*/*'],
    // Highlights cannot take keyboard focus: these step through the marks and open each card.
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Open the card of the next marked name' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Open the card of the previous marked name' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
