// A name several entities share ("the fourth plenum": one per Central Committee) names the one the
// story names in full, else the one nearest the article's date, else the latest. Found on a blind
// held-out article: a 2025 Hong Kong story's 四中全會 opened the 2019 plenum's card (KB order won).
import { describe, expect, it } from 'vitest';
import { EntitySchema, type Entity } from '../../core/kb-schema';
import { buildMatchIndex } from '../../core/match-index';
import { CompiledMatcher } from '../../core/matcher';
import { resolveSharedName } from '../../core/shared-names';
import { entity } from './toy-kb';

const source = { id: 's', title: 'Test source', publisher: 'Test', accessed: '2026-11-27', url: 'https://example.org/a' };
const plenum = (id: string, start: string, full: string, zh: string): Entity => EntitySchema.parse({
  id, type: 'meeting', name: { en: full }, dates: { start },
  aliases: [
    { text: full, lang: 'en' }, { text: zh, lang: 'zh-Hans' },
    { text: 'fourth plenum', lang: 'en', ambiguous: true }, { text: '四中全会', lang: 'zh-Hans', ambiguous: true },
  ],
  summary: 'A test entity used only by the matcher tests.', summarySourceIds: ['s'], sources: [source],
});
// KB order puts 2025 first, as the real knowledge base does: the old rule always chose it.
const entities = [
  plenum('plenum-2025', '2025-10-20', 'Fourth Plenary Session of the 20th CPC Central Committee', '二十届四中全会'),
  plenum('plenum-2019', '2019-10-28', 'Fourth Plenary Session of the 19th CPC Central Committee', '十九届四中全会'),
  entity('xi-jinping', 'person', [{ text: 'Xi Jinping', lang: 'en' }]),
];
const matcher = new CompiledMatcher(buildMatchIndex('test', entities));
const marks = (text: string, articleDate?: string) =>
  matcher.match(text, articleDate ? { articleDate } : {}).map((m) => `${m.text}=${m.entityId}`);

describe('a name several entities share', () => {
  it('names the one the story names in full, before or after it', () => {
    expect(marks('Xi Jinping chaired the Fourth Plenary Session of the 19th CPC Central Committee. The fourth plenum ended on Thursday.'))
      .toEqual(['Xi Jinping=xi-jinping', 'Fourth Plenary Session of the 19th CPC Central Committee=plenum-2019', 'fourth plenum=plenum-2019']);
    expect(marks('Xi Jinping spoke after the fourth plenum. Its formal name is the Fourth Plenary Session of the 19th CPC Central Committee.', '2025-11-24'))
      .toEqual(['Xi Jinping=xi-jinping', 'fourth plenum=plenum-2019', 'Fourth Plenary Session of the 19th CPC Central Committee=plenum-2019']);
    expect(marks('中共二十届四中全会精神宣讲会……四中全会为香港经济社会发展提供清晰指引。'))
      .toContain('四中全会=plenum-2025');
  });

  it('otherwise names the one nearest the article date: a coming plenum, or one just held', () => {
    expect(marks('Xi Jinping will address the fourth plenum next month.', '2019-09-15')).toEqual(['Xi Jinping=xi-jinping', 'fourth plenum=plenum-2019']);
    expect(marks('Xi Jinping addressed the fourth plenum.', '2021-06-01')).toEqual(['Xi Jinping=xi-jinping', 'fourth plenum=plenum-2019']);
    expect(marks('Xi Jinping addressed the fourth plenum.', '2025-11-24')).toEqual(['Xi Jinping=xi-jinping', 'fourth plenum=plenum-2025']);
  });

  it('without a date or a full name, names the latest', () => {
    expect(marks('Xi Jinping addressed the fourth plenum.')).toEqual(['Xi Jinping=xi-jinping', 'fourth plenum=plenum-2025']);
  });

  it('still needs China context like any ambiguous name', () => {
    expect(marks('The chess club held its fourth plenum.', '2019-11-01')).toEqual([]);
  });

  it('gives the index a start date only for entities that share a name', () => {
    const index = buildMatchIndex('test', entities);
    expect(index.entities.map((e) => [e.id, e.since])).toEqual([
      ['plenum-2025', '2025-10-20'], ['plenum-2019', '2019-10-28'], ['xi-jinping', undefined],
    ]);
  });
});

describe('resolveSharedName', () => {
  const since = (id: string) => ({ a: '2013-11', b: '2024-07-15', c: undefined } as Record<string, string | undefined>)[id];
  it('prefers the nearest full name before the mention, then the nearest after it', () => {
    const named = [{ entityId: 'a', start: 5 }, { entityId: 'b', start: 50 }, { entityId: 'a', start: 500 }];
    expect(resolveSharedName(60, ['a', 'b'], { named, since })).toBe('b');
    expect(resolveSharedName(1, ['a', 'b'], { named, since })).toBe('a');
    expect(resolveSharedName(600, ['a', 'b'], { named, since })).toBe('a');
  });

  it('ignores full names of other entities, and entities without a start date', () => {
    expect(resolveSharedName(10, ['a', 'b', 'c'], { named: [{ entityId: 'x', start: 1 }], articleDate: '2014-01-02', since })).toBe('a');
    expect(resolveSharedName(10, ['c', 'b'], { named: [], since })).toBe('b');
  });

  it('reads a bare year as its first month', () => {
    const years = (id: string) => ({ a: '2013', b: '2024' } as Record<string, string>)[id];
    expect(resolveSharedName(0, ['a', 'b'], { named: [], articleDate: '2019-01-01', since: years })).toBe('b');
    expect(resolveSharedName(0, ['a', 'b'], { named: [], articleDate: '2018-06-30', since: years })).toBe('a');
  });
});
