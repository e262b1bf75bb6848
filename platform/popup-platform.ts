// What the popup needs from the browser, behind one small interface so the view stays testable.
import { browser } from 'wxt/browser';
import type { Settings } from '../core/settings';
import { siteKey } from '../core/settings';
import { askBackground, askTab, type PageMentionsResponse } from './messages';
import { loadSettings, updateSettings } from './settings-store';

export interface PopupPlatform {
  /** The active tab's id and site key, if it is a web page. */
  currentTab(): Promise<{ id: number; site: string } | undefined>;
  loadSettings(): Promise<{ settings: Settings; repaired: string[] }>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  pageMentions(tabId: number): Promise<PageMentionsResponse | undefined>;
  openMention(tabId: number, entityId: string): Promise<void>;
  /** Marks the whole page in that tab (no story was found there); resolves with the page's mentions. */
  markWholePage(tabId: number): Promise<PageMentionsResponse | undefined>;
  /** Asks for host access to a site outside the curated list; true when granted and running. */
  enableSite(tabId: number, site: string): Promise<boolean>;
  /** Stops running on an opt-in site (the registration is dropped; the open page clears itself). */
  disableOptInSite(site: string): Promise<void>;
}

export function createPopupPlatform(): PopupPlatform {
  return {
    async currentTab() {
      // A test or a user may open the popup as a tab: ?tab=ID names the page it is about.
      const forced = new URLSearchParams(location.search).get('tab');
      const tab = forced
        ? await browser.tabs.get(Number(forced))
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (!tab?.id || !tab.url || !/^https?:/.test(tab.url)) return undefined;
      return { id: tab.id, site: siteKey(new URL(tab.url).hostname) };
    },
    loadSettings,
    updateSettings,
    async pageMentions(tabId) {
      try {
        return (await askTab(tabId, { type: 'getPageMentions' })) as PageMentionsResponse;
      } catch {
        return undefined; // no content script in that tab (site off, or a page we may not touch)
      }
    },
    async openMention(tabId, entityId) {
      await askTab(tabId, { type: 'openMention', entityId });
    },
    async markWholePage(tabId) {
      try {
        return (await askTab(tabId, { type: 'markWholePage' })) as PageMentionsResponse;
      } catch {
        return undefined;
      }
    },
    async disableOptInSite(site) {
      await updateSettings((s) => ({ ...s, enabledSites: s.enabledSites.filter((x) => x !== site) }));
      await askBackground({ type: 'optInSitesChanged' });
    },
    async enableSite(tabId, site) {
      const granted = await browser.permissions.request({ origins: [`*://${site}/*`, `*://*.${site}/*`] });
      if (!granted) return false;
      await updateSettings((s) => ({ ...s, enabledSites: [...new Set([...s.enabledSites, site])], disabledSites: s.disabledSites.filter((d) => d !== site) }));
      const r = await askBackground({ type: 'optInSitesChanged', tabId });
      return r.ok;
    },
  };
}
