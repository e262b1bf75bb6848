// The settings store on the plain storage API (it replaced WXT's storage helper to save the content
// script 3 kB): same key as before, defaults when nothing is stored, and a watch that fires for
// writes from any context but not for a write of the same value.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, toStored } from '../../core/settings';

vi.mock('../../platform/extension-api', () => ({ extensionApi: fakeBrowser }));
const { loadSettings, resetSettings, updateSettings, watchSettings, SETTINGS_KEY } = await import('../../platform/settings-store');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the value the old helper wrote under "settings", and writes there', async () => {
    expect(SETTINGS_KEY).toBe('settings');
    await fakeBrowser.storage.local.set({ settings: { ...toStored(DEFAULT_SETTINGS), dwellMs: 700 } });
    expect((await loadSettings()).settings.dwellMs).toBe(700);
    await updateSettings((s) => ({ ...s, enabled: false }));
    expect(((await fakeBrowser.storage.local.get('settings')).settings as { enabled: boolean }).enabled).toBe(false);
  });

  it('nothing stored reads as the defaults, with nothing reported as repaired', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('a corrupt stored value reads as defaults and says so', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not an object' });
    const { settings, repaired } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(repaired.length).toBeGreaterThan(0);
  });

  it('the watch fires for a write from elsewhere, a removal and a reset, not for the same value again, and stops', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.enabled));
    await fakeBrowser.storage.local.set({ settings: { ...toStored(DEFAULT_SETTINGS), enabled: false } });
    await fakeBrowser.storage.local.set({ settings: { ...toStored(DEFAULT_SETTINGS), enabled: false } });
    await fakeBrowser.storage.local.remove('settings');
    await fakeBrowser.storage.local.set({ settings: { ...toStored(DEFAULT_SETTINGS), enabled: false } });
    await resetSettings();
    await settle();
    stop();
    await fakeBrowser.storage.local.set({ settings: { ...toStored(DEFAULT_SETTINGS), enabled: false } });
    await settle();
    expect(seen).toEqual([false, true, false, true]);
  });
});
