// The popup's search over the whole KB: English, Chinese (simplified and traditional), pinyin and
// every alias, tolerant of typos (fuse.js). Exact and prefix hits on a name or alias rank first.
import Fuse from 'fuse.js';
import type { Entity } from './kb-schema';
import { levenshtein } from './levenshtein';
import { normalizeForMatch } from './normalize';

export interface SearchHit {
  id: string;
  name: string;
  nameZh?: string;
  type: Entity['type'];
  /** The name or alias that matched, when it is not the English name. */
  via?: string;
}

interface SearchDoc {
  id: string;
  entity: Entity;
  names: string[];
  folded: string[];
}

/** fuse.js threshold: 0.4 lets "big fnd" find "Big Fund" but keeps "fund" from finding everything. */
export const SEARCH_THRESHOLD = 0.4;
export const MAX_RESULTS = 12;

export class KbSearch {
  private readonly docs: SearchDoc[];
  private readonly fuse: Fuse<SearchDoc>;

  constructor(entities: readonly Entity[]) {
    this.docs = entities.map((entity) => {
      const names = [
        entity.name.en, entity.name.zh, entity.name.zhHant, entity.name.pinyin,
        ...entity.aliases.map((a) => a.text),
      ].filter((n): n is string => !!n);
      return { id: entity.id, entity, names, folded: names.map(normalizeForMatch) };
    });
    this.fuse = new Fuse(this.docs, {
      keys: [{ name: 'folded', weight: 1 }],
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      threshold: SEARCH_THRESHOLD,
    });
  }

  search(query: string): SearchHit[] {
    const q = normalizeForMatch(query);
    if (q.length === 0) return [];
    const exact = this.docs.filter((d) => d.folded.some((n) => n === q));
    const prefix = this.docs.filter((d) => !exact.includes(d) && d.folded.some((n) => n.startsWith(q)));
    // fuse.js finds the near-misses; they are then ranked by how close the closest name is, so
    // "big fnd" puts "Big Fund" before "Big Fund III" (fuse's own score blends all of a record's names).
    const fuzzy = this.fuse
      .search(q)
      .filter((r) => !exact.includes(r.item) && !prefix.includes(r.item))
      .map((r) => ({ doc: r.item, closest: closestName(r.item.folded, q), score: r.score ?? 1 }))
      .sort((a, b) => a.closest.distance - b.closest.distance || a.score - b.score);
    const named = (doc: SearchDoc) => ({ doc, nameIndex: doc.folded.findIndex((n) => n === q || n.startsWith(q)) });
    return [
      ...exact.map(named),
      ...prefix.map(named),
      // A near-miss shows the name it was closest to, so "big fnd" explains itself as "Big Fund".
      ...fuzzy.map(({ doc, closest }) => ({ doc, nameIndex: closest.index })),
    ]
      .slice(0, MAX_RESULTS)
      .map(({ doc, nameIndex }) => toHit(doc, nameIndex));
  }
}

/** The name closest to the query among folded names: its index and edit distance relative to its length (search ranking, and kb get's typo test). */
export function closestName(folded: readonly string[], q: string): { index: number; distance: number } {
  let best = { index: 0, distance: Infinity };
  folded.forEach((n, index) => {
    const distance = levenshtein(q, n) / Math.max(n.length, q.length);
    if (distance < best.distance) best = { index, distance };
  });
  return best;
}

function toHit(doc: SearchDoc, nameIndex: number): SearchHit {
  const { entity } = doc;
  const via = nameIndex > 0 ? doc.names[nameIndex] : undefined;
  return {
    id: entity.id,
    name: entity.name.en,
    ...(entity.name.zh ? { nameZh: entity.name.zh } : {}),
    type: entity.type,
    ...(via && via !== entity.name.en ? { via } : {}),
  };
}
