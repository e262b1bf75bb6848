// Re-annotates when the story's text changes (late-loading bodies, single-page apps, live blogs).
// Mutations inside our own card host are ignored; bursts are coalesced into one re-scan.

/** Quiet period before re-scanning: long enough to coalesce a render burst, short enough to feel live. */
export const RESCAN_DEBOUNCE_MS = 400;

export function watchStory(
  doc: Document,
  currentRoot: () => Element | undefined,
  ownHostTag: string,
  rescan: () => void,
  signal: AbortSignal,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) => {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!target || target.closest(ownHostTag)) return false;
      const root = currentRoot();
      // Changes inside the story, or large additions elsewhere (the story may have been replaced).
      return (root && root.contains(target)) || r.addedNodes.length > 0 && !root?.isConnected;
    });
    if (!relevant) return;
    clearTimeout(timer);
    timer = setTimeout(rescan, RESCAN_DEBOUNCE_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
