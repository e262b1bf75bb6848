// A bare "fifth plenary session" is the CPC Central Committee's only where its sentence names the
// Party and no other body or country, or where the story names the same plenum in full; the Central
// Committee's number in the sentence picks which plenum (held-out set 6 missed "The 19th Central
// Committee of the Communist Party of China concluded its fifth plenary session").
import { describe, expect, it } from 'vitest';
import { CompiledMatcher } from '../../core/matcher';
import { sentenceBounds, sessionOf as sessionWith, termOfName } from '../../core/party-cues';
import { countryCues, COUNTRY_PHRASES, OTHER_COUNTRY_WORDS } from '../../core/owner-cues';

const CUES = countryCues({ countryWords: OTHER_COUNTRY_WORDS, countryPhrases: COUNTRY_PHRASES });
const sessionOf = (text: string, start: number, end: number) => sessionWith(text, start, end, CUES);
import { loadKb } from '../../scripts/kb-files';
import { plenumVariants } from '../../core/variants';

/** The Central Committee's number that owns a session named at `at` (its name up to the next space ... "session"). */
const owningTerm = (text: string, at: number) => sessionOf(text, at, at + /^\S+ (?:plenary session|plenum)/.exec(text.slice(at))![0].length)[1];
/** Whose is the first "Nth plenary session" in the text. */
const owner = (text: string) => {
  const m = /\w+ plenary session/.exec(text)!;
  return sessionOf(text, m.index, m.index + m[0].length)[0];
};

const kb = loadKb();
if (!kb.ok) throw new Error(kb.problems.join('\n'));
const real = new CompiledMatcher(kb.index);
const marks = (text: string, articleDate?: string) =>
  real.match(text, articleDate ? { articleDate } : {}).map((m) => `${m.text}=${m.entityId}`);
const sentenceAround = (text: string, start: number, end: number) => text.slice(...sentenceBounds(text, start, end));
const plenums = (text: string, articleDate?: string) => marks(text, articleDate).filter((m) => /plenum/.test(m));

describe('the sentence around a mention', () => {
  it('runs from the last sentence end before it to the next after it', () => {
    const text = 'Beijing hosted talks. The 19th Central Committee closed its fifth plenary session on Thursday. The NPC met.';
    const at = text.indexOf('fifth');
    expect(sentenceAround(text, at, at + 5)).toBe('The 19th Central Committee closed its fifth plenary session on Thursday');
    expect(owningTerm(text, at)).toBe(19);
  });
  it('a line break and Chinese full stops end it too; "Oct. 23" and "4.8 percent" do not (review s7)', () => {
    const zh = 'NPC deputies met\nThe CPC fifth plenary session ended。NPC';
    expect(sentenceAround(zh, zh.indexOf('fifth'), zh.indexOf('fifth') + 5)).toBe('The CPC fifth plenary session ended');
    const en = 'Growth slowed. The CPC Central Committee on Oct. 23 concluded, as growth slowed to 4.8 percent, its fourth plenary session. Next.';
    expect(sentenceAround(en, en.indexOf('fourth'), en.indexOf('fourth') + 6)).toBe('The CPC Central Committee on Oct. 23 concluded, as growth slowed to 4.8 percent, its fourth plenary session');
  });
  it('a plenum\'s own name gives its Central Committee', () => {
    expect(termOfName('Fifth Plenary Session of the 19th CPC Central Committee')).toBe(19);
    expect(termOfName('Fourth Plenary Session of the 20th Communist Party of China (CPC) Central Committee')).toBe(20);
    expect(termOfName('14th Five-Year Plan')).toBeUndefined();
  });
  it('a number that does not own the mention is not read (review s7)', () => {
    const t = 'Xi, who became general secretary at the first plenary session of the 18th Central Committee in 2012, will chair the fifth plenary session.';
    expect(owningTerm(t, t.indexOf('fifth'))).toBeUndefined();
    const u = 'Like the 18th Central Committee\'s landmark third plenum in 2013, this week\'s third plenary session is about reform.';
    expect(owningTerm(u, u.indexOf('third plenum'))).toBe(18);
    expect(owningTerm(u, u.indexOf('third plenary'))).toBeUndefined();
  });
  it('the nearer owner decides: the Party, another body, or another country\'s party', () => {
    expect(owner('The CPC Central Committee held its fifth plenary session.')).toBe('party');
    expect(owner("China's ruling Communist Party opens its fourth plenary session on Monday.")).toBe('party');
    expect(owner('South Korean media said the CPC Central Committee\'s fourth plenary session would set goals.')).toBe('party');
    expect(owner('The CPC Central Committee met, and the NPC Standing Committee held its fifth plenary session.')).toBe('other');
    expect(owner("Vietnam's Communist Party Central Committee held its fifth plenary session.")).toBe('other');
    expect(owner("The Japanese Communist Party's Central Committee held its fifth plenary session.")).toBe('other');
    expect(owner('The 13th CPV Central Committee opened its fourth plenary session.')).toBe('other');
    expect(owner('The third plenary session of the 20th CPC Central Commission for Discipline Inspection opened.')).toBe('other');
    expect(owner('Beijing held its fifth plenary session.')).toBe('unknown');
  });
  it('an owner named after the Party, or in the "of" phrase\'s head, is the owner; a plain "city" is none (review s7b)', () => {
    expect(owner('The Central Commission for Discipline Inspection of the Communist Party of China will hold its fourth plenary session.')).toBe('other');
    expect(owner('The Beijing Municipal Committee of the CPC held its fourth plenary session.')).toBe('other');
    expect(owner('The Communist Youth League of China Central Committee held its fourth plenary session.')).toBe('other');
    expect(owner("The Lao People's Revolutionary Party Central Committee held its fifth plenary session.")).toBe('other');
    expect(owner("Vietnam's Communist Party opened the fourth plenary session of its 13th Central Committee; ties with China were discussed.")).toBe('other');
    expect(owner('The fourth plenary session of the CPC Central Committee, which closed Thursday in the capital city, set goals.')).toBe('party');
    expect(owner('The CPC Central Committee met in the capital city for its fourth plenary session.')).toBe('party');
    expect(owner("Delegates from the Communist Party of Vietnam attended the CPC Central Committee's fourth plenary session.")).toBe('party');
    expect(owner('At its fourth plenary session, the 18th CPC Central Committee adopted a decision.')).toBe('party');
    expect(owner('Mr. Xi told the CPC Central Committee at its fourth plenary session that reform matters.')).toBe('party');
  });
  it('the owning number may stand before a clause in commas (review s7b)', () => {
    const t = 'The 18th CPC Central Committee, with Xi Jinping as general secretary, concluded its fifth plenary session.';
    expect(owningTerm(t, t.indexOf('fifth'))).toBe(18);
  });
});

describe('KB: a bare "Nth plenary session" in a Party sentence', () => {
  it('is the plenum of the Central Committee its sentence numbers, whatever the article date says', () => {
    expect(plenums('The 19th Central Committee of the Communist Party of China concluded its fifth plenary session in Beijing.', '2020-10-29'))
      .toEqual(['fifth plenary session=fifth-plenum-2020']);
    expect(plenums('The 18th CPC Central Committee opened its fifth plenary session in Beijing on Monday.', '2020-10-29'))
      .toEqual(['fifth plenary session=fifth-plenum-2015']);
    expect(plenums('Back then the 18th CPC Central Committee held its fifth plenary session.'))
      .toEqual(['fifth plenary session=fifth-plenum-2015']);
  });
  it('without a number, the article date picks it (as for "the fifth plenum")', () => {
    expect(plenums('The Communist Party of China concluded its fifth plenary session in Beijing on Thursday.', '2015-10-30'))
      .toEqual(['fifth plenary session=fifth-plenum-2015']);
  });
  it('numerals too: "5th plenary session"', () => {
    expect(plenums('The CPC Central Committee wrapped up its 5th plenary session in Beijing.', '2020-10-30'))
      .toEqual(['5th plenary session=fifth-plenum-2020']);
  });
  it('a later bare mention counts where the story named the plenum in full', () => {
    const text = 'The fifth plenary session of the 19th Central Committee of the Communist Party of China (CPC) will be held from October 26 to 29 in Beijing, China. ' +
      'The proposals for the 14th Five-Year Plan will be assessed during the fifth plenary session.';
    expect(plenums(text, '2020-10-20')).toEqual([
      'fifth plenary session of the 19th Central Committee of the Communist Party of China (CPC)=fifth-plenum-2020',
      'fifth plenary session=fifth-plenum-2020',
    ]);
  });
  it('never where the sentence names the NPC, the CPPCC or another country, even in a story that names the plenum', () => {
    const story = 'The Fifth Plenary Session of the 19th CPC Central Committee closed in Beijing. ';
    expect(plenums(`${story}The NPC will hold its fifth plenary session next March.`, '2020-10-30')).toEqual([
      'Fifth Plenary Session of the 19th CPC Central Committee=fifth-plenum-2020',
    ]);
    expect(plenums("China's ambassador attended. Vietnam's Communist Party Central Committee opened its fifth plenary session.", '2021-10-04')).toEqual([]);
    expect(plenums("The Workers' Party of Korea Central Committee held its fifth plenary session, Chinese media said.", '2022-06-10')).toEqual([]);
  });
  it('not the CCDI\'s, a province\'s or city\'s, the Youth League\'s, or another country\'s party\'s (review s7)', () => {
    const story = 'The Fifth Plenary Session of the 19th CPC Central Committee closed in Beijing. ';
    expect(plenums('The third plenary session of the 20th CPC Central Commission for Discipline Inspection opened in Beijing, China.', '2024-01-08')).toEqual([]);
    expect(plenums('The second plenary session of the 20th CCDI opened in Beijing, China.', '2023-01-09')).toEqual([]);
    expect(plenums('The 11th CPC Shanghai Municipal Committee held its fifth plenary session in Shanghai, China.', '2020-11-20')).toEqual([]);
    expect(plenums('The Communist Youth League Central Committee held its sixth plenary session in Beijing, China.', '2021-12-20')).toEqual([]);
    expect(plenums(`${story}Provincial Party committees then held their own fifth plenary sessions.`, '2020-11-20')).toEqual([
      'Fifth Plenary Session of the 19th CPC Central Committee=fifth-plenum-2020',
    ]);
    expect(plenums("The Japanese Communist Party's Central Committee held its seventh plenary session, China's envoy said.", '2017-10-01')).toEqual([]);
    expect(plenums('In Hanoi the 13th CPV Central Committee opened its fourth plenary session; China sent greetings.', '2021-10-04')).toEqual([]);
    expect(plenums('The Communist Party of India (Marxist) Central Committee held its fifth plenary session; China was discussed.', '2015-10-01')).toEqual([]);
    expect(plenums(`${story}Japan's Communist Party will hold its fifth plenary session next week.`, '2020-10-30')).toEqual([
      'Fifth Plenary Session of the 19th CPC Central Committee=fifth-plenum-2020',
    ]);
  });
  it('a number elsewhere in the sentence does not pick the plenum; the article date does (review s7)', () => {
    expect(plenums('Xi, who became general secretary at the first plenary session of the 18th Central Committee in 2012, will chair the fifth plenary session of the Communist Party of China.', '2020-10-20'))
      .toEqual(['first plenary session of the 18th Central Committee=first-plenum-2012', 'fifth plenary session=fifth-plenum-2020']);
  });
  it('Reuters and AP wording, dates and decimals in the sentence (review s7)', () => {
    expect(plenums("China's ruling Communist Party opens its fourth plenary session in Beijing on Monday.", '2025-10-20')).toEqual(['fourth plenary session=fourth-plenum-2025']);
    expect(plenums('The CPC Central Committee on Oct. 23 concluded its fourth plenary session.', '2025-10-24')).toEqual(['fourth plenary session=fourth-plenum-2025']);
    expect(plenums('The CPC Central Committee, as growth slowed to 4.8 percent, opened its fourth plenary session.', '2025-10-20')).toEqual(['fourth plenary session=fourth-plenum-2025']);
  });
  it('not without a Party cue in the sentence, nor outside China context', () => {
    expect(plenums('Officials in Beijing, China, said the fifth plenary session went well.', '2020-10-30')).toEqual([]);
    expect(plenums('The union\'s Central Committee held its fifth plenary session in Paris.', '2020-10-30')).toEqual([]);
  });
});

describe('a Chinese plenum after another body\'s name (review s7b)', () => {
  it('a province\'s, a city\'s or Vietnam\'s party\'s 四中全会 is theirs; 中共二十届四中全会 and a bare 四中全会 stay', () => {
    expect(plenums('中共广东省委十三届四中全会在广州召开。', '2025-11-20')).toEqual([]);
    expect(plenums('中共北京市委十三届五中全会召开。', '2025-11-20')).toEqual([]);
    expect(plenums('越共十三届五中全会在河内开幕，中国表示祝贺。', '2022-05-04')).toEqual([]);
    expect(plenums('中共二十届四中全会在北京召开。', '2025-10-24')).toEqual(['中共二十届四中全会=fourth-plenum-2025']);
    expect(plenums('学习贯彻党的二十届四中全会精神，四中全会提出了新要求。', '2025-10-30')).toContain('四中全会=fourth-plenum-2025');
    expect(plenums('各级党委要认真学习四中全会精神。中国经济稳中向好。', '2025-10-30')).toEqual(['四中全会=fourth-plenum-2025']);
  });
});

describe('another country\'s possessive inside the run before a body\'s name', () => {
  it('"Vietnam\'s Communist Party Central Committee" is not the CPC\'s', () => {
    expect(marks("China's envoy attended as Vietnam's Communist Party Central Committee met.").filter((m) => m.includes('cpc-central-committee'))).toEqual([]);
    expect(marks("Xi's Communist Party Central Committee met in Beijing, China.").filter((m) => m.includes('cpc-central-committee'))).not.toEqual([]);
  });
  it('but a possessive earlier in a headline owns nothing: "Japan\'s Envoy Visits State Council" is China\'s (review s7)', () => {
    expect(marks("Japan's Envoy Visits State Council Executive Meeting in Beijing, China").filter((m) => m.includes('=state-council'))).not.toEqual([]);
    // The State Council Information Office has its own record now: the headline names that office.
    expect(marks("Japan's Envoy Visits State Council Information Office in Beijing, China").filter((m) => m.includes('=scio'))).not.toEqual([]);
  });
});

describe("a plenum's official Chinese name (held-out set 12: every Xinhua communiqué's title)", () => {
  it('is the plenum, in simplified and traditional characters, not the Party inside it', () => {
    expect(real.match('中国共产党第二十届中央委员会第二次全体会议，于2023年2月26日至28日在北京举行。').map((m) => m.entityId)).toEqual(['second-plenum-2023']);
    expect(real.match('中國共產黨第二十屆中央委員會第四次全體會議公報').map((m) => m.entityId)).toEqual(['fourth-plenum-2025']);
    expect(real.match('第十九届中央委员会第五次全体会议审议通过了建议。').map((m) => m.entityId)).toEqual(['fifth-plenum-2020']);
  });
  it('is derived from the short name only (core/variants.ts plenumVariants)', () => {
    expect(plenumVariants('中共十八届三中全会')).toEqual(['中国共产党第十八届中央委员会第三次全体会议', '中共第十八届中央委员会第三次全体会议', '第十八届中央委员会第三次全体会议']);
    expect(plenumVariants('二中全会')).toEqual([]);
  });
});
