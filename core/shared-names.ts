/**
 * A name several entities share ("the fourth plenum", 三中全会: one per Central Committee) names,
 * in this order: the one whose year stands right beside it ("the 2013 third plenum", 2013年的三中全会);
 * the one of the Central Committee its sentence numbers ("the 19th Central Committee ... its fifth
 * plenary session");
 * the one the story names in full before it, or soon after it; the one the article's date points
 * to (the latest held by, or due within half a year of, that date); a full name anywhere later in
 * the story; else the latest. Before this, the first entity in KB order always won, so a 2025
 * story's "fourth plenum" opened the 2019 plenum's card.
 */

export interface Placed {
  entityId: string;
  start: number;
}

/** Where an entity is named in full in the story: its marks' starts, ascending. */
export type FullNames = ReadonlyMap<string, readonly number[]>;

export interface SharedNameContext {
  /** The story's marks of names no other entity shares, by entity (`fullNamesOf`). */
  decided: FullNames;
  /** The article's publication date ("YYYY-MM-DD"), when the page or file gives one. */
  articleDate?: string;
  /** When each entity began ("YYYY[-MM[-DD]]"); only dated meetings and events take part in the date rule. */
  since: (entityId: string) => string | undefined;
  /** A year written right beside this mention, if any (`yearBeside`). */
  year?: number;
  /** Which Central Committee a plenum belongs to (its number), for the ones that do. */
  term?: (entityId: string) => number | undefined;
  /** A Central Committee's number written in this mention's sentence, if any (core/party-cues.ts). */
  sentenceTerm?: number;
}

/** A full name after the short one counts before the article's date only this close (characters). */
const NEAR_AFTER = 1_500;
/** A plenum due within half a year of the article's date may be the one it looks ahead to. */
const LOOK_AHEAD_MONTHS = 6;

/** The marks of the given entities, grouped and sorted once (not per shared mention: a page may hold thousands). */
export function fullNamesOf(marks: readonly Placed[], entityIds: ReadonlySet<string>): FullNames {
  const byEntity = new Map<string, number[]>();
  for (const m of marks) {
    if (!entityIds.has(m.entityId)) continue;
    const starts = byEntity.get(m.entityId) ?? [];
    starts.push(m.start);
    byEntity.set(m.entityId, starts);
  }
  for (const starts of byEntity.values()) starts.sort((a, b) => a - b);
  return byEntity;
}

/** The entity a shared name at `start` stands for, among `alternatives` (at least two ids, in KB order). */
export function resolveSharedName(start: number, alternatives: readonly string[], ctx: SharedNameContext): string {
  if (ctx.year !== undefined) {
    const sameYear = alternatives.find((id) => ctx.since(id)?.slice(0, 4) === String(ctx.year));
    if (sameYear) return sameYear;
  }
  if (ctx.sentenceTerm !== undefined && ctx.term) {
    const sameTerm = alternatives.find((id) => ctx.term!(id) === ctx.sentenceTerm);
    if (sameTerm) return sameTerm;
  }
  // The nearest full name before the short one, else the nearest after it.
  let before: [string, number] | undefined;
  let after: [string, number] | undefined;
  for (const id of alternatives) {
    const starts = ctx.decided.get(id);
    if (!starts || starts.length === 0) continue;
    const i = firstAtOrAfter(starts, start);
    if (i > 0 && (!before || starts[i - 1]! > before[1])) before = [id, starts[i - 1]!];
    if (i < starts.length && (!after || starts[i]! < after[1])) after = [id, starts[i]!];
  }
  if (before) return before[0];
  if (after && (after[1] - start <= NEAR_AFTER || !ctx.articleDate)) return after[0];
  const byDate = ctx.articleDate ? byArticleDate(alternatives, months(ctx.articleDate), ctx.since) : undefined;
  if (byDate) return byDate;
  if (after) return after[0];
  return nearestBefore(alternatives, Number.POSITIVE_INFINITY, ctx.since) ?? alternatives[0]!;
}

/**
 * A four-digit year written right beside a name: before it ("the 2013 third plenum", 2013年的,
 * 2013年) or after it ("the third plenum in 2013", "of 2013", "(2013)").
 */
export function yearBeside(text: string, start: number, end: number): number | undefined {
  const before = /(?:^|[^\d])((?:19|20)\d\d)(?:年的?|年|\s+|’s\s+|'s\s+)$/.exec(text.slice(Math.max(0, start - 12), start));
  const after = /^(?:\s+(?:in|of)\s+|\s*[(（])((?:19|20)\d\d)(?!\d)/.exec(text.slice(end, end + 12));
  const year = before?.[1] ?? after?.[1];
  return year === undefined ? undefined : Number(year);
}

/** The latest that began by half a year after the article, else the first to begin after that; undefined when none is dated. */
function byArticleDate(ids: readonly string[], at: number, since: (id: string) => string | undefined): string | undefined {
  const limit = at + LOOK_AHEAD_MONTHS;
  return nearestBefore(ids, limit, since) ?? ids.filter((id) => since(id) !== undefined).sort((a, b) => months(since(a)!) - months(since(b)!))[0];
}

/** The latest entity that began by `limit` (a month count), or undefined if none did. */
function nearestBefore(ids: readonly string[], limit: number, since: (id: string) => string | undefined): string | undefined {
  let best: string | undefined;
  let bestAt = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    const s = since(id);
    if (s === undefined) continue;
    const at = months(s);
    if (at <= limit && at > bestAt) {
      best = id;
      bestAt = at;
    }
  }
  return best;
}

/** Index of the first value >= x in a sorted array (its length if none). */
function firstAtOrAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A partial date as a month count (a bare year counts as its first month). */
function months(date: string): number {
  const [year, month] = date.split('-');
  return Number(year) * 12 + (month ? Number(month) - 1 : 0);
}

// Here, not in match-index.ts, so the content script does not pull in the index builder and its
// traditional-Chinese table (8 kB) for this one function (found by the size check).
/** Folded keys that more than one entity has (own aliases and derived spellings alike), with those entities' ids in KB order. */
export function sharedNameKeys(patterns: readonly { key: string; entityId: string }[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const p of patterns) {
    const ids = byKey.get(p.key);
    if (!ids) byKey.set(p.key, [p.entityId]);
    else if (!ids.includes(p.entityId)) ids.push(p.entityId);
  }
  for (const [key, ids] of byKey) if (ids.length < 2) byKey.delete(key);
  return byKey;
}
