// Where the content script is registered, computed from the settings: nothing is injected into a
// site that is off. The content script still checks isActiveOn itself (settings can change while a
// page is open), but a switched-off site never receives our code at all.
import { NEWS_SITE_MATCHES } from './news-sites';
import type { Settings } from './settings';

export interface ScriptRegistrationPlan {
  matches: string[];
  excludeMatches: string[];
}

/**
 * Patterns for exactly one site key (hostname without "www."), as isActiveOn reads it: where the
 * script runs for an opt-in site, and the host access asked for (and given back) for it, nothing wider.
 */
export function sitePatterns(site: string): string[] {
  return [`*://${site}/*`, `*://www.${site}/*`];
}

/** undefined when the extension is off everywhere: then no script is registered at all. */
export function planScriptRegistration(settings: Settings): ScriptRegistrationPlan | undefined {
  if (!settings.enabled) return undefined;
  const matches = [...NEWS_SITE_MATCHES, ...settings.enabledSites.flatMap(sitePatterns)];
  const excludeMatches = settings.disabledSites.flatMap(sitePatterns);
  return { matches: [...new Set(matches)], excludeMatches: [...new Set(excludeMatches)] };
}
