// A name several entities share ("the fourth plenum": one per Central Committee) names the one a
// year beside it, the story's full name or the article's date points to. Found on a blind held-out
// article: a 2025 Hong Kong story's 四中全會 opened the 2019 plenum's card (KB order decided).
import { describe, expect, it } from 'vitest';
import { EntitySchema, type Entity } from '../../core/kb-schema';
import { buildMatchIndex } from '../../core/match-index';
import { CompiledMatcher } from '../../core/matcher';
import { fullNamesOf, resolveSharedName, yearBeside } from '../../core/shared-names';
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
// Either KB order must be able to lose: each case below is checked with both orders.
const plenums = [
  plenum('plenum-2019', '2019-10-28', 'Fourth Plenary Session of the 19th CPC Central Committee', '十九届四中全会'),
  plenum('plenum-2025', '2025-10-20', 'Fourth Plenary Session of the 20th CPC Central Committee', '二十届四中全会'),
];
const xi = entity('xi-jinping', 'person', [{ text: 'Xi Jinping', lang: 'en' }]);
const matchers = [
  new CompiledMatcher(buildMatchIndex('test', [...plenums, xi])),
  new CompiledMatcher(buildMatchIndex('test', [...[...plenums].reverse(), xi])),
];
/** The entity of each "fourth plenum" / 四中全会, the same whichever plenum the KB lists first. */
const plenumOf = (text: string, articleDate?: string) => {
  const [a, b] = matchers.map((m) => m.match(text, articleDate ? { articleDate } : {})
    .filter((x) => x.text === 'fourth plenum' || x.text === '四中全会').map((x) => x.entityId));
  expect(a).toEqual(b);
  return a;
};
const filler = ' Delegates discussed budgets, schools and roads at length.'.repeat(40);

describe('a name several entities share', () => {
  it('names the one the story names in full: before it, or soon after it', () => {
    expect(plenumOf('Xi Jinping chaired the Fourth Plenary Session of the 19th CPC Central Committee. The fourth plenum ended on Thursday.', '2025-11-24'))
      .toEqual(['plenum-2019']);
    expect(plenumOf('Xi Jinping spoke after the fourth plenum. Its formal name is the Fourth Plenary Session of the 19th CPC Central Committee.', '2025-11-24'))
      .toEqual(['plenum-2019']);
    expect(plenumOf('中共二十届四中全会精神宣讲会……四中全会为香港经济社会发展提供清晰指引。', '2019-11-01')).toEqual(['plenum-2025']);
  });

  it('does not let a full name far later in the story override the article date', () => {
    const text = `Xi Jinping addressed the fourth plenum this week.${filler} Background: in 2019 the Fourth Plenary Session of the 19th CPC Central Committee met.`;
    expect(plenumOf(text, '2025-10-25')).toEqual(['plenum-2025']);
    expect(plenumOf(text)).toEqual(['plenum-2019']); // no date: the story's own full name is the best clue
  });

  it('names the one whose year stands beside it', () => {
    expect(plenumOf('Xi Jinping recalled the 2019 fourth plenum.', '2025-11-24')).toEqual(['plenum-2019']);
    expect(plenumOf('Xi Jinping recalled the fourth plenum in 2019 and the Fourth Plenary Session of the 20th CPC Central Committee.', '2025-11-24')).toEqual(['plenum-2019']);
    expect(plenumOf('习近平回顾了2019年的四中全会。二十届四中全会于2025年召开。')).toEqual(['plenum-2019']);
  });

  it('otherwise names the latest held by the article date, or due within half a year of it', () => {
    expect(plenumOf('Xi Jinping will address the fourth plenum next month.', '2019-09-15')).toEqual(['plenum-2019']);
    expect(plenumOf('Xi Jinping addressed the fourth plenum.', '2021-06-01')).toEqual(['plenum-2019']);
    expect(plenumOf('Xi Jinping addressed the fourth plenum.', '2025-11-24')).toEqual(['plenum-2025']);
    expect(plenumOf('Xi Jinping will address a fourth plenum.', '2019-01-10')).toEqual(['plenum-2019']); // none held yet: the first to come
  });

  it('without a date or a full name, names the latest', () => {
    expect(plenumOf('Xi Jinping addressed the fourth plenum.')).toEqual(['plenum-2025']);
  });

  it('still needs China context like any ambiguous name', () => {
    expect(plenumOf('The chess club held its fourth plenum.', '2019-11-01')).toEqual([]);
  });

  it('dates only meetings and events: firms sharing a name keep KB order unless the story names one', () => {
    const firm = (id: string, full: string) => EntitySchema.parse({
      id, type: 'company', name: { en: full }, dates: { start: id === 'a-corp' ? '1990' : '2020' },
      aliases: [{ text: full, lang: 'en' }, { text: 'Acme', lang: 'en', ambiguous: true }],
      summary: 'A test entity used only by the matcher tests.', summarySourceIds: ['s'], sources: [source],
    });
    const index = buildMatchIndex('test', [firm('a-corp', 'Acme Holdings'), firm('b-corp', 'Acme Robotics'), xi]);
    expect(index.entities.map((e) => e.since)).toEqual([undefined, undefined, undefined]);
    const m = new CompiledMatcher(index);
    expect(m.match('Xi Jinping met Acme.', { articleDate: '2024-01-01' }).map((x) => x.entityId)).toEqual(['xi-jinping', 'a-corp']);
    expect(m.match('Xi Jinping met Acme Robotics. Acme grew.').map((x) => x.entityId)).toEqual(['xi-jinping', 'b-corp', 'b-corp']);
  });

  it('gives the index a start date only for meetings and events that share a name', () => {
    const index = buildMatchIndex('test', [...plenums, xi]);
    expect(index.entities.map((e) => [e.id, e.since])).toEqual([
      ['plenum-2019', '2019-10-28'], ['plenum-2025', '2025-10-20'], ['xi-jinping', undefined],
    ]);
  });
});

describe('resolveSharedName and yearBeside', () => {
  const since = (id: string) => ({ a: '2013-11', b: '2024-07-15', c: undefined } as Record<string, string | undefined>)[id];
  const decided = (marks: { entityId: string; start: number }[]) => fullNamesOf(marks, new Set(['a', 'b', 'c']));
  it('prefers the nearest full name before the mention, then one soon after it', () => {
    const d = decided([{ entityId: 'a', start: 5 }, { entityId: 'b', start: 50 }, { entityId: 'a', start: 500 }, { entityId: 'x', start: 1 }]);
    expect(resolveSharedName(60, ['a', 'b'], { decided: d, since })).toBe('b');
    expect(resolveSharedName(1, ['a', 'b'], { decided: d, since })).toBe('a');
    expect(resolveSharedName(600, ['a', 'b'], { decided: d, since })).toBe('a');
  });

  it('ignores full names of other entities, and entities without a start date', () => {
    expect(resolveSharedName(10, ['a', 'b', 'c'], { decided: decided([{ entityId: 'x', start: 1 }]), articleDate: '2014-01-02', since })).toBe('a');
    expect(resolveSharedName(10, ['c', 'b'], { decided: decided([]), since })).toBe('b');
  });

  it('reads a year written beside the name, in English and Chinese', () => {
    const at = (text: string, name: string) => yearBeside(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(at('the 2013 third plenum said', 'third plenum')).toBe(2013);
    expect(at('the third plenum in 2013 said', 'third plenum')).toBe(2013);
    expect(at('the third plenum (2013) said', 'third plenum')).toBe(2013);
    expect(at('2013年的三中全会提出', '三中全会')).toBe(2013);
    expect(at('In 2013 the third plenum said', 'third plenum')).toBeUndefined();
    expect(at('the 12013 third plenum', 'third plenum')).toBeUndefined();
  });
});
