// Resolving a name a reader types to one record, as a reader would expect: an id, the English
// name, then an unambiguous alias, then an ambiguous one (resolved to the entity the others point
// to: "Big Fund" is the fund, not one of its phases), then the best search hit.
import type { Entity } from './kb-schema';
import { normalizeForMatch } from './normalize';
import { closestName, KbSearch } from './search-index';

/**
 * A search hit stands in for a name only when it is a typo of one of the record's names: at most
 * one edit in five. Looser hits are suggestions (kb search), not an answer: "li-zhanshu" must not
 * resolve to "Two Sessions" because fuse.js found the letters "s-h-u" in it.
 */
export const MAX_TYPO_RATIO = 0.2;

export function resolveEntity(entities: readonly Entity[], query: string, search = new KbSearch(entities)): Entity | undefined {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const direct = byId.get(query.trim());
  if (direct) return direct;
  const q = normalizeForMatch(query);
  if (!q) return undefined;
  const named = entities.filter((e) => [e.name.en, e.name.zh, e.name.zhHant, e.name.pinyin].some((n) => n && normalizeForMatch(n) === q));
  if (named.length > 0) return mostReferenced(named, entities);
  const owners = (ambiguous: boolean) =>
    entities.filter((e) => e.aliases.some((a) => normalizeForMatch(a.text) === q && (a.ambiguous === true) === ambiguous));
  const clear = owners(false);
  if (clear.length > 0) return mostReferenced(clear, entities);
  const unclear = owners(true);
  if (unclear.length > 0) return mostReferenced(unclear, entities);
  const top = search.search(query)[0];
  const candidate = top ? byId.get(top.id) : undefined;
  return candidate && isTypoOf(q, candidate) ? candidate : undefined;
}

function isTypoOf(q: string, entity: Entity): boolean {
  const names = [entity.name.en, entity.name.zh, entity.name.zhHant, entity.name.pinyin, entity.id, ...entity.aliases.map((a) => a.text)];
  const folded = names.filter((n): n is string => !!n).map(normalizeForMatch);
  return closestName(folded, q).distance <= MAX_TYPO_RATIO;
}

/** Among candidates, the one most other records link to (the parent), then the shortest name. */
function mostReferenced(candidates: Entity[], all: readonly Entity[]): Entity {
  const links = new Map<string, number>();
  for (const e of all) for (const r of e.related) links.set(r, (links.get(r) ?? 0) + 1);
  return [...candidates].sort((a, b) => (links.get(b.id) ?? 0) - (links.get(a.id) ?? 0) || a.name.en.length - b.name.en.length)[0]!;
}
