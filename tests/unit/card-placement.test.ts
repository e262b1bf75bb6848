// Card placement as arithmetic: below the mark, above when there is more room, inside the viewport.
import { describe, expect, it } from 'vitest';
import { GAP_PX, MAX_CARD_HEIGHT_PX, MIN_CARD_HEIGHT_PX, placeCard, VIEWPORT_MARGIN_PX } from '../../core/card-placement';

const viewport = { width: 1280, height: 900 };
const card = { width: 380, height: 400 };
const mark = (left: number, top: number) => ({ left, top, right: left + 80, bottom: top + 20 });

describe('placeCard', () => {
  it('goes below the mark, at its left edge', () => {
    expect(placeCard(mark(100, 100), card, viewport)).toEqual({ x: 100, y: 120 + GAP_PX, maxHeight: 900 - 120 - GAP_PX - VIEWPORT_MARGIN_PX > MAX_CARD_HEIGHT_PX ? MAX_CARD_HEIGHT_PX : 900 - 120 - GAP_PX - VIEWPORT_MARGIN_PX });
  });
  it('flips above a mark near the bottom when there is more room there', () => {
    const p = placeCard(mark(100, 800), card, viewport);
    expect(p.y + Math.min(card.height, p.maxHeight)).toBeLessThanOrEqual(800 - GAP_PX);
    expect(p.y).toBeGreaterThanOrEqual(VIEWPORT_MARGIN_PX);
  });
  it('slides left to stay inside the viewport, and never starts off-screen', () => {
    expect(placeCard(mark(1200, 100), card, viewport).x).toBe(1280 - 380 - VIEWPORT_MARGIN_PX);
    expect(placeCard(mark(-50, 100), card, viewport).x).toBe(VIEWPORT_MARGIN_PX);
  });
  it('keeps a readable height even in a tiny window, and never more than the maximum', () => {
    expect(placeCard(mark(10, 10), card, { width: 400, height: 120 }).maxHeight).toBe(MIN_CARD_HEIGHT_PX);
    expect(placeCard(mark(10, 10), { width: 380, height: 2000 }, { width: 1280, height: 2000 }).maxHeight).toBe(MAX_CARD_HEIGHT_PX);
  });
});
