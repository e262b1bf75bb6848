// Switching Policy Context on or off for one site, shared by the popup and the options page.
// A site outside the curated list needs the browser's access to it: asked for when switched on,
// given back when switched off. The background then re-registers the content script.
import { browser } from 'wxt/browser';
import { isCuratedNewsHost } from '../core/news-sites';
import { sitePatterns } from '../core/script-registration';
import { t } from './i18n';
import { askBackground } from './messages';
import { updateSettings } from './settings-store';

export interface SiteSwitchResult {
  ok: boolean;
  /** What the reader is told when it did not work. */
  error?: string;
}

/**
 * Never rejects: failures are reported. Call it straight from a click handler, before any other
 * await: browsers grant a permission only within the click's user gesture. With tabId, the
 * content script is also injected into that tab at once (the popup's current page).
 */
export async function setSiteOn(site: string, on: boolean, tabId?: number): Promise<SiteSwitchResult> {
  try {
    const curated = isCuratedNewsHost(site);
    if (on && !curated) {
      // Must be the first await (see above).
      const granted = await browser.permissions.request({ origins: sitePatterns(site) });
      if (!granted) return { ok: false, error: t('siteAccessDenied', site) };
    }
    await updateSettings((s) => {
      const disabled = s.disabledSites.filter((d) => d !== site);
      const enabled = s.enabledSites.filter((d) => d !== site);
      if (on) return { ...s, disabledSites: disabled, enabledSites: curated ? enabled : [...enabled, site] };
      return { ...s, disabledSites: curated ? [...disabled, site] : disabled, enabledSites: enabled };
    });
    if (!on && !curated) {
      // Give back access we no longer use; the background drops the registration.
      await browser.permissions.remove({ origins: sitePatterns(site) }).catch(() => false);
    }
    const reply = await askBackground({ type: 'syncSites', ...(on && tabId !== undefined ? { tabId } : {}) });
    return reply?.ok ? { ok: true } : { ok: false, error: t(on ? 'siteStartFailed' : 'siteStopFailed', site, reply?.error ?? '?') };
  } catch (error) {
    return { ok: false, error: t(on ? 'siteStartFailed' : 'siteStopFailed', site, error instanceof Error ? error.message : String(error)) };
  }
}
