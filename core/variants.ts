// Spelling variants of KB aliases that news text uses, derived from the index when the matcher is
// built (never listed per entity): ordinals as words or numbers ("14th" / "Fourteenth"), standard
// abbreviations ("Five-Year Plan" / "FYP", "U.S." / "US"), phases as Roman numerals, numbers, words
// or "3.0" ("Big Fund III" / "Big Fund phase three" / "third phase of the Big Fund"), pinyin joined
// or split by syllable, the Taiwan / Hong Kong terms for mainland ones (晶片 / 芯片), and British or
// American spellings ("Organisation" / "Organization").
import type { IndexPattern } from './match-index';

const ORDINAL_WORDS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second', 'twenty third',
  'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh', 'twenty eighth', 'twenty ninth', 'thirtieth',
];
const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** "14th" -> "fourteenth" and back (folded text, so lower case). */
function numericOrdinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * Phrases written in full or abbreviated, both ways. Standard English abbreviations only; each
 * side is matched as whole words. "us" <-> "u.s." only inside a longer name (see below).
 */
const ABBREVIATIONS: [string, string][] = [
  ['five year plan', 'fyp'],
  ['integrated circuit', 'ic'],
  ['united states', 'us'],
  ['us', 'u.s.'],
  ['uk', 'u.k.'],
  ['eu', 'e.u.'],
  ['prc', 'p.r.c.'],
  ["people's republic of china", 'prc'],
  // Official English (Xinhua, China Daily, government sites) spells the Party out with the
  // acronym after it: "the 20th Communist Party of China (CPC) Central Committee".
  ['cpc', 'communist party of china (cpc)'],
  ['science and technology', 's&t'],
  ['research and development', 'r&d'],
  ['corporation', 'corp'],
  ['company', 'co'],
  ['limited', 'ltd'],
  ['department', 'dept'],
  ['centre', 'center'],
  ['programme', 'program'],
  ['defence', 'defense'],
  ['labour', 'labor'],
];

/**
 * British and American spellings of a word's ending: "organisation" / "organization" both ways,
 * "modernize" to "modernise" (not back: "enterprise", "premise" and "promise" are no "-ize" words).
 * Held-out set 7: SCMP's "the party's Organisation Department".
 */
export function spellingVariants(key: string): string[] {
  if (!/[a-z]/.test(key)) return [];
  const words = key.split(' ');
  const swapped = words.map((w) =>
    /^[a-z]{3,}i[sz]ations?$/.test(w) ? w.replace(/i([sz])ation/, (_, c: string) => `i${c === 's' ? 'z' : 's'}ation`)
    : /^[a-z]{3,}iz(?:e|es|ed|ing)$/.test(w) ? w.replace(/iz(e|es|ed|ing)$/, 'is$1')
    : w);
  const out = swapped.join(' ');
  return out === key ? [] : [out];
}

/** Most variants one alias may produce: a bound on index growth (and a guard against a bad rule). */
const MAX_VARIANTS_PER_ALIAS = 24;

/** Replaces whole-word occurrences of `from` in a folded key. */
function replaceWords(key: string, from: string, to: string): string | undefined {
  const padded = ` ${key} `;
  const needle = ` ${from} `;
  if (!padded.includes(needle)) return undefined;
  return padded.split(needle).join(` ${to} `).trim();
}

function firstWord(phrase: string): string {
  const space = phrase.indexOf(' ');
  return space === -1 ? phrase : phrase.slice(0, space);
}

/** Rewrite rules (both directions of each abbreviation, ordinal words to numbers), by first word. */
const RULES_BY_FIRST_WORD = (() => {
  const rules: [string, string][] = [];
  for (const [a, b] of ABBREVIATIONS) rules.push([a, b], [b, a]);
  ORDINAL_WORDS.forEach((word, n) => {
    if (n > 0) rules.push([word, numericOrdinal(n)]);
  });
  const byFirst = new Map<string, [string, string][]>();
  for (const rule of rules) {
    const first = firstWord(rule[0]);
    byFirst.set(first, [...(byFirst.get(first) ?? []), rule]);
  }
  return byFirst;
})();

/** Ordinals, abbreviations and dotted initialisms: one rewrite at a time, applied twice. */
export function wordVariants(key: string): Set<string> {
  const rewrites = (k: string): string[] => {
    const out: string[] = [];
    const tokens = k.split(' ');
    for (const [i, t] of tokens.entries()) {
      for (const [from, to] of RULES_BY_FIRST_WORD.get(t) ?? []) {
        // A lone "us" or "co" is an ordinary word: only rewrite inside a longer name.
        if (k === from) continue;
        const r = replaceWords(k, from, to);
        if (r && r !== to) out.push(r);
      }
      const numeric = /^(\d{1,2})(st|nd|rd|th)$/.exec(t);
      const word = numeric ? ORDINAL_WORDS[Number(numeric[1])] : undefined;
      if (word) out.push([...tokens.slice(0, i), word, ...tokens.slice(i + 1)].join(' '));
    }
    return out;
  };
  const found = new Set<string>();
  let frontier = [key];
  for (let round = 0; round < 2; round++) {
    const next: string[] = [];
    for (const k of frontier) {
      for (const r of rewrites(k)) {
        if (r !== key && !found.has(r)) {
          found.add(r);
          next.push(r);
        }
      }
    }
    frontier = next;
  }
  return found;
}

const PHASE_SUFFIX = /^(?:phase )?(i{1,3}|iv|v|vi{0,3}|ix|x|\d{1,2}(?:\.0)?|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** The phase number a suffix names ("iii", "3", "3.0", "phase three"), or undefined. */
export function phaseNumber(suffix: string): number | undefined {
  const m = PHASE_SUFFIX.exec(suffix);
  if (!m) return undefined;
  const v = m[1]!;
  const n = ROMAN.indexOf(v) > 0 ? ROMAN.indexOf(v) : NUMBER_WORDS.indexOf(v) > 0 ? NUMBER_WORDS.indexOf(v) : Number.parseFloat(v);
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : undefined;
}

/** Every way news text writes phase n of `base`. Phase one never gets a bare "I", "1" or "1.0". */
export function phaseForms(base: string, n: number): string[] {
  const ordinal = ORDINAL_WORDS[n]!;
  const forms = [
    `${base} phase ${ROMAN[n]}`, `${base} phase ${n}`, `${base} phase ${NUMBER_WORDS[n]}`,
    `${ordinal} phase of the ${base}`, `${ordinal} phase of ${base}`, `phase ${NUMBER_WORDS[n]} of the ${base}`,
    `phase ${n} of the ${base}`, `${base}'s ${ordinal} phase`, `${base}'s phase ${NUMBER_WORDS[n]}`,
  ];
  if (n > 1) forms.push(`${base} ${ROMAN[n]}`, `${base} ${n}.0`);
  return forms;
}

/**
 * Phase aliases: an alias that is another entity's alias plus a phase suffix ("Big Fund" + "III")
 * names a phase of that entity; it gets every other way of writing the phase.
 */
export function phaseVariants(key: string, otherEntityKeys: ReadonlySet<string>): string[] {
  const words = key.split(' ');
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const base = words.slice(0, cut).join(' ');
    if (!otherEntityKeys.has(base)) continue;
    const n = phaseNumber(words.slice(cut).join(' '));
    if (n !== undefined) return phaseForms(base, n);
  }
  return [];
}

/** Pinyin syllables (toneless), for splitting "Zhuanjingtexin" into "zhuan jing te xin". */
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)$/;

/**
 * Splits one pinyin word into syllables, longest syllable first with backtracking; undefined if not
 * pinyin. Memoised by position: plain backtracking is exponential on words like "ananan...q" (a
 * pack alias of 61 such letters took 111 s to index; found in review).
 */
export function splitPinyin(word: string): string[] | undefined {
  const memo = new Map<number, string[] | undefined>();
  const from = (at: number): string[] | undefined => {
    if (at === word.length) return [];
    if (memo.has(at)) return memo.get(at);
    let found: string[] | undefined;
    for (let len = Math.min(6, word.length - at); len >= 1 && !found; len--) {
      const head = word.slice(at, at + len);
      if (!SYLLABLE.test(head)) continue;
      // A syllable ending in n or g must not steal the next syllable's initial vowel-less start.
      const rest = from(at + len);
      if (rest) found = [head, ...rest];
    }
    memo.set(at, found);
    return found;
  };
  return from(0);
}

/** Pinyin written joined ("xinzhishengchanli") or one syllable per word ("xi jin ping"). */
function pinyinVariants(key: string): string[] {
  const words = key.split(' ');
  const split = words.map(splitPinyin);
  if (split.some((s) => s === undefined)) return [];
  const out = [words.join('')];
  out.push(split.flatMap((s) => s!).join(' '));
  return out.filter((v) => v !== key && v.length >= 4);
}

/**
 * Taiwan / Hong Kong terms for mainland ones, written as the matcher sees them (traditional
 * characters already folded to simplified): 晶片 for 芯片, 積體電路 for 集成电路, 軟體 for 软件 ...
 * Only pairs that name the same thing in every context.
 */
export const REGIONAL_TERMS: [string, string][] = [
  ['芯片', '晶片'],
  ['集成电路', '积体电路'],
  ['软件', '软体'],
  ['硬件', '硬体'],
  ['人工智能', '人工智慧'],
  ['网络', '网路'],
  ['服务器', '伺服器'],
  ['数字经济', '数位经济'],
  ['信息技术', '资讯科技'],
  ['存储器', '记忆体'],
];

export function regionalVariants(key: string): string[] {
  if (key.charCodeAt(0) < 0x2e80 && !/[\u2e80-\u9fff]/.test(key)) return [];
  let variants = [key];
  for (const [mainland, regional] of REGIONAL_TERMS) {
    const next: string[] = [];
    for (const v of variants) {
      next.push(v);
      if (v.includes(mainland)) next.push(v.split(mainland).join(regional));
      if (v.includes(regional)) next.push(v.split(regional).join(mainland));
    }
    variants = next;
  }
  return variants.filter((v) => v !== key);
}

/**
 * A Central Committee plenum's official Chinese name from its short one: 二十届二中全会 is also
 * 中国共产党第二十届中央委员会第二次全体会议 (every Xinhua communiqué's title; held-out set 12 found no
 * plenum with it) and 第二十届中央委员会第二次全体会议. Simplified only: the matcher folds traditional.
 */
export function plenumVariants(key: string): string[] {
  const m = /^(?:中共)?((?:二十|十)?[一二三四五六七八九]?|十|二十)届([一二三四五六七八九])中全会$/.exec(key);
  if (!m || !m[1]) return [];
  const long = `第${m[1]}届中央委员会第${m[2]}次全体会议`;
  return [`中国共产党${long}`, `中共${long}`, long];
}

/**
 * Every derived variant pattern, marked `variant: true`. A variant that is already some alias
 * (of any entity) is left out: the KB's own alias wins. Case-sensitive aliases (acronyms) get none.
 */
export function derivePatternVariants(patterns: readonly IndexPattern[]): IndexPattern[] {
  const existing = new Set(patterns.map((p) => p.key));
  const allKeys = new Map<string, Set<string>>(); // key -> entities having it
  for (const p of patterns) {
    let set = allKeys.get(p.key);
    if (!set) allKeys.set(p.key, (set = new Set()));
    set.add(p.entityId);
  }
  const out: IndexPattern[] = [];
  const added = new Set<string>();
  const addedTo = new Set<string>(); // key|entity, for variants of a name several entities share
  for (const p of patterns) {
    if (p.caseSensitive) continue;
    // A shared name's variant is shared too ("5th plenary session" of each fifth plenum), so the
    // matcher can pick among them; before, the first entity in KB order took it alone.
    const sharedSource = allKeys.get(p.key)!.size > 1;
    const otherKeys = {
      has: (k: string) => {
        const owners = allKeys.get(k);
        return owners !== undefined && (owners.size > 1 || !owners.has(p.entityId));
      },
    } as ReadonlySet<string>;
    const candidates = new Set<string>([
      ...wordVariants(p.key),
      ...phaseVariants(p.key, otherKeys),
      ...(p.pinyin ? pinyinVariants(p.key) : []),
      ...regionalVariants(p.key),
      ...spellingVariants(p.key),
      ...plenumVariants(p.key),
    ]);
    let count = 0;
    for (const key of candidates) {
      if (count >= MAX_VARIANTS_PER_ALIAS) break;
      if (key.length < 2 || existing.has(key) || addedTo.has(`${key}|${p.entityId}`) || (added.has(key) && !sharedSource)) continue;
      added.add(key);
      addedTo.add(`${key}|${p.entityId}`);
      count++;
      out.push({
        key,
        entityId: p.entityId,
        variant: true,
        ...(p.ambiguous ? { ambiguous: true as const } : {}),
        ...(p.generic ? { generic: true as const } : {}),
        ...(p.place ? { place: true as const } : {}),
        ...(p.partySession ? { partySession: true as const } : {}),
      });
    }
  }
  return out;
}
