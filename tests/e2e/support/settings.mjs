// Writing the reader's settings from a test, the way the options page writes them: a version-2
// value in storage.local, from one of the extension's own pages (reached from a card's "Open").
import { waitFor } from './harness.mjs';
import * as probe from './page-probes.mjs';
import { openAnnotated } from './reader.mjs';
import { openExtensionPageFromCard } from '../journey.mjs';

/** Merges a change into the stored settings, as version 2 (evaluated in an extension page). */
export const setSettings = (ext, change) => ext.evaluate(async (patch) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const { settings } = await api.storage.local.get('settings');
  await api.storage.local.set({ settings: { ...(settings ?? {}), ...patch, version: 2 } });
}, change);

export const resetSettings = (ext) => ext.evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.local.remove('settings'));

/** An annotated article and an extension page (from its card) to write settings with. */
export async function articleWithSettings(browser, server, path = '/pc/demo') {
  const article = await openAnnotated(browser, server, path);
  const ext = await openExtensionPageFromCard(browser, article, 'Huawei');
  await article.bringToFront();
  await article.keyboard.press('Escape');
  await waitFor(() => article.evaluate(probe.cardText).then((t) => t === ''), { message: 'card closed' });
  return { article, ext };
}

/**
 * Runs fn with these settings in force, then back to defaults. For tests about volume (long
 * stories are marked at first mentions only by default: those tests want every mention).
 */
export async function withSettings(browser, server, change, fn) {
  const { article, ext } = await articleWithSettings(browser, server);
  await article.close();
  await setSettings(ext, change);
  try {
    return await fn();
  } finally {
    await resetSettings(ext);
    await ext.close();
  }
}
