// Wiring only: serves the match index and cards (the content script bundles neither), keeps the one
// content-script registration in step with the settings and the granted permissions, and turns
// the keyboard commands into messages to the active tab.
import type { Browser } from 'wxt/browser';
import type { Kb } from '../core/kb-schema';
import type { MatchIndex } from '../core/match-index';
import type { PackOrigin } from '../platform/knowledge';
import { planScriptRegistration, sitePatterns } from '../core/script-registration';
import { createBackgroundHandler } from '../platform/background-handler';
import { buildMatchIndex } from '../core/match-index';
import { packsSignature } from '../core/settings';
import { loadMatchIndex } from '../platform/bundled-kb';
import { loadKnowledge } from '../platform/knowledge';
import { cardUi } from '../platform/i18n';
import { replyThrough } from '../platform/extension-api';
import { CONTENT_SCRIPT_FILE, ScriptRegistrar } from '../platform/script-registration';
import { loadSettings, updateSettings, watchSettings } from '../platform/settings-store';

export default defineBackground({
  // Firefox MV2: an event page, woken by messages, commands and permission changes, like Chrome's worker.
  persistent: false,
  main() {
    // The document_start pin script exists in the Chrome build only (entrypoints/pin-api.ts).
    const registrar = new ScriptRegistrar(browser.scripting, !import.meta.env.FIREFOX);
    const syncRegistration = async () => registrar.sync(planScriptRegistration((await loadSettings()).settings));

    // Listeners are added at once (a service worker woken by a message must find them); the KB is
    // read from the package (plus the reader's enabled packs) on first use, and again when packs change.
    const build = async () => {
      const [{ kb, packOf }, { settings }] = await Promise.all([loadKnowledge(), loadSettings()]);
      // The packaged index covers the bundled KB; with packs on, the index is built here (a few ms),
      // folding Chinese with the shipped table: a pack never adds character folds of its own.
      const packaged = await loadMatchIndex();
      const matchIndex = packOf.size > 0
        ? buildMatchIndex(kb.version, kb.entities, { noVouchFor: new Set(packOf.keys()), ...(packaged.hanFold === undefined ? {} : { hanFold: packaged.hanFold }) })
        : packaged;
      return { packs: packsSignature(settings.packs), handle: createHandler(kb, matchIndex, packOf) };
    };
    const createHandler = (kb: Kb, matchIndex: MatchIndex, packOf: ReadonlyMap<string, PackOrigin>) => createBackgroundHandler({
      kb,
      matchIndex,
      packOf,
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      syncRegistration,
      injectInto: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE as '/policy-context.js'] });
      },
      openTab: async (url, index) => {
        await browser.tabs.create({ url, index });
      },
      extensionPageUrl: (path) => browser.runtime.getURL(path as '/entity.html'),
      updateSettings,
      now: () => Date.now(),
      ui: cardUi(),
    });
    let ready = build();
    // The KB in use must match the packs the settings name *now*: a page that saw a pack change
    // asks for a new index at once, maybe before this worker's own settings watch has run.
    const current = async () => {
      // A build that failed (a storage error) is tried again on the next message, not kept.
      const built = await ready.catch(() => (ready = build()));
      const { settings } = await loadSettings();
      if (built.packs !== packsSignature(settings.packs)) ready = build();
      return ready;
    };
    // Answered as the content script answers (ADR 0013): a failure is an error reply, never the
    // polyfill's private rejection object (which a native sender would read as an answer).
    browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) =>
      replyThrough(sendResponse, () => current().then(({ handle }) => handle(message, sender))));

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

    // Any settings change (popup, another window, a repair of corrupt values) re-registers; a change
    // of the enabled packs rebuilds the KB and index that cards and pages are served from.
    watchSettings((settings) => {
      void syncRegistration().catch(() => undefined);
      void ready.then(
        (built) => {
          if (built.packs !== packsSignature(settings.packs)) ready = build();
        },
        () => {
          ready = build();
        },
      );
    });
    browser.runtime.onInstalled.addListener(() => void syncRegistration().catch(() => undefined));
    browser.runtime.onStartup.addListener(() => void syncRegistration().catch(() => undefined));
    void syncRegistration().catch(() => undefined);
  },
});
