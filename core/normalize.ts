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
  const lower = ch.toLowerCase();
  // Keep the length: a few letters lowercase to two units (İ); leave those as they are.
  return lower.length === 1 ? lower : ch;
}

const FOLD_CLASS = new RegExp(`[${Object.keys(FOLD).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}\\uFF01-\\uFF5E]`, 'g');

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
