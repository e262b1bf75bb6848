import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../core/kb-schema';
import {
  CATEGORIES, DEFAULT_SETTINGS, SETTINGS_VERSION, categoryOf, isActiveOn, isSuppressed, pageKey, parseSettings, siteKey, toStored,
  type NotThisRule,
} from '../../core/settings';

describe('stored settings', () => {
  it('reads valid settings as stored', () => {
    const stored = {
      ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['ft.com'], enabledSites: ['example.org'], dwellMs: 400,
      categories: { ...DEFAULT_SETTINGS.categories, people: false }, highlightStyle: 'hold' as const, firstMentionOnly: 'off' as const,
      notThis: [{ entityId: 'x', scope: 'site' as const, where: 'ft.com', text: 'X', added: 5 }],
    };
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

describe('settings version 2', () => {
  it('migrates a stored version-1 value: keeps its fields, new fields take their defaults', () => {
    const v1 = { enabled: false, disabledSites: ['ft.com'], enabledSites: ['example.org'], dwellMs: 400 };
    const { settings, repaired } = parseSettings(v1);
    expect(repaired).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...v1 });
    expect(toStored(settings).version).toBe(SETTINGS_VERSION);
    expect(parseSettings(toStored(settings)).settings).toEqual(settings); // what is written reads back the same
  });

  it('repairs each bad new field on its own and names it', () => {
    const r = parseSettings({
      categories: { people: 'no' },
      highlightStyle: 'neon',
      firstMentionOnly: true,
      notThis: [{ entityId: 'x', scope: 'page', text: 'X', added: 1 }], // a page rule without its page
      dwellMs: 300,
    });
    expect(r.repaired.sort()).toEqual(['categories', 'firstMentionOnly', 'highlightStyle', 'notThis']);
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, dwellMs: 300 });
  });

  it('maps every entity type to one category', () => {
    for (const type of ENTITY_TYPES) expect(CATEGORIES).toContain(categoryOf(type));
    expect(categoryOf('person')).toBe('people');
    expect(categoryOf('meeting')).toBe('bodies');
    expect(categoryOf('something-new')).toBe('concepts');
  });

  it('suppresses a "not this" entity on its page, its site or everywhere, and nowhere else', () => {
    const rules: NotThisRule[] = [
      { entityId: 'a', scope: 'page', where: 'https://ft.com/story', text: 'A', added: 1 },
      { entityId: 'b', scope: 'site', where: 'ft.com', text: 'B', added: 2 },
      { entityId: 'c', scope: 'everywhere', text: 'C', added: 3 },
    ];
    expect(isSuppressed(rules, 'a', 'https://ft.com/story?x=1#p2', 'ft.com')).toBe(true);
    expect(isSuppressed(rules, 'a', 'https://ft.com/other', 'ft.com')).toBe(false);
    expect(isSuppressed(rules, 'b', 'https://www.ft.com/any', 'www.ft.com')).toBe(true);
    expect(isSuppressed(rules, 'b', 'https://bbc.com/any', 'bbc.com')).toBe(false);
    expect(isSuppressed(rules, 'c', 'https://bbc.com/any', 'bbc.com')).toBe(true);
    expect(isSuppressed(rules, 'd', 'https://ft.com/story', 'ft.com')).toBe(false);
    expect(pageKey('https://ft.com/story?x=1#p2')).toBe('https://ft.com/story');
  });
});

describe('damaged "not this" rules (found in review)', () => {
  const good = { entityId: 'a', scope: 'site' as const, where: 'ft.com', text: 'A', added: 5 };
  it('a rule with an impossible time is dropped on its own; the rest of the list stays', () => {
    for (const added of [1e20, -1, Number.NaN, 1.5]) {
      const r = parseSettings({ notThis: [good, { ...good, entityId: 'b', added }] });
      expect(r.settings.notThis).toEqual([good]);
      expect(r.repaired).toEqual(['notThis']);
    }
  });
  it('page keys drop a user name and password along with query and fragment', () => {
    expect(pageKey('https://user:secret@ft.com/story?x=1#p')).toBe('https://ft.com/story');
  });
});
