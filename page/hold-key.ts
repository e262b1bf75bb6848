// The "hold" highlight style: marks show only while the reader holds Alt. Only trusted key events
// count (a page script cannot reveal or hide the marks); leaving the window or tab hides them
// again, since the keyup may then never reach this page.
export function watchHoldKey(win: Window, onChange: (held: boolean) => void, signal: AbortSignal): void {
  let held = false;
  const set = (next: boolean) => {
    if (next === held) return;
    held = next;
    onChange(held);
  };
  const options = { capture: true, signal };
  win.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.key === 'Alt') set(true);
  }, options);
  win.addEventListener('keyup', (e) => {
    if (e.isTrusted && e.key === 'Alt') set(false);
  }, options);
  // The window's own blur only (an element's blur reaches a capture listener here too).
  win.addEventListener('blur', (e) => {
    if (e.isTrusted && e.target === win) set(false);
  }, options);
  win.document.addEventListener('visibilitychange', (e) => {
    if (e.isTrusted) set(false);
  }, options);
}
