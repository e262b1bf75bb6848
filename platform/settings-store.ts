// The one place settings are read and written. Everything read is parsed through the schema in
// core/settings.ts, so a corrupt stored value becomes defaults (and is reported) instead of a crash,
// and a version-1 value (written before options existed) reads as version 2 with the new defaults.
import { extensionApi as browser } from './extension-api';
import { DEFAULT_SETTINGS, parseSettings, toStored, type ParsedSettings, type Settings } from '../core/settings';

/**
 * The storage.local key. Read and written with the plain storage API rather than WXT's storage
 * helper: the content script loads this module, and the helper cost it 7.6 kB of its 40 kB budget.
 * No migrations here: parseSettings reads every version itself (tested in Node), and the stored
 * value carries its own `version` field. (WXT's "local:settings" item used this same key.)
 */
export const SETTINGS_KEY = 'settings';

/** Nothing stored reads as the defaults: parseSettings fills every missing field. */
export async function loadSettings(): Promise<ParsedSettings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = parseSettings(change(settings)).settings;
  await browser.storage.local.set({ [SETTINGS_KEY]: toStored(next) });
  return next;
}

/**
 * Back to defaults, keeping what is not a preference: the sites the reader added (their browser
 * grants stay with them) and the imported knowledge packs (removed only from their own list).
 */
export async function resetSettings(): Promise<Settings> {
  return updateSettings((s) => ({ ...DEFAULT_SETTINGS, enabledSites: s.enabledSites, packs: s.packs }));
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    // A write of the same value is no change (WXT's helper skipped it too): every tab would refilter.
    if (JSON.stringify(change.oldValue) === JSON.stringify(change.newValue)) return;
    onChange(parseSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
