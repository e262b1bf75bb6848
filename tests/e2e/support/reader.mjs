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
