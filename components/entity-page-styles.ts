// The entity page's styles: a readable column, light and dark from the system, focus always visible.
// The page is the extension's own document, so plain selectors with an ep- prefix are enough.
export const ENTITY_PAGE_CSS = `
:root {
  color-scheme: light dark;
  --ep-bg: #ffffff; --ep-fg: #1d2330; --ep-muted: #5b6475; --ep-line: #dfe3ea; --ep-accent: #8a5a00;
  --ep-link: #1f4fa8; --ep-chip: #f1f3f7; --ep-panel: #f7f8fa; --ep-focus: #b07800;
  --ep-met: #1d7a3a; --ep-missed: #b42318; --ep-pending: #8a5a00; --ep-unclear: #5b6475;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ep-bg: #161a24; --ep-fg: #e7e9ee; --ep-muted: #a3aab8; --ep-line: #363c4e; --ep-accent: #f0b44c;
    --ep-link: #9cc1ff; --ep-chip: #2a3042; --ep-panel: #1e2230; --ep-focus: #f0b44c;
    --ep-met: #6fcf8a; --ep-missed: #ff8a7a; --ep-pending: #f0b44c; --ep-unclear: #a3aab8;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--ep-bg); color: var(--ep-fg);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif;
}
a { color: var(--ep-link); }
:focus-visible { outline: 3px solid var(--ep-focus); outline-offset: 2px; border-radius: 3px; }
.ep-banner, .ep-main, .ep-footer { max-width: 760px; margin: 0 auto; padding: 0 20px; }
.ep-banner { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; padding-top: 14px; padding-bottom: 10px; border-bottom: 1px solid var(--ep-line); font-size: 13px; }
.ep-brand { font-weight: 650; color: var(--ep-accent); }
.ep-footer { color: var(--ep-muted); font-size: 12px; padding-top: 12px; padding-bottom: 32px; border-top: 1px solid var(--ep-line); }
.ep-muted { color: var(--ep-muted); }
.ep-head { margin: 20px 0 8px; }
.ep-kicker { margin: 0; display: flex; gap: 12px; flex-wrap: wrap; font-size: 12px; color: var(--ep-muted); }
.ep-type { color: var(--ep-accent); font-weight: 650; text-transform: uppercase; letter-spacing: .04em; }
h1 { font-size: 26px; line-height: 1.25; margin: 4px 0 6px; }
.ep-other-name { display: block; font-size: 17px; font-weight: 500; color: var(--ep-muted); margin-top: 2px; }
.ep-pack { margin: 4px 0; font-size: 13px; padding: 4px 8px; border-radius: 6px; background: var(--ep-chip); display: inline-block; }
.ep-summary { font-size: 16px; margin: 10px 0 0; }
.ep-section { margin: 22px 0; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--ep-muted); margin: 0 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--ep-line); }
h3 { font-size: 13px; color: var(--ep-muted); margin: 12px 0 4px; font-weight: 600; }
ul, ol { margin: 0; padding-left: 20px; }
li { margin: 4px 0; }
.ep-names { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 8px 16px; margin: 0; }
.ep-names dt { font-size: 12px; color: var(--ep-muted); }
.ep-names dd { margin: 0; font-size: 16px; }
.ep-aliases { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 14px; font-size: 14px; }
.ep-aliases li { margin: 0; }
.ep-aliases .ep-muted { font-size: 12px; }
.ep-label { font-weight: 600; }
.ep-cites { font-size: 11px; margin-left: 2px; }
.ep-cites a { color: var(--ep-accent); text-decoration: none; padding: 0 1px; }
.ep-cites a:hover { text-decoration: underline; }
.ep-disputes > ul { list-style: none; padding: 0; }
.ep-disputes li { border-left: 3px solid var(--ep-accent); padding: 2px 0 2px 12px; }
.ep-disputes p { margin: 0 0 4px; }
.ep-sides { font-size: 13px; color: var(--ep-muted); }
.ep-timeline { list-style: none; padding: 0; border-left: 2px solid var(--ep-line); margin-left: 6px; }
.ep-event { display: grid; grid-template-columns: 110px 1fr; gap: 12px; position: relative; padding-left: 16px; }
.ep-event::before { content: ""; position: absolute; left: -6px; top: .55em; width: 10px; height: 10px; border-radius: 50%; background: var(--ep-bg); border: 2px solid var(--ep-accent); }
.ep-event time { font-variant-numeric: tabular-nums; color: var(--ep-muted); font-size: 13px; padding-top: 1px; }
.ep-event-start, .ep-event-end { font-weight: 600; }
.ep-status-badge { font-size: 12px; font-weight: 600; padding: 0 6px; border-radius: 9px; border: 1px solid currentColor; white-space: nowrap; }
.ep-status-met { color: var(--ep-met); }
.ep-status-missed { color: var(--ep-missed); }
.ep-status-pending { color: var(--ep-pending); }
.ep-status-unclear { color: var(--ep-unclear); }
.ep-outcome { color: var(--ep-muted); }
.ep-related { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.ep-chip { display: inline-block; background: var(--ep-chip); color: var(--ep-fg); border-radius: 12px; padding: 2px 10px; text-decoration: none; font-size: 14px; }
.ep-chip:hover { text-decoration: underline; }
.ep-chip-other { color: var(--ep-muted); }
.ep-sources { padding-left: 28px; }
.ep-source { margin: 10px 0; }
.ep-source:target { background: var(--ep-panel); outline: 2px solid var(--ep-accent); border-radius: 4px; }
.ep-source-line { margin: 0; overflow-wrap: anywhere; }
.ep-copy { margin: 4px 0 0; display: flex; gap: 6px; flex-wrap: wrap; }
.ep-copy button { font: inherit; font-size: 12px; padding: 2px 10px; border-radius: 6px; border: 1px solid var(--ep-line); background: var(--ep-panel); color: var(--ep-fg); cursor: pointer; }
.ep-copy button:hover { border-color: var(--ep-accent); }
.ep-citation { margin-top: 4px; font-size: 13px; }
.ep-citation summary { cursor: pointer; color: var(--ep-muted); }
.ep-citation p { margin: 6px 0 2px; font-size: 12px; }
.ep-citation pre { margin: 0; padding: 8px; border-radius: 6px; background: var(--ep-panel); border: 1px solid var(--ep-line); white-space: pre-wrap; overflow-wrap: anywhere; font-size: 12px; user-select: all; }
/* Sticky: "Copied" shows at the foot of the window, next to whichever source was copied. */
.ep-status { position: sticky; bottom: 0; margin: 0; padding: 6px 0; font-size: 13px; background: var(--ep-bg); border-top: 1px solid var(--ep-line); }
.ep-status:empty { padding: 0; border: 0; }
.ep-problem { margin: 32px 0; }
.ep-message { font-size: 16px; }
@media (max-width: 520px) { .ep-event { grid-template-columns: 1fr; gap: 0; } }
`;
