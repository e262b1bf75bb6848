// The browser's own extension API, without webextension-polyfill, for the modules the content script
// loads (ADR 0013): the polyfill cost the content script about 3 kB of its 40 kB gzip budget, and
// every call these modules make already answers with a promise natively, in Firefox (`browser`) and
// in Chrome's Manifest V3 (`chrome`, and `browser` in recent Chrome). Each namespace comes from
// whichever of the two really has it (review s6c): in Chrome's content-script world an element the
// page names "browser" or "chrome" (<form id="browser"><input name="runtime">) shows up on window,
// and a form's named field shadows the API Chrome attaches to it.
import type { WxtBrowser } from 'wxt/browser';

type Api = WxtBrowser;
const scope = globalThis as { browser?: Api; chrome?: Api };

/** The first `key` namespace that passes `real` (functions a DOM node cannot forge), else the plain lookup. */
function pick<K extends 'runtime' | 'storage' | 'i18n' | 'tabs'>(key: K, real: (ns: unknown) => boolean): Api[K] {
  for (const api of [scope.browser, scope.chrome]) {
    try {
      const ns = api?.[key];
      if (ns && real(ns)) return ns;
    } catch {
      // a getter the page planted: try the next one
    }
  }
  return (scope.browser ?? scope.chrome)?.[key] as Api[K];
}

/** Whether the value at path under ns is a function (which no element a page writes can be). */
const fn = (ns: unknown, ...path: string[]) => typeof path.reduce<unknown>((o, k) => (o as Record<string, unknown> | null | undefined)?.[k], ns) === 'function';

/** What a real namespace has and a page's element cannot: the functions our modules call. */
const REAL: Record<'runtime' | 'storage' | 'i18n' | 'tabs', (ns: unknown) => boolean> = {
  'runtime': (r) => fn(r, 'sendMessage') && fn(r, 'onMessage', 'addListener'),
  'storage': (s) => fn(s, 'local', 'get') && fn(s, 'onChanged', 'addListener'),
  'i18n': (i) => fn(i, 'getMessage'),
  'tabs': (t) => fn(t, 'sendMessage'),
};

/**
 * Only the namespaces the shared platform modules use, each looked up once, on first use.
 * (Quoted keys, no `get storage()`: WXT's auto-import reads a bare `storage` as wxt/storage, 3 kB.)
 */
export const extensionApi = {} as WxtBrowser;
for (const key of Object.keys(REAL) as (keyof typeof REAL)[]) {
  let value: unknown;
  let looked = false;
  Object.defineProperty(extensionApi, key, {
    get: () => {
      if (!looked) [value, looked] = [pick(key, REAL[key]), true];
      return value;
    },
  });
}

/**
 * Older Chrome rejects a message nobody answered with this error (Chrome 156 resolves it as
 * `undefined`); the polyfill and Firefox resolve it as `undefined`. Callers are written for that.
 */
const NO_ANSWER = 'The message port closed before a response was received.';

/** A sent message's answer, `undefined` when the receiver did not answer (as in Firefox). */
export function answered<T>(sent: Promise<T>): Promise<T | undefined> {
  return sent.catch((error: unknown) => {
    if (error instanceof Error && error.message === NO_ANSWER) return undefined;
    throw error;
  });
}

/**
 * Answers a `runtime.onMessage` message through `sendResponse` and keeps the channel open (returns
 * true): the form every Chrome and Firefox takes, polyfill or not (Chrome ignores a returned promise;
 * ADR 0013). A handler that throws or rejects still answers, with an error reply, never the
 * polyfill's private rejection object; a sender that closed meanwhile is ignored. No reply: false.
 */
export function replyThrough(sendResponse: (answer: unknown) => void, produce: () => Promise<unknown> | undefined): boolean {
  let reply: Promise<unknown> | undefined;
  try {
    reply = produce();
  } catch (error) {
    reply = Promise.reject(error);
  }
  if (!reply) return false;
  const send = (answer: unknown) => {
    try {
      sendResponse(answer);
    } catch {
      // the sender (a popup) closed meanwhile
    }
  };
  reply.then(send, (error: unknown) => send({ ok: false, error: String(error) }));
  return true;
}
