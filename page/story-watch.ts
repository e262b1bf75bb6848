// Re-annotates when the story's text changes (late-loading bodies, single-page apps, live blogs).
// Mutations inside our own card host are ignored; bursts are coalesced into one re-scan.

/** Quiet period before re-scanning: long enough to coalesce a render burst, short enough to feel live. */
export const RESCAN_DEBOUNCE_MS = 400;
/** A story that never stops changing (a ticking clock in it) is still re-scanned this often. */
export const RESCAN_MAX_WAIT_MS = 2000;

export function watchStory(
  doc: Document,
  currentRoots: () => readonly Element[],
  ownHostTag: string,
  rescan: () => void,
  signal: AbortSignal,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending: number | undefined;
  const run = () => {
    firstPending = undefined;
    rescan();
  };
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) => {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!target || target.closest(ownHostTag)) return false;
      const roots = currentRoots();
      // Changes inside the story, or additions elsewhere while there is no story yet (a late body)
      // or the story was replaced.
      if (roots.some((root) => root.contains(target))) return true;
      return r.addedNodes.length > 0 && (roots.length === 0 || roots.some((root) => !root.isConnected));
    });
    if (!relevant) return;
    const now = Date.now();
    firstPending ??= now;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(RESCAN_DEBOUNCE_MS, firstPending + RESCAN_MAX_WAIT_MS - now)));
  });
  // The whole document, not <body>: some sites swap <body> itself when they navigate.
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
