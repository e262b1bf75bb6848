// Which marks are painted under the reader's settings: categories, "not this" rules, first mention.
import { describe, expect, it } from 'vitest';
import { firstOnly, hiddenEntities, selectMarks, storyWords } from '../../core/mark-filter';
import { DEFAULT_SETTINGS, LONG_STORY_WORDS, type Settings } from '../../core/settings';

const TYPES: Record<string, string> = { xi: 'person', fyp: 'plan', fund: 'fund', huawei: 'company' };
const context = { typeOf: (id: string) => TYPES[id], href: 'https://www.ft.com/a?x=1#y', hostname: 'www.ft.com' };
const mark = (entityId: string, start: number) => ({ mention: { entityId, start } });

describe('story length', () => {
  it('counts Latin words by spaces, and CJK text at about two characters a word', () => {
    expect(storyWords('')).toBe(0);
    expect(storyWords('  The Big Fund\u2029invests, again.  ')).toBe(5);
    expect(storyWords('国家集成电路产业投资基金')).toBe(6); // 12 characters
    expect(storyWords('十四五规划。Huawei 发布')).toBe(5); // 7 characters (4) + 1 word; the 。 separates
  });
  it('first mention only: always when on, never when off, past LONG_STORY_WORDS when auto', () => {
    expect(firstOnly('on', 10)).toBe(true);
    expect(firstOnly('off', 100_000)).toBe(false);
    expect(firstOnly('auto', LONG_STORY_WORDS)).toBe(false);
    expect(firstOnly('auto', LONG_STORY_WORDS + 1)).toBe(true);
    expect(storyWords('word '.repeat(LONG_STORY_WORDS + 1))).toBe(LONG_STORY_WORDS + 1);
  });
});

describe('hidden entities', () => {
  it('hides the entities of a category switched off, and only those', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, people: false } };
    const hidden = hiddenEntities(settings, context);
    expect(hidden('xi')).toBe(true);
    expect(['fyp', 'fund', 'huawei'].map(hidden)).toEqual([false, false, false]);
  });
  it('counts an entity the index does not know as a concept', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, concepts: false } };
    expect(hiddenEntities(settings, context)('from-a-newer-pack')).toBe(true);
  });
  it('hides an entity a "not this" rule covers: this page (any query), this site, everywhere', () => {
    const rule = (entityId: string, scope: 'page' | 'site' | 'everywhere', where?: string) => ({ entityId, scope, ...(where ? { where } : {}), text: entityId, added: 1 });
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      notThis: [rule('xi', 'page', 'https://www.ft.com/a'), rule('fyp', 'site', 'ft.com'), rule('fund', 'everywhere'), rule('huawei', 'page', 'https://www.ft.com/b')],
    };
    const hidden = hiddenEntities(settings, context);
    expect(['xi', 'fyp', 'fund', 'huawei'].map(hidden)).toEqual([true, true, true, false]);
    const elsewhere = hiddenEntities(settings, { ...context, href: 'https://www.bbc.com/a', hostname: 'www.bbc.com' });
    expect(['xi', 'fyp', 'fund'].map(elsewhere)).toEqual([false, false, true]);
  });
});

describe('selecting marks', () => {
  const found = [mark('xi', 0), mark('fund', 5), mark('xi', 9), mark('huawei', 12), mark('fund', 20), mark('xi', 30)];
  it('paints every mark of the entities shown when first-mention-only is off', () => {
    const { visible, painted } = selectMarks(found, (id) => id === 'huawei', false);
    expect(painted).toEqual(found.filter((m) => m.mention.entityId !== 'huawei'));
    expect(visible).toEqual(painted);
  });
  it('paints only the first mark of each entity in reading order, but counts them all', () => {
    const { visible, painted } = selectMarks(found, () => false, true);
    expect(painted.map((m) => m.mention.start)).toEqual([0, 5, 12]);
    expect(visible).toHaveLength(found.length);
  });
  it('first of an entity is the first not hidden: hiding never shifts another entity', () => {
    const { painted } = selectMarks(found, (id) => id === 'xi', true);
    expect(painted.map((m) => `${m.mention.entityId}@${m.mention.start}`)).toEqual(['fund@5', 'huawei@12']);
  });
});
