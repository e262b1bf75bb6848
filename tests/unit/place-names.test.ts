// A name that is also a place's ("Chang'an": Beijing's avenue, Xi'an's old name; flagged `place` in
// the KB) is the place where the text makes it one (core/place-cues.ts). Found on a blind held-out
// distractor. Names not flagged keep every mark: a firm's own old name, 中兴路由器.
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../core/match-index';
import { CompiledMatcher } from '../../core/matcher';
import { namesAPlace } from '../../core/place-cues';
import { entity } from './toy-kb';

const matcher = new CompiledMatcher(buildMatchIndex('test', [
  entity('changan', 'company', [
    { text: 'Changan Automobile', lang: 'en' },
    { text: "Chang'an", lang: 'en', ambiguous: true, place: true },
    { text: 'Changan', lang: 'en', ambiguous: true, place: true },
  ]),
  entity('sugon', 'company', [{ text: 'Sugon', lang: 'en' }, { text: 'Dawning', lang: 'en', ambiguous: true }]),
  entity('zte', 'company', [{ text: 'ZTE', lang: 'en', caseSensitive: true }, { text: '中兴', lang: 'zh-Hans', ambiguous: true }]),
  entity('fyp-14', 'plan', [{ text: '14th Five-Year Plan', lang: 'en' }]),
]));
const marks = (text: string) => matcher.match(text).map((m) => `${m.text}=${m.entityId}`);
const china = 'Under the 14th Five-Year Plan, ';

describe('a name that is also a place\'s', () => {
  it('is the carmaker among carmakers', () => {
    expect(marks(`${china}carmakers such as BYD and Chang'an will be watching.`)).toEqual(['14th Five-Year Plan=fyp-14', "Chang'an=changan"]);
    expect(marks(`${china}the chairman of Changan said sales rose.`)).toEqual(['14th Five-Year Plan=fyp-14', 'Changan=changan']);
  });

  it('is the place before a word for a street or district, or introduced as a place\'s name', () => {
    expect(marks(`${china}troops paraded along Chang'an Avenue on Tuesday.`)).toEqual(['14th Five-Year Plan=fyp-14']);
    expect(marks(`${china}the city was once known as Chang’an (Eternal Peace).`)).toEqual(['14th Five-Year Plan=fyp-14']);
    expect(marks(`${china}Xi'an, known as Chang'an under the Tang, drew traders.`)).toEqual(['14th Five-Year Plan=fyp-14']);
    expect(marks(`${china}tourists visit the ancient capital of Chang'an and the Tang capital Chang'an.`)).toEqual(['14th Five-Year Plan=fyp-14']);
  });

  it('leaves names the KB does not flag as places alone', () => {
    expect(marks(`${china}Sugon, formerly known as Dawning, makes servers.`)).toEqual(['14th Five-Year Plan=fyp-14', 'Sugon=sugon', 'Dawning=sugon']);
    expect(marks('ZTE 说，中兴路由器和中兴区域总部都在深圳。')).toEqual(['ZTE=zte', '中兴=zte', '中兴=zte']);
    expect(marks(`${china}Changan Automobile Road shows opened.`)).toEqual(['14th Five-Year Plan=fyp-14', 'Changan Automobile=changan']);
  });

  it('reads only what is right next to the name', () => {
    expect(namesAPlace("Chang'an Avenue", 0, 8)).toBe(true);
    expect(namesAPlace("Chang'an, an avenue", 0, 8)).toBe(false);
    const far = `once known as ${'x'.repeat(50)} Changan`;
    expect(namesAPlace(far, far.length - 7, far.length)).toBe(false);
    expect(namesAPlace('once known as Changan', 14, 21)).toBe(true);
  });
});
