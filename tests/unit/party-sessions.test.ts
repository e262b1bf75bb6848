// A bare "fifth plenary session" is the CPC Central Committee's only where its sentence names the
// Party and no other body or country, or where the story names the same plenum in full; the Central
// Committee's number in the sentence picks which plenum (held-out set 6 missed "The 19th Central
// Committee of the Communist Party of China concluded its fifth plenary session").
import { describe, expect, it } from 'vitest';
import { CompiledMatcher } from '../../core/matcher';
import { namesPartySession, sentenceAround, termInSentence, termOfName } from '../../core/party-cues';
import { loadKb } from '../../scripts/kb-files';

const kb = loadKb();
if (!kb.ok) throw new Error(kb.problems.join('\n'));
const real = new CompiledMatcher(kb.index);
const marks = (text: string, articleDate?: string) =>
  real.match(text, articleDate ? { articleDate } : {}).map((m) => `${m.text}=${m.entityId}`);
const plenums = (text: string, articleDate?: string) => marks(text, articleDate).filter((m) => /plenum/.test(m));

describe('the sentence around a mention', () => {
  it('runs from the last sentence end before it to the next after it', () => {
    const text = 'Beijing hosted talks. The 19th Central Committee closed its fifth plenary session on Thursday. The NPC met.';
    const at = text.indexOf('fifth');
    expect(sentenceAround(text, at, at + 5)).toBe('The 19th Central Committee closed its fifth plenary session on Thursday');
    expect(termInSentence(text, at, at + 5)).toBe(19);
  });
  it('a line break and Chinese full stops end it too', () => {
    const text = 'NPC deputies met\nThe CPC fifth plenary session ended。NPC';
    const at = text.indexOf('fifth');
    expect(sentenceAround(text, at, at + 5)).toBe('The CPC fifth plenary session ended');
  });
  it('a plenum\'s own name gives its Central Committee', () => {
    expect(termOfName('Fifth Plenary Session of the 19th CPC Central Committee')).toBe(19);
    expect(termOfName('Fourth Plenary Session of the 20th Communist Party of China (CPC) Central Committee')).toBe(20);
    expect(termOfName('National People\'s Congress')).toBeUndefined();
  });
  it('names the Party\'s session only without another body or country', () => {
    const s = (t: string) => namesPartySession(t, t.indexOf('plenary'), t.indexOf('plenary') + 7);
    expect(s('The CPC Central Committee held its fifth plenary session.')).toBe(true);
    expect(s('The NPC Standing Committee and the CPC Central Committee: fifth plenary session.')).toBe(false);
    expect(s("Vietnam's Communist Party Central Committee held its fifth plenary session.")).toBe(false);
    expect(s('Beijing held its fifth plenary session.')).toBe(false);
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
  it('not without a Party cue in the sentence, nor outside China context', () => {
    expect(plenums('Officials in Beijing, China, said the fifth plenary session went well.', '2020-10-30')).toEqual([]);
    expect(plenums('The union\'s Central Committee held its fifth plenary session in Paris.', '2020-10-30')).toEqual([]);
  });
});

describe('another country\'s possessive inside the run before a body\'s name', () => {
  it('"Vietnam\'s Communist Party Central Committee" is not the CPC\'s', () => {
    expect(marks("China's envoy attended as Vietnam's Communist Party Central Committee met.").filter((m) => m.includes('cpc-central-committee'))).toEqual([]);
    expect(marks("Xi's Communist Party Central Committee met in Beijing, China.").filter((m) => m.includes('cpc-central-committee'))).not.toEqual([]);
  });
});
