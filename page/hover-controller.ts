// Connects the pointer and keyboard to the hover state machine and carries out its effects:
// timers, opening the card for a mention, closing it. All listeners die with the given signal.
// Only trusted input counts: a page script's synthetic PointerEvent or KeyboardEvent is ignored.
import { hoverReducer, IDLE, type HoverEffect, type HoverEvent, type HoverState } from '../core/hover-machine';
import type { PaintedMention } from './highlights';

export interface HoverControllerDeps {
  hit: (x: number, y: number) => PaintedMention | undefined;
  isInsideCard: (target: EventTarget | null) => boolean;
  open: (p: PaintedMention) => void;
  close: () => void;
  dwellMs: () => number;
}

export class HoverController {
  private state: HoverState = IDLE;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly byKey = new Map<string, PaintedMention>();
  private last: { x: number; y: number; t: number } | undefined;
  private frame = 0;

  constructor(
    private readonly win: Window,
    private readonly deps: HoverControllerDeps,
    signal: AbortSignal,
  ) {
    // Capture phase on the window: a page widget that stops propagation (maps, tooltips) cannot
    // starve us of pointer moves or Esc. (A page's own earlier window-capture listener still could.)
    win.addEventListener('pointermove', (e) => this.onPointerMove(e), { passive: true, capture: true, signal });
    win.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape') this.dispatch({ type: 'escape' });
    }, { capture: true, signal });
    signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      this.win.cancelAnimationFrame(this.frame);
    });
  }

  /** Open a mention's card at once (keyboard, popup's page index). */
  openNow(p: PaintedMention): void {
    const key = keyOf(p);
    this.byKey.set(key, p);
    this.dispatch({ type: 'openNow', target: key });
  }

  closeNow(): void {
    this.dispatch({ type: 'escape' });
  }

  private onPointerMove(e: PointerEvent): void {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    const now = e.timeStamp;
    const speed = this.last ? Math.hypot(e.clientX - this.last.x, e.clientY - this.last.y) / Math.max(1, now - this.last.t) : 0;
    this.last = { x: e.clientX, y: e.clientY, t: now };
    const { clientX: x, clientY: y, target } = e;
    // One hit test per frame at most: pointermove can fire far more often than the screen paints.
    this.win.cancelAnimationFrame(this.frame);
    this.frame = this.win.requestAnimationFrame(() => {
      if (this.deps.isInsideCard(target)) return this.dispatch({ type: 'overCard' });
      const p = this.deps.hit(x, y);
      if (!p) return this.dispatch({ type: 'overNothing' });
      const key = keyOf(p);
      this.byKey.set(key, p);
      this.dispatch({ type: 'overMention', target: key, speed });
    });
  }

  private dispatch(event: HoverEvent): void {
    const { state, effects } = hoverReducer(this.state, event, this.deps.dwellMs());
    this.state = state;
    effects.forEach((effect) => this.run(effect));
  }

  private run(effect: HoverEffect): void {
    switch (effect.type) {
      case 'startTimer':
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.dispatch({ type: 'timer' }), effect.ms);
        break;
      case 'cancelTimer':
        clearTimeout(this.timer);
        break;
      case 'open': {
        const p = this.byKey.get(effect.target);
        if (p) this.deps.open(p);
        break;
      }
      case 'close':
        this.byKey.clear(); // the machine is idle after a close: no key is needed any more
        this.deps.close();
        break;
    }
  }
}

function keyOf(p: PaintedMention): string {
  return `${p.mention.entityId}@${p.mention.start}`;
}
