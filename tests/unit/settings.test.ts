import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, siteKey } from '../../core/settings';

describe('stored settings', () => {
  it('reads valid settings as stored', () => {
    const stored = { enabled: false, disabledSites: ['ft.com'], enabledSites: ['example.org'], dwellMs: 400 };
    expect(parseSettings(stored)).toEqual({ settings: stored, repaired: [] });
  });

  it('fills missing fields with defaults and reports nothing', () => {
    expect(parseSettings({ enabled: false })).toEqual({ settings: { ...DEFAULT_SETTINGS, enabled: false }, repaired: [] });
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('turns each corrupt field into its default, keeps the good ones, and names what it repaired', () => {
    const r = parseSettings({ enabled: 'yes', disabledSites: 'ft.com', enabledSites: ['ok.org'], dwellMs: -5 });
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, enabledSites: ['ok.org'] });
    expect(r.repaired.sort()).toEqual(['disabledSites', 'dwellMs', 'enabled']);
  });

  it('survives a stored value that is not an object at all', () => {
    for (const junk of ['garbage', 42, [1, 2], true]) {
      expect(parseSettings(junk)).toEqual({ settings: DEFAULT_SETTINGS, repaired: ['(whole value)'] });
    }
  });
});

describe('where annotation runs', () => {
  it('runs on curated news sites and their subdomains by default', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'www.reuters.com')).toBe(true);
    expect(isActiveOn(DEFAULT_SETTINGS, 'english.news.cn')).toBe(true);
    expect(isActiveOn(DEFAULT_SETTINGS, 'example.org')).toBe(false);
    expect(isActiveOn(DEFAULT_SETTINGS, 'notreuters.com')).toBe(false);
  });
  it('honours the master switch and per-site choices', () => {
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'reuters.com')).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, disabledSites: ['reuters.com'] }, 'www.reuters.com')).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabledSites: ['example.org'] }, 'www.example.org')).toBe(true);
  });
  it('keys sites without www', () => {
    expect(siteKey('WWW.FT.com')).toBe('ft.com');
  });
});
