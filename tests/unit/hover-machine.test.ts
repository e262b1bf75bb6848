import { describe, expect, it } from 'vitest';
import { CLOSE_GRACE_MS, hoverReducer, IDLE, type HoverEvent, type HoverState } from '../../core/hover-machine';

const DWELL = 250;
function run(events: HoverEvent[], from: HoverState = IDLE) {
  let state = from;
  const effects = [];
  for (const e of events) {
    const r = hoverReducer(state, e, DWELL);
    state = r.state;
    effects.push(...r.effects);
  }
  return { state, effects };
}

describe('hover state machine', () => {
  it('opens after the dwell, not before', () => {
    const pending = run([{ type: 'overMention', target: 'a', speed: 0.1 }]);
    expect(pending.state.kind).toBe('pending');
    expect(pending.effects).toEqual([{ type: 'startTimer', ms: DWELL }]);
    const open = run([{ type: 'timer' }], pending.state);
    expect(open.effects).toEqual([{ type: 'open', target: 'a' }]);
  });

  it('does not open while the pointer is travelling fast: every fast move restarts the dwell', () => {
    const r = run([{ type: 'overMention', target: 'a', speed: 2 }, { type: 'overMention', target: 'a', speed: 2 }]);
    expect(r.state).toEqual({ kind: 'pending', target: 'a' });
    expect(r.effects).toEqual([{ type: 'startTimer', ms: DWELL }, { type: 'startTimer', ms: DWELL }]);
    const passed = run([{ type: 'overMention', target: 'a', speed: 2 }, { type: 'overNothing' }, { type: 'timer' }]);
    expect(passed.effects.some((e) => e.type === 'open')).toBe(false);
  });

  it('opens for a pointer that arrives fast and stops dead on a mark (no further events)', () => {
    const r = run([{ type: 'overMention', target: 'a', speed: 3 }, { type: 'timer' }]);
    expect(r.effects).toContainEqual({ type: 'open', target: 'a' });
    expect(r.state).toEqual({ kind: 'open', target: 'a', pinned: false });
  });

  it('switches to a mark crossed fast while a card is open once the pointer rests there', () => {
    const open = run([{ type: 'overMention', target: 'a', speed: 0 }, { type: 'timer' }]);
    const crossed = run([{ type: 'overMention', target: 'b', speed: 3 }, { type: 'timer' }], open.state);
    expect(crossed.effects).toContainEqual({ type: 'open', target: 'b' });
    const toCard = run([{ type: 'overMention', target: 'b', speed: 3 }, { type: 'overCard' }, { type: 'timer' }], open.state);
    expect(toCard.state).toEqual({ kind: 'open', target: 'a', pinned: false });
    expect(toCard.effects.some((e) => e.type === 'open')).toBe(false);
  });

  it('cancels a pending open when the pointer leaves', () => {
    const r = run([{ type: 'overMention', target: 'a', speed: 0 }, { type: 'overNothing' }, { type: 'timer' }]);
    expect(r.state).toEqual(IDLE);
    expect(r.effects.some((e) => e.type === 'open')).toBe(false);
  });

  it('stays open while the pointer is on the card, closes after the grace period otherwise', () => {
    const open = run([{ type: 'overMention', target: 'a', speed: 0 }, { type: 'timer' }]);
    const leaving = run([{ type: 'overNothing' }], open.state);
    expect(leaving.effects).toEqual([{ type: 'startTimer', ms: CLOSE_GRACE_MS }]);
    const onCard = run([{ type: 'overCard' }, { type: 'timer' }], leaving.state);
    expect(onCard.state.kind).toBe('open');
    expect(onCard.effects).toEqual([{ type: 'cancelTimer' }]);
    const gone = run([{ type: 'overNothing' }, { type: 'timer' }], onCard.state);
    expect(gone.state).toEqual(IDLE);
    expect(gone.effects.at(-1)).toEqual({ type: 'close' });
  });

  it('switches to another mention after resting on it, keeping the card until then', () => {
    const open = run([{ type: 'overMention', target: 'a', speed: 0 }, { type: 'timer' }]);
    const resting = run([{ type: 'overMention', target: 'b', speed: 0.1 }], open.state);
    expect(resting.effects).toEqual([{ type: 'startTimer', ms: DWELL }]);
    expect(resting.state).toMatchObject({ kind: 'open', target: 'a' });
    const switched = run([{ type: 'timer' }], resting.state);
    expect(switched.effects).toEqual([{ type: 'open', target: 'b' }]);
  });

  it('keeps the card when the pointer crosses other marks quickly on its way to the card', () => {
    const open = run([{ type: 'overMention', target: 'a', speed: 0 }, { type: 'timer' }]);
    const crossing = run([{ type: 'overMention', target: 'b', speed: 2 }, { type: 'overCard' }, { type: 'timer' }], open.state);
    expect(crossing.state).toMatchObject({ kind: 'open', target: 'a' });
    expect(crossing.effects.some((e) => e.type === 'open' || e.type === 'close')).toBe(false);
  });

  it('stays on the current card when the pointer reaches it before the next dwell ends', () => {
    const open = run([{ type: 'overMention', target: 'a', speed: 0 }, { type: 'timer' }]);
    const r = run([{ type: 'overMention', target: 'b', speed: 0 }, { type: 'overCard' }, { type: 'timer' }], open.state);
    expect(r.state).toMatchObject({ kind: 'open', target: 'a' });
    expect(r.effects.some((e) => e.type === 'open')).toBe(false);
  });

  it('closes on Escape from any state', () => {
    const open = run([{ type: 'openNow', target: 'a' }]);
    expect(run([{ type: 'escape' }], open.state).effects).toContainEqual({ type: 'close' });
    expect(run([{ type: 'escape' }]).effects).toContainEqual({ type: 'close' });
  });

  it('keeps a keyboard-opened card when the pointer wanders', () => {
    const open = run([{ type: 'openNow', target: 'a' }, { type: 'overNothing' }]);
    expect(open.state.kind).toBe('open');
  });
});
