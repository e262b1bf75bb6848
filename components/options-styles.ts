// Options page styles: a single readable column; light and dark follow the system; every control
// shows where keyboard focus is.
export const OPTIONS_CSS = `
:root { color-scheme: light dark;
  --pc-bg: #f6f7f9; --pc-panel: #ffffff; --pc-text: #1d2330; --pc-muted: #5a6272; --pc-line: #d9dde4;
  --pc-accent: #8a5d00; --pc-focus: #b07800; --pc-notice: #fff3cc; --pc-notice-line: #e0b000;
  --pc-danger: #b3261e; --pc-danger-text: #ffffff; --pc-button: #eef0f4; }
@media (prefers-color-scheme: dark) {
  :root { --pc-bg: #161a24; --pc-panel: #1e2230; --pc-text: #e7e9ee; --pc-muted: #a9b0bf; --pc-line: #363c4d;
    --pc-accent: #f0c050; --pc-focus: #f0c050; --pc-notice: #3a3110; --pc-notice-line: #a88400;
    --pc-danger: #e2675f; --pc-danger-text: #1b0b0a; --pc-button: #2a3042; }
}
body { margin: 0; background: var(--pc-bg); color: var(--pc-text);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif; }
.pc-options { max-width: 760px; margin: 0 auto; padding: 24px 20px 40px; }
.pc-opt-head h1 { font-size: 22px; margin: 0 0 2px; }
.pc-opt-head { margin-bottom: 16px; }
.pc-hint, .pc-empty { color: var(--pc-muted); font-size: 13px; }
.pc-hint { display: block; }
.pc-opt-row-main .pc-hint { display: inline; }
.pc-opt-section { background: var(--pc-panel); border: 1px solid var(--pc-line); border-radius: 10px;
  padding: 14px 18px; margin: 0 0 14px; min-width: 0; }
fieldset.pc-opt-section { padding-top: 10px; }
.pc-opt-section legend, .pc-opt-section h2 { font-size: 15px; font-weight: 650; margin: 0 0 6px; padding: 0; }
fieldset.pc-opt-section > legend { float: left; width: 100%; }
fieldset.pc-opt-section > legend + * { clear: both; }
.pc-opt-section .pc-opt-section { border: 0; padding: 0; margin: 0; background: none; }
.pc-opt-subgroup { border: 0; padding: 0; margin: 12px 0 0; min-width: 0; }
.pc-opt-subgroup > legend { font-size: 13px; font-weight: 650; text-transform: uppercase; letter-spacing: .04em; color: var(--pc-muted); }
.pc-opt-off { opacity: .55; }
.pc-opt-master { display: flex; flex-direction: column; gap: 2px; }
.pc-opt-master .pc-hint { margin: 0 0 0 24px; }
.pc-opt-big { font-size: 16px; font-weight: 650; }
ul.pc-opt-choices, ul.pc-opt-rows, ul.pc-opt-site-grid, .pc-pack-list { list-style: none; margin: 0; padding: 0; }
.pc-opt-choices li { margin: 4px 0; }
.pc-choice { display: flex; gap: 10px; align-items: flex-start; cursor: pointer; padding: 4px 6px; border-radius: 6px; }
.pc-choice:hover { background: rgba(127,127,127,.1); }
.pc-choice input { margin-top: 3px; flex: none; }
.pc-choice-label { font-weight: 550; }
.pc-switch { display: inline-flex; gap: 8px; align-items: center; cursor: pointer; }
.pc-opt-site-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 4px 12px; margin-top: 6px; }
.pc-opt-rows li, .pc-pack { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; padding: 7px 0; border-top: 1px solid var(--pc-line); }
.pc-opt-rows li:first-child, .pc-pack:first-child { border-top: 0; }
.pc-opt-row-main { flex: 1 1 300px; min-width: 0; overflow-wrap: anywhere; }
.pc-opt-add-site, .pc-packs-import { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 10px; }
.pc-opt-dwell-row { display: flex; gap: 10px; align-items: center; }
.pc-opt-dwell-row input[type=range] { flex: 1; max-width: 360px; accent-color: var(--pc-accent); }
input[type=number] { width: 6em; }
input[type=text], input[type=number] { font: inherit; color: inherit; background: var(--pc-bg);
  border: 1px solid var(--pc-line); border-radius: 6px; padding: 5px 8px; }
input[type=checkbox], input[type=radio] { accent-color: var(--pc-accent); width: 16px; height: 16px; }
button { font: inherit; color: inherit; background: var(--pc-button); border: 1px solid var(--pc-line);
  border-radius: 6px; padding: 4px 12px; cursor: pointer; }
button:hover { border-color: var(--pc-muted); }
button.pc-danger { background: var(--pc-danger); color: var(--pc-danger-text); border-color: var(--pc-danger); }
:focus-visible { outline: 2px solid var(--pc-focus); outline-offset: 2px; }
input:focus-visible { outline-offset: 1px; }
.pc-notice { background: var(--pc-notice); border: 1px solid var(--pc-notice-line); border-radius: 8px; padding: 8px 12px; margin: 0 0 14px; }
.pc-opt-status, .pc-pack-status, .pc-pack-error { min-height: 1.5em; margin: 8px 0 0; font-size: 13px; }
.pc-opt-status:empty, .pc-pack-status:empty, .pc-pack-error:empty { min-height: 0; margin: 0; }
.pc-opt-error, .pc-pack-error { color: var(--pc-danger); }
.pc-opt-undo { margin-left: 6px; padding: 1px 10px; }
.pc-opt-why { margin: 6px 6px 0; }
.pc-opt-confirm p { margin: 0 0 8px; }
.pc-opt-export { margin-top: 8px; }
.pc-pack-name { font-weight: 550; }
.pc-pack-description { flex-basis: 100%; margin: 0; }
.pc-opt-foot { color: var(--pc-muted); font-size: 12px; text-align: center; margin-top: 20px; }
.pc-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
