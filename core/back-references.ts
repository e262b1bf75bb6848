// Surname-only references to people: after "Xiao Yaqing" appears, a later "Xiao" is the same man.
// Never before the full name, never for a surname two people named in the article share ("Li" after
// Li Qiang and Li Keqiang), and never where the surname starts another full name ("Li Na").
import type { IndexEntity } from './match-index';
import type { Mention } from './matcher';
import { isWordChar } from './normalize';

export interface PersonName {
  /** The surname as written in the name, capitalised ("Xiao"). */
  surname: string;
}

/** At most this many marks from each rule below: a page repeating one word a million times gets no more. */
export const MAX_BACK_REFERENCES = 20_000;

/**
 * Common Chinese surnames in pinyin. A Chinese name that starts with one of them puts the surname
 * first ("Xiao Yaqing"; core/person-names.ts). Right before another word, one of them makes that
 * word a given name ("Li Xi" and "Sun Xi" are not "Xi" Jinping).
 */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  ('Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han ' +
    'Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong ' +
    'Cui Tan Liao Fan Lei Hou Shi Meng Bai Qin Yin Xiong Qiu Gu Hao Kong Shao Wan Mao Qian Dai Xia Yi Ni Pei Niu Lou ' +
    'Xi Miao Lan Wen Shu Hua Huai Ji Tie Xiang Yan Fang Qi Lai Kang Tao Jia Xue Ou Mo Geng Long Bao Zou Shan')
    .split(' '),
);

/**
 * "He" is a surname (He Lifeng) and the English pronoun, capitalised at a sentence's start ("He
 * said"): there it is a back-reference only with a title or honorific before it ("Vice Premier He
 * said", "Mr He"); inside a sentence, capitalised, it is the surname ("said He"). Other surnames
 * that are English words ("Pan said", "Tang said") are the KB's people far more often (review s6).
 */
const PRONOUN_SURNAME = 'He';
/** A title or honorific right before the surname; a full stop only after an abbreviation ("the Vice Premier. He said" ends a sentence). */
const TITLE_BEFORE = /\b(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?|Madam|Premier|Minister|President|Chairman|Chairwoman|Director|Governor|Secretary|Commissioner|Ambassador|Envoy|Spokes(?:man|woman|person))[ \u00A0]$/;
/** Nothing but opening quotes or brackets between the previous sentence's end (or the text's start) and `at`. */
function startsASentence(text: string, at: number): boolean {
  let i = at - 1;
  let quoted = false;
  while (i >= 0 && /[ \t\u00A0"'“‘([]/.test(text[i]!)) {
    if (/["'“‘]/.test(text[i]!)) quoted = true;
    i--;
  }
  // A block break (a heading, caption or list item above) or a line break starts one too (review s6),
  // and so does a quotation opened after a comma or colon ('told reporters, "He is ...').
  if (i < 0 || /[\n\r\u2028\u2029]/.test(text[i]!)) return true;
  if (quoted && /[,:]/.test(text[i]!)) return true;
  // Not ";", "—", "–": after them a capitalised "He" is the man ("Bessent spoke first; He followed").
  return /[.!?:”’"…]/.test(text[i]!);
}

/** The surname of each person in the index, worked out when the index was built (core/person-names.ts). */
export function personNames(entities: readonly IndexEntity[]): Map<string, PersonName> {
  const out = new Map<string, PersonName>();
  for (const e of entities) if (e.surname) out.set(e.id, { surname: e.surname });
  return out;
}

/**
 * Mentions of a bare surname after that person's full name; `mentions` are the text's own, and
 * `taken` flags each offset one of them covers (the matcher builds it once for both rules here).
 */
export function findBackReferences(text: string, mentions: readonly Mention[], people: ReadonlyMap<string, PersonName>, taken: Uint8Array): Mention[] {
  if (people.size === 0) return [];
  // Who is named in full in the text, and where first; which surnames more than one of them shares.
  const firstEnd = new Map<string, number>();
  for (const m of mentions) {
    if (m.via === 'backref' || !people.has(m.entityId)) continue;
    if (!firstEnd.has(m.entityId)) firstEnd.set(m.entityId, m.end);
  }
  if (firstEnd.size === 0) return [];
  const bySurname = new Map<string, string[]>();
  for (const id of firstEnd.keys()) {
    const { surname } = people.get(id)!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), id]);
  }
  const out: Mention[] = [];
  people: for (const [surname, ids] of bySurname) {
    if (ids.length !== 1) continue; // shared in this text: whose "Li" would it be?
    const id = ids[0]!;
    for (let at = text.indexOf(surname, firstEnd.get(id)!); at !== -1; at = text.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      // "Xi'an", "Xi’an": an apostrophe joining syllables of one place name, not a possessive ("Xi's").
      if (/^['’][a-z]/.test(text.slice(end, end + 2)) && !/^['’]s\b/.test(text.slice(end, end + 3))) continue;
      if (taken.subarray(at, end).includes(1)) continue;
      // "Pan-Asian", "He-3": the first part of a hyphenated word, not a surname (review s6).
      if (/^-[A-Za-z0-9]/.test(text.slice(end, end + 2))) continue;
      // "Li Na", "Xiao Ming": the surname of someone else's full name.
      if (/^[ \u00A0][A-Z][a-z]/.test(text.slice(end, end + 3))) continue;
      // "Li Xi", "Sun Xi": the given name of someone else, after a surname ("President Xi" is not one).
      const before = /(?:^|[^A-Za-z])([A-Z][a-z]+)[ \u00A0]$/.exec(text.slice(Math.max(0, at - 12), at))?.[1];
      if (before && CHINESE_SURNAMES.has(before)) continue;
      // "He said": the pronoun, not He Lifeng (found on a held-out article).
      if (surname === PRONOUN_SURNAME && startsASentence(text, at) && !TITLE_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue;
      if (out.push({ entityId: id, start: at, end, text: surname, alias: surname, via: 'backref' }) >= MAX_BACK_REFERENCES) break people;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * An acronym the story defines in brackets right after a name ("China's Ministry of Commerce (MOC)")
 * stands for that name from there on, as in the story's own words. Its letters must come from the
 * name in order, the first at a word's start (Schwartz and Hearst's test: "(Reuters)", "(AP)" or
 * "(HKEX)" after a name define nothing), with two capitals at least (a capitalised word, "Moore
 * Threads (Moore)", "(Mo)", is no acronym); not after a numbered name ("14th Five-Year Plan
 * (FYP)": the next "FYP" is another plan), nor a person's name (`people`), nor where
 * the bracket is already one of our marks ("(CPC)" after the Central Committee is the Party's). A
 * name another country owns ("the Ministry of Commerce (MOC) of Cambodia") is no mention to begin
 * with (owner-cues.ts). One pass over the text whatever the number of definitions, and at most
 * MAX_BACK_REFERENCES marks. `taken`: as for findBackReferences.
 */
export function findDefinedAcronyms(text: string, mentions: readonly Mention[], people: ReadonlyMap<string, unknown>, taken: Uint8Array): Mention[] {
  const starts = new Set(mentions.map((m) => m.start));
  const definedBy = new Map<string, Mention>();
  for (const m of mentions) {
    const defined = /^[ \n\u00A0]?[(（]([A-Z][A-Za-z]{1,7})[)）]/.exec(text.slice(m.end, m.end + 12));
    const acronym = defined?.[1];
    if (acronym && /.[A-Z]/.test(acronym) && !/\d/.test(m.text) && !definedBy.has(acronym) && !people.has(m.entityId) &&
      spells(acronym.toLowerCase(), m.text.toLowerCase()) && !starts.has(m.end + defined[0].indexOf(acronym))) definedBy.set(acronym, m);
  }
  const out: Mention[] = [];
  if (definedBy.size === 0) return out;
  for (const word of text.matchAll(/[A-Z][A-Za-z]{1,7}/g)) {
    const m = definedBy.get(word[0]);
    const at = word.index;
    const end = at + word[0].length;
    if (m && at > m.end && !isWordChar(text[at - 1]) && !isWordChar(text[end]) && !taken[at]) {
      if (out.push({ entityId: m.entityId, start: at, end, text: word[0], alias: word[0], via: 'backref' }) >= MAX_BACK_REFERENCES) break;
    }
  }
  return out;
}

/** Whether `name` holds the letters of `acronym` in order, the first at a word's start. Both lower case. */
function spells(acronym: string, name: string): boolean {
  let at = name.length;
  for (let i = acronym.length - 1; i >= 0; i--) {
    at = at > 0 ? name.lastIndexOf(acronym[i]!, at - 1) : -1;
    while (i === 0 && at > 0 && isWordChar(name[at - 1])) at = name.lastIndexOf(acronym[0]!, at - 1);
    if (at < 0) return false;
  }
  return true;
}
