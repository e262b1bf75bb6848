// Cards that know the article's date: what held when the article was written, and what holds now.
// Dates in the KB are partial (YYYY, YYYY-MM, YYYY-MM-DD); a role "from 2021-03" covers any day
// of March 2021. "Now" means as of the knowledge base's own date, which every card shows.
import type { Entity, Role, Target } from './kb-schema';

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
