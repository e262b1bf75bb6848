// The content script, as an unlisted script the background registers (and injects) only where the
// reader has Policy Context on: a switched-off site never receives it. Wiring only; the work is
// ContentSession's. Unlisted, not a WXT content script: WXT's content-script context announces
// itself to the page and can be stopped by a page event of that name.
import { highlightApiAvailable } from '../page/highlights';
import { ContentSession } from '../page/content-session';
import { t } from '../platform/i18n';
import { extensionApi as browser, replyThrough } from '../platform/extension-api';
import { askBackground } from '../platform/messages';
import { loadSettings, watchSettings } from '../platform/settings-store';

declare const __PC_TEST_BUILD__: boolean;

/** One session per page and extension instance; a second injection only re-reads the settings. */
const SESSION_KEY = Symbol.for('policy-context.session');

export default defineUnlistedScript(() => {
  if (!highlightApiAvailable()) return; // older browser: no safe way to mark text, so do nothing
  const holder = globalThis as { [SESSION_KEY]?: ContentSession };
  const existing = holder[SESSION_KEY];
  if (existing && !existing.isDisposed && browser.runtime?.id) {
    void existing.refresh();
    return;
  }
  existing?.dispose();
  const session = new ContentSession({
    doc: document,
    win: window,
    hostname: location.hostname,
    ask: askBackground,
    loadSettings: async () => (await loadSettings()).settings,
    watchSettings,
    listen: (handler) => {
      // A failure still answers, so the sender never waits on a channel Chrome closes only when the page goes.
      const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) =>
        replyThrough(sendResponse, () => handler(message, sender));
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    extensionId: () => {
      try {
        return browser.runtime?.id ?? undefined;
      } catch {
        return undefined;
      }
    },
    // Closed in every build readers get; the test build opens it so probes can read the card.
    shadowMode: __PC_TEST_BUILD__ ? 'open' : 'closed',
    t: (key) => t(key),
  });
  holder[SESSION_KEY] = session;
  void session.begin().catch(() => session.dispose());
});
