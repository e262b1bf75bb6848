// Re-scan timing: coalesce bursts, keep a maximum wait, back off while re-scans find nothing new.
import { describe, expect, it } from 'vitest';
import { INITIAL_RESCAN_STATE, onChange, onRescanned, QUIET_RESET_MS, RESCAN_DEBOUNCE_MS, RESCAN_MAX_BACKOFF_MS, RESCAN_MAX_WAIT_MS, type RescanState } from '../../core/rescan-policy';

describe('rescan policy', () => {
  it('debounces a burst but never waits past the maximum', () => {
    let s = onChange(INITIAL_RESCAN_STATE, 0);
    expect(s.delayMs).toBe(RESCAN_DEBOUNCE_MS);
    s = onChange(s.state, RESCAN_MAX_WAIT_MS - 100);
    expect(s.delayMs).toBe(100);
  });
  it('a clock or a ticker whose headlines swap marks: re-scans of the same story back off to one per 30 s', () => {
    let state: RescanState = INITIAL_RESCAN_STATE;
    const runs: number[] = [];
    // The story changes every second for ten minutes; every re-scan finds the same marks.
    let due: number | undefined;
    for (let t = 0; t <= 600_000; t += 1000) {
      if (due !== undefined && due <= t) {
        runs.push(due);
        state = onRescanned({ ...state, firstPending: undefined }, false, due);
      }
      const next = onChange(state, t);
      state = next.state;
      due = t + next.delayMs;
    }
    expect(runs.length).toBeLessThan(40); // without back-off: one per second, 600
    const gaps = runs.slice(1).map((r, i) => r - runs[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(RESCAN_MAX_BACKOFF_MS + 1000);
  });
  it('a new story (replaced element or address) resets the back-off, and so does a quiet minute', () => {
    let state: RescanState = { fruitless: 8, lastRun: 0 };
    expect(onChange(state, 1000).delayMs).toBe(RESCAN_MAX_BACKOFF_MS);
    state = onRescanned(state, true, 1000);
    expect(onChange(state, 1500).delayMs).toBe(RESCAN_DEBOUNCE_MS);
    const quiet: RescanState = { fruitless: 8, lastRun: 0 };
    expect(onChange(quiet, QUIET_RESET_MS + 1).delayMs).toBe(RESCAN_DEBOUNCE_MS);
  });
});
