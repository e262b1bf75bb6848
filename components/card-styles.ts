// Styles for EntityCard, shared by the hover card's shadow root and the popup. Colours follow the
// system's light or dark scheme; nothing from the host page reaches into the shadow root.
// Custom properties and direction are the two things that inherit into a shadow root past
// `all: initial`: every variable used here is defined on .pc-card itself, and direction is fixed.
export const CARD_CSS = `
:host { all: initial; }
/* The colours: on the card and on the frame of the hover card, never on the host (page styles beat host rules). */
.pc-card, .pc-popover {
  --pc-bg: #fff; --pc-fg: #1d2330; --pc-muted: #5b6475; --pc-line: #dfe3ea; --pc-accent: #8a5a00;
  --pc-chip: #f1f3f7; --pc-met: #1d7a3a; --pc-missed: #b42318;
  --pc-context-bg: rgba(20, 33, 61, 0.06);
}
@media (prefers-color-scheme: dark) {
  .pc-card, .pc-popover {
    --pc-bg: #1e2230; --pc-fg: #e7e9ee; --pc-muted: #a3aab8; --pc-line: #363c4e; --pc-accent: #f0b44c;
    --pc-chip: #2a3042; --pc-met: #6fcf8a; --pc-missed: #ff8a7a;
    --pc-context-bg: rgba(240, 180, 76, 0.12);
  }
}
.pc-card {
  direction: ltr; unicode-bidi: isolate;
  /* system-ui is the face of the platform in Chrome and Firefox; CJK SC for Chinese on Linux. */
  font: 13px/1.45 system-ui, "Noto Sans CJK SC", sans-serif;
  color: var(--pc-fg); background: var(--pc-bg);
  box-sizing: border-box; text-align: left;
}
/* Read by screen readers, not shown (source numbers spelled out; the popup's h1 in its detail view). */
.pc-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.pc-head { margin-bottom: 6px; }
.pc-title { font-size: 15px; font-weight: 650; margin: 0; line-height: 1.3; }
.pc-zh { font-weight: 500; margin-left: 8px; color: var(--pc-muted); }
/* The Chinese UI puts the Chinese name first and the English one on its own line under it. */
.pc-en { display: block; font-size: 13px; font-weight: 500; color: var(--pc-muted); }
.pc-match-note { margin: 4px 0 0; color: var(--pc-muted); font-size: 11px; font-style: italic; }
.pc-meta { margin: 2px 0 0; color: var(--pc-muted); font-size: 12px; display: flex; gap: 8px; flex-wrap: wrap; }
.pc-context { list-style: none; margin: 6px 0; padding: 6px 8px; border-radius: 6px; background: var(--pc-context-bg); font-size: 12.5px; }
.pc-context-label, .pc-fact-label { font-weight: 600; }
.pc-then { display: block; font-size: 12px; font-style: italic; }
.pc-as-of { margin: 6px 0 0; font-size: 11px; opacity: .75; }
.pc-type { color: var(--pc-accent); font-weight: 600; text-transform: uppercase; letter-spacing: .03em; font-size: 11px; }
.pc-summary { margin: 6px 0 8px; }
.pc-card h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--pc-muted); margin: 10px 0 4px; font-weight: 600; }
.pc-card ul, .pc-card ol { margin: 0; padding-left: 18px; }
.pc-card li { margin: 2px 0; }
.pc-date { font-variant-numeric: tabular-nums; color: var(--pc-muted); }
.pc-cites { color: var(--pc-accent); font-size: 10px; margin-left: 2px; }
.pc-status { font-size: 11px; font-weight: 600; padding: 0 5px; border-radius: 8px; border: 1px solid currentColor; }
.pc-status-met .pc-status { color: var(--pc-met); }
.pc-status-missed .pc-status { color: var(--pc-missed); }
.pc-status-pending .pc-status { color: var(--pc-accent); }
.pc-status-unclear .pc-status { color: var(--pc-muted); }
.pc-outcome { color: var(--pc-muted); }
.pc-disputes { border-left: 3px solid var(--pc-accent); padding-left: 8px; }
.pc-related { list-style: none; padding: 0 !important; display: flex; flex-wrap: wrap; gap: 4px; }
.pc-chip { font: inherit; font-size: 12px; background: var(--pc-chip); color: var(--pc-fg); border: 0; border-radius: 10px; padding: 1px 8px; cursor: pointer; }
.pc-chip:focus-visible { outline: 2px solid var(--pc-accent); }
.pc-sources { border-top: 1px solid var(--pc-line); margin-top: 10px; padding-top: 2px; font-size: 12px; }
.pc-sources a { color: var(--pc-fg); }
.pc-source-meta { color: var(--pc-muted); }
`;

export const HOVER_CARD_CSS = `
${CARD_CSS}
.pc-popover {
  position: fixed; top: 0; left: 0; width: min(380px, calc(100vw - 16px)); max-height: min(480px, calc(100vh - 16px));
  box-sizing: border-box; overflow: auto; border-radius: 10px; padding: 12px 14px; z-index: 2147483647;
  background: var(--pc-bg); border: 1px solid var(--pc-line); box-shadow: 0 8px 28px rgba(0,0,0,.18); direction: ltr;
}
.pc-actions { position: absolute; top: 8px; right: 8px; display: flex; gap: 4px; align-items: center; }
.pc-popover .pc-title { padding-right: 84px; }
.pc-open-detail { font: 11px system-ui; background: none; border: 1px solid currentColor; border-radius: 6px; padding: 1px 6px; cursor: pointer; color: var(--pc-accent); }
.pc-close { font: 16px/1 system-ui; background: none; border: 0; color: var(--pc-muted); cursor: pointer; padding: 4px; }
/* Keyboard focus is always visible: the commands move focus into the card, Tab walks its buttons and links
   (focus from a click shows no ring: the browsers draw rings for :focus-visible only). */
.pc-popover:focus-visible, .pc-popover :focus-visible { outline: 2px solid var(--pc-accent); outline-offset: 2px; border-radius: 4px; }
.pc-not-this { position: sticky; bottom: -12px; margin: 8px -14px -12px; padding: 6px 14px; display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center;
  font: 11px system-ui; color: var(--pc-muted); background: var(--pc-chip); border-top: 1px solid var(--pc-line); }
.pc-not-this button { font: inherit; background: none; border: 0; padding: 0; color: var(--pc-accent); text-decoration: underline; cursor: pointer; }
.pc-not-this button:focus-visible { outline-offset: 0; }
`;
