// Which part of a person's name a story uses alone ("Xiao" for Xiao Yaqing, "Raimondo" for Gina
// Raimondo), and whether the name is one many people share. Worked out when the match index is built,
// so the content script carries the answer, not the rules.
import { CHINESE_SURNAMES } from './back-references';
import type { Entity } from './kb-schema';
import { normalizeForMatch } from './normalize';
import { splitPinyin } from './variants';

/** Latin name parts: "Xiao Yaqing" -> ["Xiao", "Yaqing"]. */
const NAME_PART = /^[A-Z][a-z]+(?:-[a-z]+)?$/;
const letters = (s: string) => normalizeForMatch(s).replace(/[^a-z]/g, '');

/** Whether the English name is the pinyin ("Wang Yi"; not "Katherine Tai", whose pinyin is "Dai Qi"). */
export function writtenInPinyin(e: Entity): boolean {
  return !!e.name.pinyin && letters(e.name.en) === letters(e.name.pinyin);
}

/**
 * Whether the person's name is Chinese: the record has a Chinese name, or its English name is its
 * pinyin (a record no citable page gave a Chinese name, such as MOFCOM's spokesman Gao Feng).
 */
function isChineseName(e: Entity): boolean {
  return !!e.name.zh || writtenInPinyin(e);
}

/**
 * The surname: first in a Chinese name that starts with a common Chinese surname ("Xiao Yaqing"),
 * last otherwise ("Gina Raimondo"; "Katherine Tai" and "Jensen Huang", whose records carry Chinese
 * names too). Only names of two or three plain parts; none for anything but a person.
 */
export function surnameOf(e: Entity): string | undefined {
  if (e.type !== 'person') return undefined;
  const parts = e.name.en.replace(/^(President|Premier|Vice Premier|Minister|Chairman|Dr\.?|Mr\.?|Ms\.?)\s+/, '').split(' ');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => NAME_PART.test(p))) return undefined;
  return isChineseName(e) && CHINESE_SURNAMES.has(parts[0]!) ? parts[0] : parts.at(-1);
}

/**
 * How many characters the person's Chinese name has: counted in the Chinese name, or, without one,
 * in the pinyin's syllables ("Gao Feng": 2). 0 when neither says.
 */
export function chineseNameLength(e: Entity): number {
  if (e.name.zh) return [...e.name.zh].length;
  if (!isChineseName(e) || !e.name.pinyin) return 0;
  // Word by word: "Li Ang" is two syllables, which "liang" read as one would hide.
  let count = 0;
  for (const word of e.name.pinyin.split(/\s+/)) count += splitPinyin(letters(word))?.length ?? 0;
  return count;
}
