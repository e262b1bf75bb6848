// Re-annotates when the story's text changes (late-loading bodies, single-page apps, live blogs).
// Mutations inside our own card host are ignored; bursts are coalesced; a story that keeps
// changing without new marks backs off (core/rescan-policy.ts); nothing runs while the tab is
// hidden, and a pending re-scan runs when the reader comes back.
import { INITIAL_RESCAN_STATE, onChange, onRescanned, type RescanState } from '../core/rescan-policy';

/** A story replaced again sooner than this after the last reset keeps backing off. */
export const NEW_STORY_MIN_GAP_MS = 30_000;

/** Re-scans the story (the result is not needed here). */
export type Rescan = () => Promise<unknown>;

export function watchStory(
  doc: Document,
  currentRoots: () => readonly Element[],
  isOwnNode: (node: Node) => boolean,
  rescan: Rescan,
  signal: AbortSignal,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let state: RescanState = INITIAL_RESCAN_STATE;
  let waitingForVisible = false;
  let running = false;
  let changedWhileRunning = false;
  /** The address without its #fragment: a page that only changes its hash has not changed story. */
  const address = () => (doc.location?.href ?? '').split('#')[0];
  let lastUrl = address();
  let lastRoots: readonly Element[] = currentRoots();
  let lastReset = -Infinity;

  const run = async () => {
    timer = undefined;
    if (signal.aborted) return;
    if (doc.hidden) {
      waitingForVisible = true; // resumes on visibilitychange
      return;
    }
    running = true;
    state = { ...state, firstPending: undefined };
    // A new story: the address changed (pushState), or the story element we read was replaced.
    // A page with no story is not a new one each time; and a page that re-renders its story
    // element on every tick may reset the back-off at most once per NEW_STORY_MIN_GAP_MS.
    const now = Date.now();
    const replaced = address() !== lastUrl || (lastRoots.length > 0 && lastRoots.some((r) => !r.isConnected));
    const newStory = replaced && now - lastReset >= NEW_STORY_MIN_GAP_MS;
    if (newStory) lastReset = now;
    try {
      await rescan();
      lastUrl = address();
      lastRoots = currentRoots();
      state = onRescanned(state, newStory, Date.now());
    } catch {
      // A failed re-scan (context gone mid-way) leaves the last marks; the session decides what next.
    } finally {
      running = false;
    }
    if (changedWhileRunning) {
      changedWhileRunning = false;
      schedule();
    }
  };

  const schedule = () => {
    if (running) {
      changedWhileRunning = true;
      return;
    }
    const next = onChange(state, Date.now());
    state = next.state;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), next.delayMs);
  };

  const observer = new MutationObserver((records) => {
    const roots = currentRoots();
    const relevant = records.some((r) => {
      if (isOwnNode(r.target)) return false;
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!target) return false;
      // Changes inside the story, or additions elsewhere while there is no story yet (a late body)
      // or once the story was replaced.
      if (roots.some((root) => root.isConnected && root.contains(target))) return true;
      return r.addedNodes.length > 0 && (roots.length === 0 || roots.some((root) => !root.isConnected));
    });
    if (relevant) schedule();
  });
  // The whole document, not <body>: some sites swap <body> itself when they navigate.
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const onVisibility = () => {
    if (!doc.hidden && waitingForVisible) {
      waitingForVisible = false;
      void run();
    }
  };
  doc.addEventListener('visibilitychange', onVisibility, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
