// What a reader does with the page, shared by the journeys and the hostile-page suite.
import { assert, waitFor } from './harness.mjs';
import * as probe from './page-probes.mjs';

/**
 * The browsers' own background traffic (time sync, updates, sign-in probes) goes through the same
 * proxy; it is not ours. Anything else a page load with the extension causes is a failure.
 */
const BROWSER_SERVICE_HOSTS = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.(com|org|net)|firefox\.com|mozaws\.net)(:\d+)?$/;
export function isBrowserServiceRequest(r) {
  const host = r.method === 'CONNECT' ? r.url.replace(/:\d+$/, '') : new URL(r.url).hostname;
  return BROWSER_SERVICE_HOSTS.test(host);
}

export async function openAnnotated(browser, server, path, host) {
  const page = await browser.newPage();
  await page.goto(server.pageUrl(path, host));
  await waitFor(() => page.evaluate(probe.highlightedTexts).then((t) => t.length > 0), { message: `highlights on ${path}` });
  return page;
}

/** Moves the pointer onto text the way a hand does: arrive, then rest. */
export async function hoverText(page, text, nth = 0) {
  const point = await page.evaluate(probe.pointOfText, [text, nth]);
  assert(point, `text "${text}" not found on the page`);
  await page.mouse.move(point.x - 40, point.y + 30);
  await new Promise((r) => setTimeout(r, 60));
  await page.mouse.move(point.x, point.y, { steps: 8 });
  await new Promise((r) => setTimeout(r, 60));
  await page.mouse.move(point.x + 1, point.y);
  return point;
}

export async function openCardFor(page, text, nth = 0) {
  await hoverText(page, text, nth);
  return waitFor(() => page.evaluate(probe.cardText), { message: `card for "${text}"` });
}

export const markCount = (page) => page.evaluate(probe.highlightedTexts).then((t) => t.length);

/** Clicks the card's Open button for the mark `text` and returns the entity page it opens. */
export async function openEntityPageFromCard(browser, article, text) {
  await openCardFor(article, text);
  const button = await article.evaluate(probe.pointInCard, '.pc-open-detail');
  assert(button, 'the card has an "Open" button');
  await article.mouse.move(button.x, button.y, { steps: 5 });
  await article.mouse.click(button.x, button.y);
  const page = await browser.waitForExtensionPage('entity.html');
  await waitFor(() => page.evaluate(() => document.querySelector('.ep-record h1')?.textContent ?? ''), { message: 'the entity page shows a record' });
  return page;
}

/**
 * The popup's page about the article's tab, opened as a tab: the entity page the card opened
 * navigates itself there (Firefox's automation cannot open an extension page, the page itself can).
 * The article is the tab to the entity page's left; the popup starts on the entity's detail view.
 */
export async function openPopupFromCard(browser, article, text) {
  const page = await openEntityPageFromCard(browser, article, text);
  await page.evaluate(() => {
    const api = globalThis.browser ?? globalThis.chrome;
    const id = new URLSearchParams(location.search).get('id');
    void api.tabs.getCurrent().then(async (me) => {
      const [left] = await api.tabs.query({ windowId: me.windowId, index: me.index - 1 });
      location.href = `popup.html?${new URLSearchParams({ tab: String(left.id), entity: id })}`;
    });
  });
  await waitFor(() => page.evaluate(() => document.querySelector('.pc-card h2')?.textContent ?? '').catch(() => ''), { message: 'the popup\'s detail view' });
  return page;
}
