// A firm's short name that is a place first ("Chang'an": Beijing's avenue, Xi'an's old name) is the
// place where the text says so (core/place-cues.ts). Found on a blind held-out distractor.
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../core/match-index';
import { CompiledMatcher } from '../../core/matcher';
import { namesAPlace } from '../../core/place-cues';
import { entity } from './toy-kb';

const matcher = new CompiledMatcher(buildMatchIndex('test', [
  entity('changan', 'company', [
    { text: 'Changan Automobile', lang: 'en' }, { text: "Chang'an", lang: 'en', ambiguous: true }, { text: 'Changan', lang: 'en', ambiguous: true },
  ]),
  entity('central-huijin', 'company', [{ text: 'Central Huijin', lang: 'en' }, { text: 'Huijin', lang: 'en', ambiguous: true }]),
  entity('zte', 'company', [{ text: 'ZTE', lang: 'en', caseSensitive: true }, { text: '中兴', lang: 'zh-Hans', ambiguous: true }]),
  entity('fyp-14', 'plan', [{ text: '14th Five-Year Plan', lang: 'en' }]),
]));
const ids = (text: string) => matcher.match(text).map((m) => `${m.text}=${m.entityId}`);
const china = 'Under the 14th Five-Year Plan, ';

describe('a firm\'s short name used as a place', () => {
  it('is the carmaker among carmakers', () => {
    expect(ids(`${china}carmakers such as BYD and Chang'an will be watching.`)).toEqual(['14th Five-Year Plan=fyp-14', "Chang'an=changan"]);
    expect(ids(`${china}the chairman of Changan said sales rose.`)).toEqual(['14th Five-Year Plan=fyp-14', 'Changan=changan']);
  });

  it('is a street, a district or a city\'s old name where the text says so', () => {
    expect(ids(`${china}troops paraded along Chang'an Avenue on Tuesday.`)).toEqual(['14th Five-Year Plan=fyp-14']);
    expect(ids(`${china}the city was once known as Chang’an (Eternal Peace).`)).toEqual(['14th Five-Year Plan=fyp-14']);
    expect(ids(`${china}tourists visit the ancient capital of Chang'an.`)).toEqual(['14th Five-Year Plan=fyp-14']);
    expect(ids('ZTE 说，中兴的员工住在深圳中兴路一带。')).toEqual(['ZTE=zte', '中兴=zte']);
  });

  it('keeps a firm introduced by a plain "known as", and names that are not ambiguous', () => {
    expect(ids(`${china}Central Huijin Investment, known as Huijin, bought ETFs.`)).toEqual(['14th Five-Year Plan=fyp-14', 'Central Huijin=central-huijin', 'Huijin=central-huijin']);
    expect(ids(`${china}Changan Automobile Road shows opened.`)).toEqual(['14th Five-Year Plan=fyp-14', 'Changan Automobile=changan']);
  });

  it('reads only what is next to the name', () => {
    expect(namesAPlace("Chang'an Avenue", 0, 8)).toBe(true);
    expect(namesAPlace("Chang'an, an avenue", 0, 8)).toBe(false);
    expect(namesAPlace('x'.repeat(100) + ' Changan', 101, 108)).toBe(false);
  });
});
