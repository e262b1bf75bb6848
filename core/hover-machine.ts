// When the card opens and closes, as a pure reducer: the page layer feeds it pointer events and
// timer expiries and carries out the returned effects. Tested with plain values, no DOM, no timers.

/** Grace before a card closes after the pointer leaves mark and card (Page Previews uses 300 ms). */
export const CLOSE_GRACE_MS = 300;
/** Pointer speed, in px/ms, above which a pass over a mark is travel, not interest (as in 10ten). */
export const FAST_POINTER_PX_PER_MS = 0.5;

export type HoverState =
  | { kind: 'idle' }
  | { kind: 'pending'; target: string }
  /** `next`: the pointer rests on another mention; its card replaces this one when the dwell ends. */
  | { kind: 'open'; target: string; pinned: boolean; next?: string }
  /** `next`: the pointer crossed another mention fast; if it rests there, that card opens. */
  | { kind: 'closing'; target: string; next?: string };

export type HoverEvent =
  /** Pointer is over a mention (target = its key); speed in px/ms. */
  | { type: 'overMention'; target: string; speed: number }
  /** Pointer is over neither a mention nor the card. */
  | { type: 'overNothing' }
  | { type: 'overCard' }
  | { type: 'timer' }
  | { type: 'escape' }
  /** Keyboard or popup asked for a card directly. */
  | { type: 'openNow'; target: string };

export type HoverEffect =
  | { type: 'startTimer'; ms: number }
  | { type: 'cancelTimer' }
  | { type: 'open'; target: string }
  | { type: 'close' };

export interface HoverResult {
  state: HoverState;
  effects: HoverEffect[];
}

export const IDLE: HoverState = { kind: 'idle' };

export function hoverReducer(state: HoverState, event: HoverEvent, dwellMs: number): HoverResult {
  const stay = { state, effects: [] };
  switch (event.type) {
    case 'openNow':
      return { state: { kind: 'open', target: event.target, pinned: true }, effects: [{ type: 'cancelTimer' }, { type: 'open', target: event.target }] };
    case 'escape':
      // Always close, even from idle: a card may be showing that the machine no longer tracks.
      return { state: IDLE, effects: [{ type: 'cancelTimer' }, { type: 'close' }] };
    case 'overMention': {
      // A fast pointer is travelling: each fast move restarts the dwell, so no card opens while it
      // moves, yet a pointer that flicks onto a mark and stops dead (no further events) still gets
      // the card once the dwell passes.
      const fast = event.speed > FAST_POINTER_PX_PER_MS;
      if (state.kind === 'open' || state.kind === 'closing') {
        if (state.target === event.target) {
          return { state: { kind: 'open', target: state.target, pinned: false }, effects: [{ type: 'cancelTimer' }] };
        }
        // On the way from a mention to its card the pointer may cross other marks: a quick pass
        // starts the close grace (the card stays if the pointer reaches it); a rest switches cards.
        if (fast) {
          const wait = Math.max(CLOSE_GRACE_MS, dwellMs);
          return { state: { kind: 'closing', target: state.target, next: event.target }, effects: [{ type: 'startTimer', ms: wait }] };
        }
        if (state.kind === 'open' && state.next === event.target) return stay;
        const pinned = state.kind === 'open' && state.pinned;
        return { state: { kind: 'open', target: state.target, pinned, next: event.target }, effects: [{ type: 'startTimer', ms: dwellMs }] };
      }
      if (state.kind === 'pending' && state.target === event.target && !fast) return stay;
      return { state: { kind: 'pending', target: event.target }, effects: [{ type: 'startTimer', ms: dwellMs }] };
    }
    case 'overCard':
      if (state.kind === 'closing' || state.kind === 'open') {
        return { state: { kind: 'open', target: state.target, pinned: state.kind === 'open' && state.pinned }, effects: [{ type: 'cancelTimer' }] };
      }
      return stay;
    case 'overNothing':
      if (state.kind === 'pending') return { state: IDLE, effects: [{ type: 'cancelTimer' }] };
      if (state.kind === 'open' && state.pinned) {
        return state.next ? { state: { kind: 'open', target: state.target, pinned: true }, effects: [{ type: 'cancelTimer' }] } : stay;
      }
      if (state.kind === 'open') {
        return { state: { kind: 'closing', target: state.target }, effects: [{ type: 'startTimer', ms: CLOSE_GRACE_MS }] };
      }
      // Left the mark it crossed: the card closes when the grace ends, unless the card is reached.
      if (state.kind === 'closing' && state.next) return { state: { kind: 'closing', target: state.target }, effects: [] };
      return stay;
    case 'timer':
      if (state.kind === 'pending') return { state: { kind: 'open', target: state.target, pinned: false }, effects: [{ type: 'open', target: state.target }] };
      if (state.kind === 'open' && state.next) {
        return { state: { kind: 'open', target: state.next, pinned: false }, effects: [{ type: 'open', target: state.next }] };
      }
      if (state.kind === 'closing' && state.next) {
        return { state: { kind: 'open', target: state.next, pinned: false }, effects: [{ type: 'open', target: state.next }] };
      }
      if (state.kind === 'closing') return { state: IDLE, effects: [{ type: 'close' }] };
      return stay;
  }
}
