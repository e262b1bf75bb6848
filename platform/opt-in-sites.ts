// Sites outside the curated list that the reader switched on: each has a granted optional host
// permission, and one dynamic content-script registration covers them all.
import { browser } from 'wxt/browser';
import { matchPatternsFor } from '../core/news-sites';

const REGISTRATION_ID = 'policy-context-opt-in';
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export async function syncOptInRegistration(sites: readonly string[]): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const existing = await scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  if (sites.length === 0) return;
  await scripting.registerContentScripts([
    { id: REGISTRATION_ID, js: [CONTENT_SCRIPT_FILE], matches: sites.flatMap(matchPatternsFor), runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Runs the content script in a tab now, so switching a site on takes effect without a reload. */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}
