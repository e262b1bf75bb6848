import { describe, expect, it } from 'vitest';
import { CompiledMatcher } from '../../core/matcher';
import { TOY_INDEX } from './toy-kb';

const matcher = new CompiledMatcher(TOY_INDEX);
const ids = (text: string) => matcher.match(text).map((m) => m.entityId);
const texts = (text: string) => matcher.match(text).map((m) => m.text);

describe('exact aliases', () => {
  it('finds an alias and reports UTF-16 offsets into the original text', () => {
    const text = 'Under the 14th Five-Year Plan, spending rose.';
    const [m] = matcher.match(text);
    expect(m).toMatchObject({ entityId: 'fyp-14', via: 'exact', text: '14th Five-Year Plan' });
    expect(text.slice(m!.start, m!.end)).toBe('14th Five-Year Plan');
  });

  it('folds case, dashes and curly quotes', () => {
    expect(texts('the 14th five year plan')).toEqual(['14th five year plan']);
    expect(texts('the 14th Five–Year Plan')).toEqual(['14th Five–Year Plan']);
    expect(ids('the National People’s Congress met')).toEqual(['npc']);
    expect(ids('Chang’an and Changan')).toEqual(['changan', 'changan']);
  });

  it('respects Latin word boundaries', () => {
    expect(ids('the 114th Five-Year Planet')).toEqual([]);
    expect(ids('China NPCs and NPC deputies')).toEqual(['npc']);
  });

  it('matches CJK without word boundaries', () => {
    expect(ids('国家大基金二期已经成立，十四五期间')).toEqual(['big-fund-phase-2', 'fyp-14']);
  });

  it('keeps the longest match', () => {
    expect(ids('China set up Big Fund III in 2024')).toEqual(['big-fund-phase-3']);
    expect(ids('China said Big Fund 3.0 is larger than Big Fund II')).toEqual(['big-fund-phase-3', 'big-fund-phase-2']);
  });

  it('honours case-sensitive aliases', () => {
    expect(ids('China: the npc said')).toEqual([]);
    expect(ids('China: the NPC said')).toEqual(['npc']);
  });

  it('tells people apart whose names share letters', () => {
    expect(ids('Li Qiang followed Li Keqiang')).toEqual(['li-qiang', 'li-keqiang']);
  });
});

describe('ambiguous aliases need China context', () => {
  it('drops an ambiguous alias with no cue nearby', () => {
    expect(ids('The band played two sessions and the NPC in the game waved.')).toEqual([]);
    expect(ids('The Big Fund for the arts gave grants.')).toEqual([]);
  });

  it('keeps it next to a China cue', () => {
    expect(ids('Chinese lawmakers gather for the two sessions')).toEqual(['two-sessions']);
  });

  it('keeps it when the text has an unambiguous mention', () => {
    expect(ids('Xiao Yaqing spoke. Later, the Big Fund announced a deal.')).toEqual(['xiao-yaqing', 'big-fund']);
  });
});

describe('fuzzy near-misses', () => {
  it('finds a typo in a long alias', () => {
    const [m] = matcher.match('under Made in Chna 2025 the state');
    expect(m).toMatchObject({ entityId: 'made-in-china-2025', via: 'fuzzy', text: 'Made in Chna 2025' });
  });

  it('does not fuzz short names into each other', () => {
    expect(ids('Li Qiangg and Xiao Yaqin')).toEqual([]);
  });

  it('can be switched off', () => {
    expect(matcher.match('Made in Chna 2025', { fuzzy: false })).toEqual([]);
  });

  it('leaves unrelated text alone', () => {
    expect(ids('Made in Italy 2024 was a fashion show.')).toEqual([]);
  });
});

describe('folding keeps offsets', () => {
  it('maps one UTF-16 unit to one, also for letters whose lower case is longer', async () => {
    const { foldText } = await import('../../core/normalize');
    for (const s of ['İstanbul “Big Fund” — ＭＩＩＴ', 'plain ascii', '中国\u3000大基金', '😀 emoji Made-in-China']) {
      expect(foldText(s).length).toBe(s.length);
    }
    expect(foldText('“Big Fund”—ＭＩＩＴ')).toBe('"big fund" miit');
    expect(foldText('İ Big')).toBe('i big'); // accented Latin letters fold to the bare letter (pinyin tone marks too)
  });
});

describe('whitespace and blocks', () => {
  it('reads source line breaks and indentation inside a name as one space, with offsets into the original', () => {
    const text = 'China: Xiao\n      Yaqing spoke; the 14th  Five-Year\tPlan.';
    const found = matcher.match(text);
    expect(found.map((m) => m.entityId)).toEqual(['xiao-yaqing', 'fyp-14']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[0]!.text).toBe('Xiao\n      Yaqing');
  });

  it('never matches across a block boundary or a blank line', () => {
    expect(ids('China: it was Made in China\u20292025 that mattered')).toEqual([]);
    expect(ids('China: the Big\n\nFund')).toEqual([]);
    expect(ids('China: the Big\nFund')).toEqual(['big-fund']);
  });

  it('treats full-width letters as their ASCII letter for case-sensitive aliases', () => {
    expect(ids('China: the ＮＰＣ met')).toEqual(['npc']);
  });

  it('does not let a fuzzy near-miss vouch for ambiguous names', () => {
    expect(ids('In the game Made in Chna 2025, the NPC waves.')).toEqual(['made-in-china-2025']);
  });
});
