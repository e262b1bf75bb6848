// The browser's own extension API, without webextension-polyfill, for the modules the content script
// loads (ADR 0013): the polyfill cost the content script about 3 kB of its 40 kB gzip budget, and
// every call these modules make already answers with a promise natively, in Firefox (`browser`) and
// in Chrome's Manifest V3 (`chrome`). The two places the polyfill differed are bridged here and
// where the content script listens for messages (entrypoints/policy-context.ts).
import type { WxtBrowser } from 'wxt/browser';

const scope = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser };

/** Firefox's `browser`, else Chrome's `chrome`: the same API shape, both promise-based for our calls. */
export const extensionApi: WxtBrowser = scope.browser ?? scope.chrome!;

/**
 * Chrome rejects a message nobody answered with this error; the polyfill (and Firefox) resolve it
 * as `undefined`. Callers were written for the latter.
 */
const NO_ANSWER = 'The message port closed before a response was received.';

/** A sent message's answer, `undefined` when the receiver did not answer (as in Firefox). */
export function answered<T>(sent: Promise<T>): Promise<T | undefined> {
  return sent.catch((error: unknown) => {
    if (error instanceof Error && error.message === NO_ANSWER) return undefined;
    throw error;
  });
}
