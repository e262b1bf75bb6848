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
      .map((r) => ({ doc: r.item, closeness: closestName(r.item, q), score: r.score ?? 1 }))
      .filter(({ doc }) => !exact.includes(doc) && !prefix.includes(doc))
      .sort((a, b) => a.closeness - b.closeness || a.score - b.score)
      .map(({ doc }) => doc);
    return [...exact, ...prefix, ...fuzzy].slice(0, MAX_RESULTS).map((d) => toHit(d, q));
  }
}

/** Smallest edit distance from the query to any name, relative to that name's length. */
function closestName(doc: SearchDoc, q: string): number {
  return Math.min(...doc.folded.map((n) => levenshtein(q, n) / Math.max(n.length, q.length)));
}

function toHit(doc: SearchDoc, q: string): SearchHit {
  const { entity } = doc;
  let i = doc.folded.findIndex((n) => n === q || n.startsWith(q));
  if (i === -1) {
    // A near-miss: show the name it was closest to, so "big fnd" explains itself as "Big Fund".
    const distances = doc.folded.map((n) => levenshtein(q, n) / Math.max(n.length, q.length));
    i = distances.indexOf(Math.min(...distances));
  }
  const via = i > 0 ? doc.names[i] : undefined;
  return {
    id: entity.id,
    name: entity.name.en,
    ...(entity.name.zh ? { nameZh: entity.name.zh } : {}),
    type: entity.type,
    ...(via && via !== entity.name.en ? { via } : {}),
  };
}
