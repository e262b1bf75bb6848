// The user's settings: one schema, defaults, and a parse that turns anything stored into valid settings.
// Corrupt or partial stored values never break the extension: each bad field falls back to its default.
// Hand-written rather than zod: this module ships in the content script, and zod would triple its size.
import { isCuratedNewsHost } from './news-sites';

export const DWELL_MS_DEFAULT = 250; // local data, so faster than Page Previews' 500 ms; still no flicker on pass-over
export const DWELL_MS_MAX = 2000;

export interface Settings {
  /** Master switch for every site. */
  enabled: boolean;
  /** Curated news sites the reader switched off. */
  disabledSites: string[];
  /** Other sites the reader switched on (each with a granted host permission). */
  enabledSites: string[];
  /** Pointer rest before a card opens, in ms. */
  dwellMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  enabledSites: [],
  dwellMs: DWELL_MS_DEFAULT,
};

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were present but invalid and were reset to defaults (for a clear message). */
  repaired: string[];
}

const FIELD_CHECKS: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  enabled: (v): v is boolean => typeof v === 'boolean',
  disabledSites: isSiteList,
  enabledSites: isSiteList,
  dwellMs: (v): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= DWELL_MS_MAX,
};

function isSiteList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= 10_000 && v.every((s) => typeof s === 'string' && s.length < 256);
}

export function parseSettings(stored: unknown): ParsedSettings {
  const isRecord = stored !== null && typeof stored === 'object' && !Array.isArray(stored);
  const source = isRecord ? (stored as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS };
  const repaired: string[] = [];
  if (!isRecord && stored !== undefined && stored !== null) repaired.push('(whole value)');
  for (const key of Object.keys(FIELD_CHECKS) as (keyof Settings)[]) {
    if (!(key in source)) continue;
    const value = source[key];
    if (FIELD_CHECKS[key](value)) (settings as Record<keyof Settings, unknown>)[key] = value;
    else repaired.push(key);
  }
  return { settings: { ...settings, disabledSites: [...settings.disabledSites], enabledSites: [...settings.enabledSites] }, repaired };
}

/** Site key: the hostname without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether annotation runs on this host under these settings. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(hostname);
  if (settings.disabledSites.includes(key)) return false;
  return isCuratedNewsHost(key) || settings.enabledSites.includes(key);
}
