// What the popup needs from the browser, behind one small interface so the view stays testable.
import { browser } from 'wxt/browser';
import type { Settings } from '../core/settings';
import { siteKey } from '../core/settings';
import { askTab, type PageMentionsResponse } from './messages';
import { loadSettings, updateSettings } from './settings-store';
import { setSiteOn, type SiteSwitchResult } from './site-access';

export type { SiteSwitchResult };

export interface PopupPlatform {
  /** Opens the options page (every setting, the "not this" list, knowledge packs). */
  openOptions(): Promise<void>;
  /** The active tab's id and site key, if it is a web page. */
  currentTab(): Promise<{ id: number; site: string } | undefined>;
  loadSettings(): Promise<{ settings: Settings; repaired: string[] }>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  pageMentions(tabId: number): Promise<PageMentionsResponse | undefined>;
  openMention(tabId: number, entityId: string): Promise<void>;
  /** Marks the whole page in that tab (no story was found there); resolves with the page's mentions. */
  markWholePage(tabId: number): Promise<PageMentionsResponse | undefined>;
  /**
   * Switches Policy Context on or off for a site. A site outside the curated list asks the browser
   * for access first (and gives it back when switched off). Never rejects: failures are reported.
   */
  setSiteOn(tabId: number, site: string, on: boolean): Promise<SiteSwitchResult>;
}

export function createPopupPlatform(): PopupPlatform {
  return {
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    async currentTab() {
      // A test or a user may open the popup as a tab: ?tab=ID names the page it is about, and
      // ?site=HOST its site where the browser does not show us that tab's address (no access to
      // it yet; from the toolbar, activeTab shows it). Only the extension itself can open its pages.
      const params = new URLSearchParams(location.search);
      const forced = params.get('tab');
      const tab = forced
        ? await browser.tabs.get(Number(forced)).catch(() => undefined)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (!tab?.id) return undefined;
      const given = forced ? params.get('site') : null;
      if (!tab.url && given && /^[a-z0-9.-]+$/i.test(given)) return { id: tab.id, site: siteKey(given) };
      if (!tab.url || !/^https?:/.test(tab.url)) return undefined;
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
      await askTab(tabId, { type: 'openMention', entityId }).catch(() => undefined);
    },
    async markWholePage(tabId) {
      try {
        return (await askTab(tabId, { type: 'markWholePage' })) as PageMentionsResponse;
      } catch {
        return undefined;
      }
    },
    setSiteOn: (tabId, site, on) => setSiteOn(site, on, tabId),
  };
}
