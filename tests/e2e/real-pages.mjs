// Real saved pages (../shared/realpages, not in this repository): with the extension on, each page's
// DOM must be exactly what it is with the extension off, and the extension must add no page error.
// The control load is the same page under a host outside the news list (extension off there).
// A page whose own scripts make two plain loads differ cannot be compared node for node; it is
// listed as such, and still checked for errors and for at most our one card host.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assert, createSuite } from './support/harness.mjs';
import * as probe from './support/page-probes.mjs';
import { OFF_HOST, REALPAGES_DIR, TEST_HOST } from '../../tools/local-web.mjs';

/** Time for the page's scripts and our content script (document_idle) to settle after load. */
const SETTLE_MS = 600;

async function snapshot(browser, server, name, host) {
  const page = await browser.newPage();
  // Some saved pages make Firefox report the navigation as failed ("Address rejected", for a
  // file:// image) while the document is still loading, so wait for it to finish on its own.
  await page.goto(server.pageUrl(`/pc/realpages/${name}`, host), { waitUntil: 'load' }).catch(() => undefined);
  const loadDeadline = Date.now() + 10000;
  while (Date.now() < loadDeadline && (await page.evaluate(() => document.readyState).catch(() => '')) !== 'complete') {
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const dom = (await page.evaluate(probe.domWithoutCardHost).catch((e) => `evaluate failed: ${e}`)).replaceAll(host, 'HOST');
  const hosts = await page.evaluate(probe.cardHostCount).catch(() => -1);
  const errors = page.errors.map((e) => e.replaceAll(host, 'HOST'));
  await page.close();
  return { dom, hosts, errors };
}

export function realPages() {
  const suite = createSuite('real pages');
  if (!existsSync(REALPAGES_DIR)) {
    suite.test('real pages are available', () => {
      throw new Error(`missing ${REALPAGES_DIR}: these tests need the shared folder beside the project`);
    });
    return suite;
  }
  const names = readdirSync(REALPAGES_DIR).filter((n) => existsSync(join(REALPAGES_DIR, n, 'page.html'))).sort();
  suite.test(`${names.length} real pages: DOM identical with the extension on and off, no new page errors`, async ({ browser, server }) => {
    const problems = [];
    const selfChanging = [];
    const flaky = [];
    let identical = 0;
    for (const name of names) {
      const off = await snapshot(browser, server, name, OFF_HOST);
      const on = await snapshot(browser, server, name, TEST_HOST);
      if (on.hosts > 0) problems.push(`${name}: a card host was added without any hover`);
      const newErrors = on.errors.filter((e) => !off.errors.includes(e));
      if (on.dom === off.dom && newErrors.length === 0) {
        identical++;
        continue;
      }
      // A difference: is it ours, or does the page differ between loads anyway? Some pages' scripts
      // race (yahoo-4 sometimes leaves a script element in place), so both loads get a second try.
      const again = await snapshot(browser, server, name, OFF_HOST);
      if (again.dom !== off.dom || JSON.stringify(again.errors) !== JSON.stringify(off.errors)) {
        selfChanging.push(name);
        continue;
      }
      // A page whose scripts race can end differently from load to load even when two plain loads
      // agreed; our content script's work shifts timing. Up to three more loads: one must match.
      let lastErrors = [];
      let matched = false;
      for (let attempt = 0; attempt < 3 && !matched; attempt++) {
        const onAgain = await snapshot(browser, server, name, TEST_HOST);
        lastErrors = onAgain.errors.filter((e) => !off.errors.includes(e));
        matched = onAgain.dom === off.dom && lastErrors.length === 0;
      }
      if (matched) {
        identical++;
        flaky.push(name);
      } else if (lastErrors.length) problems.push(`${name}: new page error ${lastErrors[0]}`);
      else problems.push(`${name}: DOM differs with the extension on, four loads out of four, while two plain loads agree`);
    }
    console.log(`    ${identical} identical (${flaky.length} on a second try: ${flaky.join(', ') || 'none'}), ${selfChanging.length} change themselves between plain loads${selfChanging.length ? ` (${selfChanging.join(', ')})` : ''}`);
    assert(problems.length === 0, problems.join('; '));
    assert(identical > 0, 'no page could be compared');
  });
  return suite;
}
