// Serves the compact match index and full entity records by id (the content script bundles neither) and
// keeps the opt-in sites' content-script registration in step with the settings.
import type { Browser } from 'wxt/browser';
import kbJson from '../generated/kb.json';
import matchIndexJson from '../generated/match-index.json';
import type { Entity, Kb } from '../core/kb-schema';
import type { BackgroundRequest } from '../platform/messages';
import { injectInto, syncOptInRegistration } from '../platform/opt-in-sites';
import { loadSettings } from '../platform/settings-store';

export default defineBackground(() => {
  const kb = kbJson as Kb;
  const byId = new Map<string, Entity>(kb.entities.map((e) => [e.id, e]));

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const request = message as BackgroundRequest;
    switch (request?.type) {
      case 'getMatchIndex':
        return Promise.resolve(matchIndexJson);
      case 'getEntity':
        return Promise.resolve(byId.get(request.id) ?? null);
      case 'getEntityNames':
        return Promise.resolve(
          Object.fromEntries(request.ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!.name.en]] : []))),
        );
      case 'optInSitesChanged':
        return (async () => {
          try {
            const { settings } = await loadSettings();
            await syncOptInRegistration(settings.enabledSites);
            if (request.tabId !== undefined) await injectInto(request.tabId);
            return { ok: true };
          } catch (error) {
            return { ok: false, error: String(error) };
          }
        })();
      case 'openDetail': {
        if (!byId.has(request.id)) return Promise.resolve({ ok: false, error: 'unknown entity' });
        const params = new URLSearchParams({ entity: request.id });
        if (sender.tab?.id !== undefined) params.set('tab', String(sender.tab.id));
        return browser.tabs
          .create({ url: browser.runtime.getURL(`/popup.html?${params}`), index: (sender.tab?.index ?? 0) + 1 })
          .then(() => ({ ok: true }));
      }
      default:
        return undefined;
    }
  });

  browser.commands?.onCommand.addListener((command: string) => {
    if (command !== 'next-mention' && command !== 'previous-mention') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      // No content script in that tab (site off): nothing to step through, and nothing to report.
      browser.tabs.sendMessage(tab.id, { type: 'stepMention', step: command === 'next-mention' ? 1 : -1 }).catch(() => undefined);
    });
  });

  void loadSettings().then(({ settings }) => syncOptInRegistration(settings.enabledSites)).catch(() => undefined);
});
