// The user's settings: one schema, defaults, and a parse that turns anything stored into valid settings.
// Corrupt or partial stored values never break the extension: each bad field falls back to its default.
import { z } from 'zod';
import { isCuratedNewsHost } from './news-sites';

export const DWELL_MS_DEFAULT = 250; // local data, so faster than Page Previews' 500 ms; still no flicker on pass-over

export const SettingsSchema = z.object({
  /** Master switch for every site. */
  enabled: z.boolean().catch(true),
  /** Curated news sites the reader switched off. */
  disabledSites: z.array(z.string()).catch([]),
  /** Other sites the reader switched on (each with a granted host permission). */
  enabledSites: z.array(z.string()).catch([]),
  /** Pointer rest before a card opens, in ms. */
  dwellMs: z.number().int().min(0).max(2000).catch(DWELL_MS_DEFAULT),
});
export type Settings = z.infer<typeof SettingsSchema>;

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

export function parseSettings(stored: unknown): ParsedSettings {
  const source = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const settings = SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...source });
  const repaired = Object.keys(DEFAULT_SETTINGS).filter(
    (key) => key in source && JSON.stringify(source[key]) !== JSON.stringify(settings[key as keyof Settings]),
  );
  if (stored !== undefined && stored !== null && source !== stored) repaired.push('(whole value)');
  return { settings, repaired };
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
