// When to re-scan a story that changes under us, as pure arithmetic (tested without timers).
// A burst of changes is coalesced; a story that never stops changing (a clock, a ticker, headlines
// that swap) backs off, whatever the re-scans find, so the work stays bounded; a new story (the
// story element replaced, or a new address: a single-page app navigating) or a quiet minute resets
// the back-off.

/** Quiet period before re-scanning: long enough to coalesce a render burst, short enough to feel live. */
export const RESCAN_DEBOUNCE_MS = 400;
/** A story that never stops changing is still re-scanned at least this often, before any back-off. */
export const RESCAN_MAX_WAIT_MS = 2000;
/** The longest wait once back-off has grown: a ticking clock costs one re-scan per half minute. */
export const RESCAN_MAX_BACKOFF_MS = 30_000;

/** A page quiet this long starts again without back-off. */
export const QUIET_RESET_MS = 60_000;

export interface RescanState {
  /** When the first change not yet scanned arrived. */
  firstPending?: number;
  /** Re-scans in a row of the same story (the back-off grows with it). */
  fruitless: number;
  /** When the last re-scan ran. */
  lastRun?: number;
}

export const INITIAL_RESCAN_STATE: RescanState = { fruitless: 0 };

/** The shortest time between two re-scans after `fruitless` re-scans in a row found nothing new. */
export function backoffMs(fruitless: number): number {
  return fruitless === 0 ? 0 : Math.min(RESCAN_MAX_BACKOFF_MS, RESCAN_DEBOUNCE_MS * 2 ** fruitless);
}

/** A change arrived at `now`: the new state, and how long from now the re-scan should run. */
export function onChange(state: RescanState, now: number): { state: RescanState; delayMs: number } {
  if (state.firstPending === undefined && state.lastRun !== undefined && now - state.lastRun > QUIET_RESET_MS) state = { ...state, fruitless: 0 };
  const firstPending = state.firstPending ?? now;
  const maxWait = Math.max(RESCAN_MAX_WAIT_MS, backoffMs(state.fruitless));
  const untilMax = firstPending + maxWait - now;
  const delayMs = Math.max(0, Math.max(backoffMs(state.fruitless) - (now - firstPending), Math.min(RESCAN_DEBOUNCE_MS, untilMax)));
  return { state: { ...state, firstPending }, delayMs };
}

/** A re-scan ran at `now`; `newStory` when the story element was replaced or the address changed. */
export function onRescanned(state: RescanState, newStory: boolean, now: number): RescanState {
  return { fruitless: newStory ? 0 : state.fruitless + 1, lastRun: now };
}
