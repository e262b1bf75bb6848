// Popup styles: the card's styles plus the popup's own; light and dark follow the system.
import { CARD_CSS } from './card-styles';

export const POPUP_CSS = `
${CARD_CSS.replace(/:host\s*\{\s*all:\s*initial;?\s*\}/, '')}
:root { color-scheme: light dark; }
body { margin: 0; width: 380px; min-height: 200px; background: #ffffff; color: #1d2330;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif; }
@media (prefers-color-scheme: dark) { body { background: #1e2230; color: #e7e9ee; } }
.pc-popup { padding: 12px 14px; }
.pc-popup-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.pc-popup h1 { font-size: 15px; margin: 0; }
.pc-page-index h2 { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; opacity: .7; margin: 12px 0 4px; }

.pc-switch { display: flex; align-items: center; gap: 6px; font-size: 12px; cursor: pointer; }
.pc-site { margin: 8px 0; display: flex; flex-direction: column; gap: 2px; }
.pc-hint, .pc-empty, .pc-popup-foot { font-size: 12px; opacity: .7; }
.pc-no-story { display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
.pc-mark-page { font: inherit; padding: 4px 10px; cursor: pointer; }
.pc-notice { font-size: 12px; background: rgba(255,196,0,.18); border-radius: 6px; padding: 6px 8px; }
.pc-search-label { display: block; font-size: 11px; text-transform: uppercase; letter-spacing: .05em; opacity: .7; margin: 10px 0 4px; }
.pc-search { width: 100%; box-sizing: border-box; font: inherit; padding: 6px 8px; border-radius: 6px; border: 1px solid #b9c0cc; background: transparent; color: inherit; }
.pc-search:focus { outline: 2px solid #b07800; border-color: transparent; }
.pc-popup ul { list-style: none; margin: 4px 0; padding: 0; }
.pc-popup li { display: flex; align-items: stretch; }
.pc-row { flex: 1; display: flex; justify-content: space-between; gap: 8px; text-align: left; font: inherit; color: inherit; background: none; border: 0; border-radius: 6px; padding: 5px 6px; cursor: pointer; }
.pc-result { flex-direction: column; gap: 0; }
.pc-row:hover, .pc-row:focus-visible, .pc-more:hover { background: rgba(127,127,127,.14); }
.pc-result-meta, .pc-count { font-size: 11px; opacity: .7; }
.pc-more { font: inherit; background: none; border: 0; color: inherit; cursor: pointer; border-radius: 6px; padding: 0 6px; }
.pc-back { font: inherit; background: none; border: 0; color: inherit; cursor: pointer; padding: 0 0 8px; opacity: .8; }
.pc-popup-foot { margin-top: 12px; }
.pc-options-link { font: inherit; font-size: 13px; background: none; border: 0; padding: 2px 4px; color: #7a4d00; text-decoration: underline; cursor: pointer; }
@media (prefers-color-scheme: dark) { .pc-options-link { color: #f0b44c; } }
`;
