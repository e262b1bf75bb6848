// Whose body is it? "Ministry of Foreign Affairs", "Ministry of Finance", "Communist Party" and
// "Central Committee" are also the names of other countries' bodies, and a story about China's chip
// controls may well mention "the Dutch Ministry of Foreign Affairs" or "Japan's Ministry of
// Finance". Another country's name or adjective right before such a name makes it that country's
// (unless the word is part of the entity's own name, "US Commerce Department"); so does a longer
// name it starts ("Ministry of Foreign Affairs and Trade", New Zealand's). A list of countries, not
// any capitalised word: "Wednesday's State Council meeting" and "Xi's Politburo" stay China's.

/**
 * Countries and their adjectives that tech-policy news names beside their own ministries. The list
 * travels in the match index (MatchIndex.countryWords), not in the content script (ADR 0016): the
 * script compiles the lists it is given with countryCues().
 */
export const OTHER_COUNTRY_WORDS =
  'us usa american america japan japanese dutch netherlands holland korea korean taiwan taiwanese india indian ' +
  'vietnam vietnamese germany german france french uk british britain australia australian canada canadian ' +
  'russia russian singapore singaporean malaysia malaysian indonesia indonesian thailand thai philippine ' +
  'philippines italy italian spain spanish brazil brazilian mexico mexican israel israeli iran iranian turkey ' +
  'turkish saudi pakistan pakistani bangladesh lankan nepal mongolia mongolian kazakhstan zealand ireland irish ' +
  'belgium belgian sweden swedish norway norwegian finland finnish denmark danish poland polish austria austrian ' +
  'swiss switzerland europe european eu ukraine ukrainian egypt egyptian nigeria kenya argentina chile chilean ' +
  'cuba cuban laos lao laotian cambodia cambodian myanmar burmese nepali nepalese filipino taipei soviet ' +
  // Other parties' and governments' short names and seats (review 1 of pass 10: "... of the WPK", "in Pyongyang").
  'dprk wpk cpv pyongyang hanoi vientiane havana seoul tokyo';
/** Countries of two words, read as phrases: "new" or "south" alone name no country ("China's New Politburo"). */
export const COUNTRY_PHRASES = 'new zealand|united states|united kingdom|south korean?|north korean?|sri lankan?|south african?|viet nam';
/** Words of a party's name: after them a possessive inside the run still names the owner ("Vietnam's Communist Party"). */
const PARTY_NAME = /^(?:(?:communist|party|workers['’]?|people['’]s|revolutionary|labou?r)(?:[ \u00a0]+|$))+$/i;

/** The country lists compiled once per matcher (from the match index). */
export interface CountryCues {
  /** Every word of the list, "us" and "eu" too. */
  words: ReadonlySet<string>;
  /** A country of two words ending a run of words. */
  phraseAtEnd: RegExp;
  /** The countries as a regex alternation (words of three letters or more: "us" and "eu" are also words). */
  names: string;
  /**
   * A country named right after the name, past an acronym in brackets: "the Ministry of Commerce (MOC)
   * of Cambodia", "... of the Republic of Korea", "... of the Royal Government of Cambodia", "... in
   * Taipei", and a party's: "the Central Committee of the Workers' Party of Korea", "the Political
   * Bureau of the Central Committee of the Communist Party of Vietnam" (held-out set 18), "... of the
   * Democratic People's Republic of Korea", "... in Pyongyang".
   */
  after: RegExp;
  /**
   * Another country's name or adjective as the word right before a plan's name ("India's 12th
   * Five-Year Plan"); not a headline's run of capitalised words ("European Chamber Welcomes 15th ...").
   */
  planOwner: RegExp;
  /**
   * Another government's Chinese name right before a body's (HAN_COUNTRIES): a whole country name; a
   * pair of two other countries (美日, 欧美); or a one-character abbreviation that is no common word's
   * last character before a ministry (美国务院, 美财政部, 俄外交部, 韩外交部; not 日 "日前", 中, 法 "依法",
   * 加 "参加", 印, 德). Then optionally 的 or 联邦, and spaces or a line break inside the block (not a
   * block break).
   */
  hanBefore: RegExp;
  /** A body named with its own government's name (美国商务部工业与安全局): the Chinese rule does not apply. */
  hanStart: RegExp;
}

/** The lists as the match index carries them (MatchIndex has these fields). */
export interface CountryLists {
  countryWords?: string | undefined;
  countryPhrases?: string | undefined;
  hanCountries?: string | undefined;
}

/** Compiles the lists the match index carries, once per matcher; a missing list names no country at all. */
export function countryCues({ countryWords = '', countryPhrases: phrases = '', hanCountries = '(?!)' }: CountryLists): CountryCues {
  const list = countryWords.split(' ').filter(Boolean);
  const names = [...list.filter((w) => w.length >= 3), ...phrases.split('|').filter(Boolean)].join('|') || '(?!)';
  return {
    words: new Set(list),
    phraseAtEnd: new RegExp(`\\b(?:${phrases || '(?!)'})$`),
    names,
    after: new RegExp(`^(?:[ \\u00a0]?[(（][A-Za-z]+[)）])?[ \\u00a0]+(?:of|in)[ \\u00a0]+(?:the[ \\u00a0]+)?(?:(?:central[ \\u00a0]+committee[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+)?)?(?:[\\w'’]+[ \\u00a0]+){0,2}(?:kingdom|republic|(?:royal[ \\u00a0]+)?government|party)[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+)?)?(?:${names})\\b`, 'i'),
    planOwner: new RegExp(`\\b(?:${names})(?:['’]s)?[ \\u00a0]+$`, 'i'),
    hanBefore: new RegExp(`(?:${hanCountries}|美[日韩英欧澳]|[欧韩英澳]美|(?<![中欧完优赞审华北南健])美|[俄韩朝越])(?:的|联邦)?[ \u00a0\t\n\r]*$`),
    hanStart: new RegExp(`^(?:${hanCountries}|美)`),
  };
}
/**
 * The run of capitalised words right before the name ("New Zealand", "Japan's", "the Dutch"). A word
 * ending in a full stop ends a sentence, not a run ("from the US. Ministry of Commerce spokesperson
 * ..."), unless it is a dotted abbreviation ("U.S."). A possessive may stand inside the run
 * ("Vietnam's Communist Party Central Committee").
 */
const OWNER_BEFORE = /((?:(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w-]*(?:['’]s)?)[ \u00a0]){0,2}(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w-]*))(?:['’]s)?[ \u00a0]+$/;
/**
 * Longer names other countries' ministries have ("Ministry of Foreign Affairs and Trade", "Ministry of
 * Commerce and Industry"); "the Ministry of Commerce and General Administration of Customs" is two of China's.
 */
const LONGER_NAME_AFTER =
  /^[ \u00a0]+and[ \u00a0]+(?:Trade|Industry|Economy|Energy|Planning|Investment|International Cooperation|Cooperation|European Affairs|Worship|Research|Higher Education|Sport|Sports|Youth|Environment|Environmental Protection|Ecology|Forestry)\b/;

/** Whether another country or its party is named right after a name ending at `end`: any body's, however plain its name. */
export function ownerAfter(text: string, end: number, cues: CountryCues): boolean {
  return cues.after.test(text.slice(end, end + 80));
}

/** `text` is the page's own text, [start, end) the name; `entityName` the entity's English name. */
export function ownedByOthers(text: string, start: number, end: number, entityName: string, cues: CountryCues): boolean {
  const name = text.slice(start, end);
  if (/^(?:ministry|department|bureau) of /i.test(name) && LONGER_NAME_AFTER.test(text.slice(end, end + 40))) return true;
  if (ownerAfter(text, end, cues)) return true;
  // "the provincial commerce department", "local foreign ministry offices": a local government's own
  // office; "a local Communist Party official" still names the Party (review 3 of pass 9).
  if (/ministry|department|bureau/i.test(name) && /\b(?:provincial|municipal|county|local)[ \u00a0]+$/i.test(text.slice(Math.max(0, start - 12), start))) return true;
  const run = OWNER_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!run) return false;
  // "U.S." is "us": dots dropped on both sides.
  const own = new Set(entityName.toLowerCase().replace(/\./g, '').split(/[^a-z]+/));
  // A possessive inside the run owns what follows only when a party's name follows ("Vietnam's
  // Communist Party Central Committee"); in a headline ("Japan's Envoy Visits State Council") the
  // words before it are not the owner.
  const parts = run.split(/(?<=['’]s)[ \u00a0]+/);
  const tail = parts.at(-1)!;
  const owner = parts.length > 1 && !PARTY_NAME.test(tail) ? tail : run;
  const words = owner.toLowerCase().replace(/\./g, '').replace(/['’]s(?=[ \u00a0]|$)/g, '');
  if (cues.phraseAtEnd.test(words)) return true;
  return words.split(/[ \u00a0]+/).some((w) => cues.words.has(w) && !own.has(w));
}

/**
 * Another country's name written in Chinese right before a body's Chinese name (越南公安部; 美国国务院 is
 * the US State Department, not the State Council). Whole country names only: one character (美, 日,
 * 英) is also a word ("日前" is "recently"). Read on text the caller folded to simplified characters;
 * the few traditional forms that fold does not cover are listed too. 寮国 and 澳洲 are the names Taiwan
 * and Hong Kong outlets use. The list travels in the match index (MatchIndex.hanCountries), not in
 * the content script: Chinese characters compress poorly, and the script has a size budget.
 */
export const HAN_COUNTRIES =
  '[美韩泰英法德]国|日本|朝[鲜鮮]|[南北]韩|越南|老挝|寮国|柬埔寨|[缅緬]甸|印度(?:尼西亚)?|俄[罗羅]斯|荷兰|澳(?:大利亚|洲)|加拿大|[欧歐]盟|新加坡|马来西亚|印尼|菲律[宾賓]|(?<!内)蒙古国?|[新纽紐]西兰|台湾|' +
  // Governments Chinese-language news quotes most (伊朗外交部发言人; 義大利 is Taiwan's Italy).
  '[乌烏]克[兰蘭]|以色列|伊朗|伊拉克|[叙敘]利[亚亞]|巴西|[意義义]大利|土耳其|西班牙|巴基斯坦|沙特|埃及|南非|波[兰蘭]';

/** True when `before`, the simplified text right before a Chinese body name, ends with another government's name. */
export function hanOwnedByOthers(before: string, cues: CountryCues, ownNameZh = ''): boolean {
  return !cues.hanStart.test(ownNameZh) && cues.hanBefore.test(before);
}
