// Cards that know the article's date: what held when the article was written, and what holds now.
// Dates in the KB are partial (YYYY, YYYY-MM, YYYY-MM-DD); a role "from 2021-03" covers any day
// of March 2021. "Now" means as of the knowledge base's own date, which every card shows.
import type { Entity, Role, Source, Target } from './kb-schema';

/** True when day (YYYY-MM-DD or partial) falls within [from, to]; open ends are unbounded. */
export function withinPeriod(day: string, from?: string, to?: string): boolean {
  if (from && day.slice(0, from.length) < from) return false;
  if (to && day.slice(0, to.length) > to) return false;
  return true;
}

/**
 * Roles held on a day. A role whose start no source gives counts only from the day a source shows
 * it held (`heldBy`); one with neither is left out: the card cannot say it was held "then" (it may
 * have begun after the article). Likewise a role whose end no source gives ends, for this purpose,
 * on the day a source shows it held by someone else (`leftBy`).
 */
export function rolesAt(roles: readonly Role[], day: string): Role[] {
  return roles.filter((r) => {
    const known = r.from ?? r.heldBy;
    return known !== undefined && withinPeriod(day, known, r.to ?? r.leftBy);
  });
}

/** Roles with no end (nor a date by which the person had left): current as far as their newest page goes (see staleSince). */
export function currentRoles(roles: readonly Role[]): Role[] {
  return roles.filter((r) => !r.to && !r.leftBy);
}

/**
 * A role with no end is "current" only as far as its sources go: nothing in the record says the
 * person was still in post after its newest cited page. Past this many months between that page and
 * the knowledge base's date, the card names the page's date instead of implying "present" (posts
 * change between the pages we read: a vice-chair whose term ended, a minister removed).
 */
export const CONFIRMED_FRESH_MONTHS = 12;

/** A partial date as the month it reaches: a year alone counts as its December (generous to the page). */
function monthKey(d: string): number {
  return Number(d.slice(0, 4)) * 12 + (d.length >= 7 ? Number(d.slice(5, 7)) : 12);
}

/**
 * The newest date of a page cited for the role: its publication date, or the day an undated page
 * was read. Pages are ranked by the month they reach, as staleness is measured, so a year alone
 * ("2025", read as December) is not outranked by a more precise but earlier "2025-03-01".
 */
export function lastConfirmed(role: Role, sources: readonly Source[]): string | undefined {
  let newest: string | undefined;
  for (const id of role.sourceIds) {
    const s = sources.find((x) => x.id === id);
    const d = s?.date ?? s?.accessed;
    if (d && (!newest || monthKey(d) > monthKey(newest) || (monthKey(d) === monthKey(newest) && d > newest))) newest = d;
  }
  return newest;
}

/**
 * An open role whose newest page is too old to show the person still in post on `day` (the KB's
 * date for "now", or an article's date); returns that page's date. More than CONFIRMED_FRESH_MONTHS
 * calendar months apart counts as too old: a page of March 2025 still covers March 2026, not April.
 */
export function staleSince(role: Role, sources: readonly Source[], day: string | undefined): string | undefined {
  if (!day || role.to || role.leftBy) return undefined;
  const seen = lastConfirmed(role, sources);
  return seen && monthKey(day) - monthKey(seen) > CONFIRMED_FRESH_MONTHS ? seen : undefined;
}

export type InForce = 'not-yet' | 'in-force' | 'ended';

/** Whether a plan or measure was in force on a day; undefined when the record has no start. */
export function inForceOn(dates: Entity['dates'], day: string): InForce | undefined {
  if (!dates?.start) return undefined;
  if (!withinPeriod(day, dates.start)) return 'not-yet';
  if (!withinPeriod(day, undefined, dates.end)) return 'ended';
  return 'in-force';
}

/** A target at the article's date: still pending then (its deadline not yet reached), or already due. */
export function targetPendingOn(target: Target, day: string): boolean {
  return !!target.deadline && day.slice(0, target.deadline.length) < target.deadline;
}
