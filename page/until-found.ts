// A value asked of someone else once, and asked again only if the answer never came: the card's
// stylesheet (ADR 0016) is asked of the background by the first card of a page, and two hovers
// before its reply must not ask twice, nor one failed reply leave the page without cards.

/**
 * `load` at most once at a time; a found value (not undefined) is kept, a missing one asked for again
 * next time. An answer that has not come within `timeoutMs` counts as missing: one reply that never
 * settles must not hold every later caller (review 2 of pass 10).
 */
export function untilFound<T>(load: () => Promise<T | undefined>, timeoutMs = 5000): () => Promise<T | undefined> {
  let pending: Promise<T | undefined> | undefined;
  return () =>
    (pending ??= raceTimeout(load(), timeoutMs).then(
      (value) => {
        if (value === undefined) pending = undefined;
        return value;
      },
      () => {
        pending = undefined;
        return undefined;
      },
    ));
}

/** `promise`, or undefined once `ms` have passed; the timer is cleared either way. */
function raceTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: number | undefined;
  return Promise.race([promise, new Promise<undefined>((resolve) => (timer = globalThis.setTimeout(resolve, ms) as unknown as number))]).finally(() => globalThis.clearTimeout(timer));
}
