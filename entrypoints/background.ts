// Wiring only: serves the match index and cards (the content script bundles neither), keeps the one
// content-script registration in step with the settings and the granted permissions, and turns
// the keyboard commands into messages to the active tab.
import type { Browser } from 'wxt/browser';
import { planScriptRegistration, sitePatterns } from '../core/script-registration';
import { createBackgroundHandler } from '../platform/background-handler';
import { loadBundledKb, loadMatchIndex } from '../platform/bundled-kb';
import { CONTENT_SCRIPT_FILE, ScriptRegistrar } from '../platform/script-registration';
import { loadSettings, updateSettings, watchSettings } from '../platform/settings-store';

export default defineBackground({
  // Firefox MV2: an event page, woken by messages, commands and permission changes, like Chrome's worker.
  persistent: false,
  main() {
    const registrar = new ScriptRegistrar(browser.scripting);
    const syncRegistration = async () => registrar.sync(planScriptRegistration((await loadSettings()).settings));

    // Listeners are added at once (a service worker woken by a message must find them); the KB is
    // read from the package on first use.
    const ready = Promise.all([loadBundledKb(), loadMatchIndex()]).then(([kb, matchIndex]) => createBackgroundHandler({
      kb,
      matchIndex,
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      syncRegistration,
      injectInto: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE as '/policy-context.js'] });
      },
      openTab: async (url, index) => {
        await browser.tabs.create({ url, index });
      },
      extensionPageUrl: (path) => browser.runtime.getURL(path as '/popup.html'),
      updateSettings,
      now: () => Date.now(),
    }));
    browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => ready.then((handle) => handle(message, sender)));

    browser.commands?.onCommand.addListener((command: string) => {
      if (command !== 'next-mention' && command !== 'previous-mention') return;
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        if (tab?.id === undefined) return;
        // No content script in that tab (site off): nothing to step through, and nothing to report.
        browser.tabs.sendMessage(tab.id, { type: 'stepMention', step: command === 'next-mention' ? 1 : -1 }).catch(() => undefined);
      });
    });

    // The reader (or the browser's own UI) took back access to a site: stop running there.
    browser.permissions.onRemoved.addListener((removed) => {
      const origins = new Set(removed.origins ?? []);
      if (origins.size === 0) return;
      void updateSettings((s) => ({ ...s, enabledSites: s.enabledSites.filter((site) => !sitePatterns(site).some((o) => origins.has(o))) }))
        .then(syncRegistration)
        .catch(() => undefined);
    });

    // Any settings change (popup, another window, a repair of corrupt values) re-registers.
    watchSettings(() => void syncRegistration().catch(() => undefined));
    browser.runtime.onInstalled.addListener(() => void syncRegistration().catch(() => undefined));
    browser.runtime.onStartup.addListener(() => void syncRegistration().catch(() => undefined));
    void syncRegistration().catch(() => undefined);
  },
});
