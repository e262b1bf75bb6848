// Everyday phrases that double as policy names ("new infrastructure", "trade war") are marked only
// where the article uses them as the name (issue 12: a paraphrase is not a slogan).
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../core/match-index';
import { applyContextGate, CompiledMatcher } from '../../core/matcher';
import { isNamedHere } from '../../core/naming-signals';
import { entity } from './toy-kb';

const matcher = new CompiledMatcher(buildMatchIndex('test', [
  entity('new-infrastructure', 'concept', [
    { text: 'new infrastructure', lang: 'en', ambiguous: true, generic: true },
    { text: 'new-type infrastructure', lang: 'en' },
    { text: '新基建', lang: 'zh-Hans' },
  ]),
  entity('fyp-14', 'plan', [{ text: '14th Five-Year Plan', lang: 'en' }]),
]));
const ids = (text: string) => matcher.match(text).map((m) => m.entityId);

describe('a generic phrase is marked only where the text names it', () => {
  it('is not marked as ordinary words, even in a story about China', () => {
    expect(ids('Beijing said the 14th Five-Year Plan will give rise to new infrastructure and new industries.')).toEqual(['fyp-14']);
  });

  it('is marked where quoted, capitalised as a title, or introduced as a name', () => {
    expect(ids('China is pushing “new infrastructure” such as 5G base stations.')).toEqual(['new-infrastructure']);
    expect(ids('China is pushing "new infrastructure," officials said.')).toEqual(['new-infrastructure']);
    expect(ids('China rolled out its New Infrastructure push in 2020.')).toEqual(['new-infrastructure']);
    expect(ids('China backs the so-called new infrastructure of data centres.')).toEqual(['new-infrastructure']);
    expect(ids("China's new infrastructure campaign covers 5G.")).toEqual(['new-infrastructure']);
    expect(ids('In China, new infrastructure refers to 5G networks and data centres.')).toEqual(['new-infrastructure']);
  });

  it('is marked where the article also names the entity another way, before or after', () => {
    expect(ids('China launched its 新基建 drive. Spending on new infrastructure rose.')).toEqual(['new-infrastructure', 'new-infrastructure']);
    expect(ids('Spending on new infrastructure rose in China. The new-type infrastructure plan covers 5G.'))
      .toEqual(['new-infrastructure', 'new-infrastructure']);
  });

  it('still needs China context, named or not', () => {
    expect(ids('The city council approved “new infrastructure” for the harbour.')).toEqual([]);
  });

  it('is marked when another piece of the document named the entity (what the page passes across slices)', () => {
    const later = matcher.matchUngated('Spending on new infrastructure rose in China.', {}, 500);
    expect(applyContextGate(later, true)).toEqual([]);
    expect(applyContextGate(later, true, new Set(['new-infrastructure'])).map((m) => [m.entityId, m.start, m.via]))
      .toEqual([['new-infrastructure', 512, 'context']]);
  });

  it('is never a fuzzy near-miss', () => {
    expect(ids('China: the “new infrastructur” drive')).toEqual([]);
  });
});

describe('naming signals', () => {
  const at = (text: string, phrase: string) => isNamedHere(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);
  it('a sentence-initial capital is not a title, a title-cased phrase is', () => {
    expect(at('Trade war fears grew.', 'Trade war')).toBe(false);
    expect(at('Officials said Trade War talks resume.', 'Trade War')).toBe(true);
    expect(at('Manufacturing Powerhouse is the goal.', 'Manufacturing Powerhouse')).toBe(true);
  });
  it('an opening quote alone is not quoting the phrase', () => {
    expect(at('It is "new infrastructure".', 'new infrastructure')).toBe(true);
    expect(at('The plan, "new infrastructure for all", began.', 'new infrastructure')).toBe(false);
  });
});

describe('a common two-character Chinese name is the official only with a word of office', () => {
  const people = new CompiledMatcher(buildMatchIndex('test', [
    entity('wang-yi', 'person', [{ text: 'Wang Yi', lang: 'en', ambiguous: true }, { text: '王毅', lang: 'zh-Hans' }], { zh: '王毅', pinyin: 'Wang Yi' }),
    entity('xiao-yaqing', 'person', [{ text: 'Xiao Yaqing', lang: 'en' }, { text: '肖亚庆', lang: 'zh-Hans' }], { zh: '肖亚庆' }),
  ]));
  const found = (text: string) => people.match(text).map((m) => m.text);

  it('is not marked for an athlete of the same name, in English or Chinese', () => {
    expect(found("China's Wang Yi won the women's singles title at the badminton open on Sunday.")).toEqual([]);
    expect(found('中国选手王毅在比赛中夺冠。')).toEqual([]);
  });

  it('is marked next to a word of office, and then everywhere in the story', () => {
    expect(found('Foreign Minister Wang Yi met his counterpart in Beijing.')).toEqual(['Wang Yi']);
    expect(found('中国外长王毅表示，中方欢迎。')).toEqual(['王毅']);
    const story = `Foreign Minister Wang Yi arrived in Beijing on Monday. ${'The talks covered trade and visas. '.repeat(12)}Wang Yi left on Friday.`;
    expect(found(story)).toEqual(['Wang Yi', 'Wang Yi']);
  });

  it('a three-character name needs no word of office', () => {
    expect(found('Xiao Yaqing, 61, spoke in China on Tuesday.')).toEqual(['Xiao Yaqing']);
  });
});
