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

/** Latin name parts: "Xiao Yaqing" -> ["Xiao", "Yaqing"]. */
const NAME_PART = /^[A-Z][a-z]+(?:-[a-z]+)?$/;

/**
 * The surname of each person in the index: Chinese names (the entity has a Chinese name) put it
 * first ("Xiao Yaqing"), others last ("Gina Raimondo"). Only names of two or three plain parts.
 */
export function personNames(entities: readonly IndexEntity[]): Map<string, PersonName> {
  const out = new Map<string, PersonName>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const parts = e.name.replace(/^(President|Premier|Vice Premier|Minister|Chairman|Dr\.?|Mr\.?|Ms\.?)\s+/, '').split(' ');
    if (parts.length < 2 || parts.length > 3 || !parts.every((p) => NAME_PART.test(p))) continue;
    const surname = e.nameZh ? parts[0]! : parts.at(-1)!;
    out.set(e.id, { surname });
  }
  return out;
}

/** Mentions of a bare surname after that person's full name; `mentions` are the text's own. */
export function findBackReferences(text: string, mentions: readonly Mention[], people: ReadonlyMap<string, PersonName>): Mention[] {
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
  // Every surname the KB's people have: the commonest Chinese surnames are among them.
  const surnames = new Set([...people.values()].map((p) => p.surname));
  const taken = new Uint8Array(text.length);
  for (const m of mentions) taken.fill(1, m.start, m.end);

  const out: Mention[] = [];
  for (const [surname, ids] of bySurname) {
    if (ids.length !== 1) continue; // shared in this text: whose "Li" would it be?
    const id = ids[0]!;
    for (let at = text.indexOf(surname, firstEnd.get(id)!); at !== -1; at = text.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      if (taken.subarray(at, end).includes(1)) continue;
      // "Li Na", "Xiao Ming": the surname of someone else's full name.
      if (/^[ \u00A0][A-Z][a-z]/.test(text.slice(end, end + 3))) continue;
      // "Li Xi", "Wang Xi": the given name of someone else, after a surname ("President Xi" is not one).
      const before = /(?:^|[^A-Za-z])([A-Z][a-z]+)[ \u00A0]$/.exec(text.slice(Math.max(0, at - 12), at))?.[1];
      if (before && surnames.has(before)) continue;
      out.push({ entityId: id, start: at, end, text: surname, alias: surname, via: 'backref' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
