// The one place settings are read and written. Everything read is parsed through the schema in
// core/settings.ts, so a corrupt stored value becomes defaults (and is reported) instead of a crash,
// and a version-1 value (written before options existed) reads as version 2 with the new defaults.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, toStored, type ParsedSettings, type Settings } from '../core/settings';

export const SETTINGS_KEY = 'local:settings' as const;

// No WXT `version`/migrations here: parseSettings reads every version itself (tested in Node), and
// the stored value carries its own `version` field.
const settingsItem = storage.defineItem<unknown>(SETTINGS_KEY, { fallback: toStored(DEFAULT_SETTINGS) });

export async function loadSettings(): Promise<ParsedSettings> {
  return parseSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = parseSettings(change(settings)).settings;
  await settingsItem.setValue(toStored(next));
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
  return settingsItem.watch((value) => onChange(parseSettings(value).settings));
}
