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

/** Roles with no end (nor a date by which the person had left): current as of the knowledge base's date. */
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

/** The newest date of a page cited for the role (its publication date, or the day an undated page was read). */
export function lastConfirmed(role: Role, sources: readonly Source[]): string | undefined {
  let newest: string | undefined;
  for (const id of role.sourceIds) {
    const s = sources.find((x) => x.id === id);
    const d = s?.date ?? s?.accessed;
    if (d && (!newest || d > newest)) newest = d;
  }
  return newest;
}

/** Months from a partial date to a day; a year alone counts from its December, a month from itself (generous to the page). */
function monthsBetween(from: string, to: string): number {
  const [fy, fm] = [Number(from.slice(0, 4)), from.length >= 7 ? Number(from.slice(5, 7)) : 12];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7)) || 12];
  return (ty - fy) * 12 + (tm - fm);
}

/** An open role whose newest page is too old to imply the person is still in post at asOf; returns that page's date. */
export function staleSince(role: Role, sources: readonly Source[], asOf: string | undefined): string | undefined {
  if (!asOf || role.to || role.leftBy) return undefined;
  const seen = lastConfirmed(role, sources);
  return seen && monthsBetween(seen, asOf) > CONFIRMED_FRESH_MONTHS ? seen : undefined;
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
