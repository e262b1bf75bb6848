/**
 * A name several entities share ("the fourth plenum", 三中全会: one per Central Committee) names
 * the one the story names in full, else the one nearest the article's date, else the latest.
 * Before this, the first entity in KB order won, so a 2025 story's "fourth plenum" opened the
 * 2019 plenum's card.
 */

export interface Placed {
  entityId: string;
  start: number;
}

/** What the choice needs: which entities share a name, and when each began ("YYYY[-MM[-DD]]"). */
export interface SharedNameContext {
  /** Mentions of names no other entity shares, as found in the same story. */
  named: readonly Placed[];
  /** The article's publication date ("YYYY-MM-DD"), when the page or file gives one. */
  articleDate?: string;
  since: (entityId: string) => string | undefined;
}

/** The entity a shared name at `start` stands for, among `alternatives` (at least two ids). */
export function resolveSharedName(start: number, alternatives: readonly string[], ctx: SharedNameContext): string {
  const among = new Set(alternatives);
  // The story's own full name wins: the nearest before the short name, else the nearest after.
  let before: Placed | undefined;
  let after: Placed | undefined;
  for (const m of ctx.named) {
    if (!among.has(m.entityId)) continue;
    if (m.start < start) {
      if (!before || m.start > before.start) before = m;
    } else if (!after || m.start < after.start) after = m;
  }
  const byStory = before ?? after;
  if (byStory) return byStory.entityId;
  // Otherwise time: the one nearest the article's date (a story in September 2020 about "the
  // fifth plenum" means the coming one of October 2020, not 2015's), or the latest without a date.
  const at = ctx.articleDate ? months(ctx.articleDate) : undefined;
  let best = alternatives[0]!;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const id of alternatives) {
    const since = ctx.since(id);
    if (since === undefined) continue;
    const score = at === undefined ? -months(since) : Math.abs(months(since) - at);
    if (score < bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

/** A partial date as a month count (a bare year counts as its first month). */
function months(date: string): number {
  const [year, month] = date.split('-');
  return Number(year) * 12 + (month ? Number(month) - 1 : 0);
}
