// The one place settings are read and written. Everything read is parsed through the schema in
// core/settings.ts, so a corrupt stored value becomes defaults (and is reported) instead of a crash.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type ParsedSettings, type Settings } from '../core/settings';

export const SETTINGS_KEY = 'local:settings' as const;

const settingsItem = storage.defineItem<unknown>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<ParsedSettings> {
  return parseSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = parseSettings(change(settings)).settings;
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value).settings));
}
