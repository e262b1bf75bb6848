// Where the card goes, as plain arithmetic (tested in Node): below the mark, starting at its left
// edge; above it when there is more room there; slid sideways to stay inside the viewport; never
// taller than the room on its side. (floating-ui does this and much more, at about 5 kB gzip the
// content script's 40 kB budget could not keep; ADR 0007.)

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  x: number;
  y: number;
  maxHeight: number;
}

/** Space kept between the card and the viewport's edges. */
export const VIEWPORT_MARGIN_PX = 8;
/** Space between the mark and the card. */
export const GAP_PX = 6;
/** The card's height bounds: tall enough to read a summary, short enough to leave the article. */
export const MIN_CARD_HEIGHT_PX = 160;
export const MAX_CARD_HEIGHT_PX = 480;

/** anchor: the mark's box; card: the card's natural width and height; viewport: its size. */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - anchor.bottom - GAP_PX - VIEWPORT_MARGIN_PX;
  const above = anchor.top - GAP_PX - VIEWPORT_MARGIN_PX;
  const wanted = Math.min(card.height, MAX_CARD_HEIGHT_PX);
  // Below unless the card does not fit there and there is more room above.
  const goBelow = wanted <= below || below >= above;
  const room = goBelow ? below : above;
  const maxHeight = Math.max(MIN_CARD_HEIGHT_PX, Math.min(MAX_CARD_HEIGHT_PX, room));
  const height = Math.min(wanted, maxHeight);
  const y = goBelow ? anchor.bottom + GAP_PX : anchor.top - GAP_PX - height;
  const maxX = viewport.width - card.width - VIEWPORT_MARGIN_PX;
  const x = Math.max(VIEWPORT_MARGIN_PX, Math.min(anchor.left, maxX));
  return { x: Math.round(x), y: Math.round(Math.max(VIEWPORT_MARGIN_PX, y)), maxHeight: Math.round(maxHeight) };
}
