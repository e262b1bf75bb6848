// Text folding shared by the matcher, the KB checks and search. Folding is one UTF-16 unit in,
// one unit out, so an offset in folded text is the same offset in the page's text.

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'", '\uFF07': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201F': '"', '\uFF02': '"',
  // Hyphens and dashes fold to a space: "Five-Year Plan" and "Five Year Plan" are one name.
  '-': ' ', '\u2010': ' ', '\u2011': ' ', '\u2012': ' ', '\u2013': ' ', '\u2014': ' ', '\u2015': ' ',
  '\u2212': ' ', '\uFE63': ' ', '\uFF0D': ' ',
  '\u00A0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ',
  '\u3000': ' ', '\t': ' ', '\n': ' ', '\r': ' ', '\f': ' ',
};

/** Folds one UTF-16 code unit: punctuation variants to ASCII, letters to lower case. */
export function foldChar(ch: string): string {
  const mapped = FOLD[ch];
  if (mapped !== undefined) return mapped;
  // Full-width ASCII (common in Chinese pages: ＭＩＩＴ, ２０２５) to half-width.
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  // Latin letters with accents or tone marks (pinyin "Xí Jìnpíng", "Liǎnghuì") fold to the bare letter.
  if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) {
    const base = ch.normalize('NFD')[0]!;
    if (base.charCodeAt(0) < 0x80 && /[A-Za-z]/.test(base)) return base.toLowerCase();
  }
  const lower = ch.toLowerCase();
  // Keep the length: a few letters lowercase to two units (İ); leave those as they are.
  return lower.length === 1 ? lower : ch;
}

const FOLD_CLASS = new RegExp(`[${Object.keys(FOLD).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}\\uFF01-\\uFF5E\\u00C0-\\u024F\\u1E00-\\u1EFF]`, 'g');

/** Length-preserving fold of a whole string (case, quotes, dashes, spaces, full-width forms). */
export function foldText(text: string): string {
  // Fast path: the engine's own lower-casing plus one regex pass for the punctuation table. Only if
  // lower-casing changed the length (a handful of letters such as İ) fold char by char instead.
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(FOLD_CLASS, (ch) => foldChar(ch));
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/** Fold plus collapsed whitespace and trimmed ends: the key under which aliases are compared. */
export function normalizeForMatch(text: string): string {
  return foldText(text.normalize('NFC')).replace(/ {2,}/g, ' ').trim();
}

/** A Latin letter or digit: the characters that make a word boundary matter. */
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return LATIN_OR_DIGIT.test(ch);
}

/** True when the text contains a Han character (CJK aliases get no word boundaries). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** Marks a block boundary (paragraph, list item, heading) in text to match: no alias spans one. */
export const BLOCK_BREAK = '\u2029';

export interface MatchText {
  /** Folded text with whitespace runs collapsed to one space (or to BLOCK_BREAK at a paragraph break). */
  text: string;
  /** For each index of `text`, its index in the original; undefined when nothing was collapsed. */
  offsets: Uint32Array | undefined;
}

const WHITESPACE_RUN = /[ \u2029]{2,}|\u2029/g;

/**
 * What the matcher scans: folded text where "Xi\n    Jinping" (source formatting inside one text
 * node) reads as "xi jinping", while a blank line or a block separator stays a boundary.
 */
export function foldForMatching(original: string): MatchText {
  const folded = foldText(original);
  WHITESPACE_RUN.lastIndex = 0;
  if (!WHITESPACE_RUN.test(folded)) return { text: folded, offsets: undefined };
  const offsets = new Uint32Array(folded.length);
  const parts: string[] = [];
  let length = 0;
  let from = 0;
  const keep = (a: number, b: number) => {
    parts.push(folded.slice(a, b));
    for (let k = a; k < b; k++) offsets[length++] = k;
  };
  WHITESPACE_RUN.lastIndex = 0;
  for (let m = WHITESPACE_RUN.exec(folded); m; m = WHITESPACE_RUN.exec(folded)) {
    keep(from, m.index);
    const run = original.slice(m.index, m.index + m[0].length);
    const isBreak = run.includes(BLOCK_BREAK) || (run.match(/\n/g)?.length ?? 0) >= 2;
    parts.push(isBreak ? BLOCK_BREAK : ' ');
    offsets[length++] = m.index;
    from = m.index + m[0].length;
  }
  keep(from, folded.length);
  return { text: parts.join(''), offsets: offsets.subarray(0, length) };
}
