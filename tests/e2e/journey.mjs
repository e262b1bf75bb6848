// What a reader does, in a real browser with the built extension: open an article on a news site,
// see the marks, hover one, read the card, press Esc, open the extension page, search.
// The same journey runs in Chromium (playwright-core) and Firefox (puppeteer-core).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, DOC_SCREENSHOTS, assert, assertEqual, createSuite, Skip, waitFor } from './support/harness.mjs';
import * as probe from './support/page-probes.mjs';
import { OFF_HOST } from '../../tools/local-web.mjs';
import { isBrowserServiceRequest, markCount, openAnnotated, openCardFor, openPopupFromCard } from './support/reader.mjs';

const FIXTURES = new URL('../fixtures/pages/', import.meta.url).pathname;
// The README's pictures of the popup and the dark card, retaken by `npm run screenshots` (as options.mjs and zh-ui.mjs do theirs).
const shot = async (browser, page, name) => {
  await page.screenshot({ path: join(ARTIFACTS, `${browser.name}-${name}`) });
  if (DOC_SCREENSHOTS && browser.name === 'chromium') await page.screenshot({ path: join(DOC_SCREENSHOTS, name) });
};
const expectations = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));

/** The extension's popup page about the article, reached from the card: its Open button opens the entity page, which goes on to the popup. */
export const openExtensionPageFromCard = openPopupFromCard;

export function journey() {
  const suite = createSuite('journey');

  suite.test('the demo article gets marks on its entities, and none in navigation, asides or footers', async ({ browser, server }) => {
    const page = await openAnnotated(browser, server, '/pc/demo');
    const texts = await page.evaluate(probe.highlightedTexts);
    for (const expected of expectations.demo.mustHighlight) {
      assert(texts.includes(expected), `"${expected}" should be highlighted; highlighted: ${JSON.stringify(texts)}`);
    }
    // The nav link "Made in China 2025 explained" is not story text: only the article's one mention counts.
    assertEqual(texts.filter((t) => t === 'Made in China 2025').length, 1, 'Made in China 2025: once in the story, not in the navigation');
    assertEqual(texts.filter((t) => t === 'Two Sessions').length, 2, 'Two Sessions: twice in the story, not in the related list');
    await page.screenshot({ path: join(ARTIFACTS, `${browser.name}-demo.png`) });
    await page.close();
  });

  suite.test('hovering a mark opens its card with the right facts; it stays while hovered; Esc closes it', async ({ browser, server }) => {
    const page = await openAnnotated(browser, server, '/pc/demo');
    const text = await openCardFor(page, 'Big Fund 3.0');
    for (const fact of expectations.demo.bigFund3Card) assert(text.includes(fact), `card should say "${fact}"; card: ${text.slice(0, 400)}`);
    await page.screenshot({ path: join(ARTIFACTS, `${browser.name}-card.png`) });
    const inCard = await page.evaluate(probe.pointInCard, '.pc-summary');
    assert(inCard, 'card summary not found');
    await page.mouse.move(inCard.x, inCard.y, { steps: 6 });
    await new Promise((r) => setTimeout(r, 700)); // longer than the close grace period
    assert(await page.evaluate(probe.cardText), 'card must stay open while the pointer is on it');
    await page.keyboard.press('Escape');
    await waitFor(() => page.evaluate(probe.cardText).then((t) => t === ''), { message: 'card closed by Esc' });
    await page.close();
  });

  suite.test('a person and a plan show their own cards (roles, targets, sources)', async ({ browser, server }) => {
    const page = await openAnnotated(browser, server, '/pc/demo');
    const person = await openCardFor(page, 'Xiao Yaqing');
    for (const fact of expectations.demo.xiaoYaqingCard) assert(person.includes(fact), `Xiao Yaqing card should say "${fact}"; card: ${person.slice(0, 400)}`);
    await page.keyboard.press('Escape');
    await waitFor(() => page.evaluate(probe.cardText).then((t) => t === ''), { message: 'card closed' });
    const plan = await openCardFor(page, '14th Five-Year Plan');
    for (const fact of expectations.demo.fyp14Card) assert(plan.includes(fact), `14th FYP card should say "${fact}"; card: ${plan.slice(0, 400)}`);
    await page.close();
  });

  suite.test('the page DOM is unchanged apart from the one card host, and no request leaves', async ({ browser, server }) => {
    const before = server.log.length;
    const page = await openAnnotated(browser, server, '/pc/demo');
    await openCardFor(page, 'Huawei');
    assertEqual(await page.evaluate(probe.cardHostCount), 1, 'exactly one card host');
    const live = await page.evaluate(probe.domWithoutCardHost);
    const pristine = await page.evaluate(probe.pristineDom);
    assert(live === pristine, `the page DOM changed (live ${live.length} chars vs pristine ${pristine.length})`);
    const unexpected = server.log
      .slice(before)
      .filter((r) => !isBrowserServiceRequest(r))
      .map((r) => r.url)
      .filter((url) => !['/pc/demo', '/favicon.ico'].includes(new URL(url).pathname));
    assertEqual(unexpected, [], 'no request other than the page itself (and the probe re-fetching it)');
    assert(page.errors.length === 0, `page errors: ${page.errors.join('; ')}`);
    await page.close();
  });

  for (const [name, spec] of Object.entries(expectations.fixtures)) {
    suite.test(`fixture ${name}: ${spec.description}`, async ({ browser, server }) => {
      const page = await browser.newPage();
      await page.goto(server.pageUrl(`/pc/fixtures/${name}.html`));
      if (spec.mustHighlight.length === 0) {
        await new Promise((r) => setTimeout(r, 1500)); // the content script has long run by then
      } else {
        await waitFor(() => page.evaluate(probe.highlightedTexts).then((t) => spec.mustHighlight.every((x) => t.includes(x))), {
          message: `highlights ${JSON.stringify(spec.mustHighlight)}`,
          timeout: 6000,
        });
      }
      const texts = await page.evaluate(probe.highlightedTexts);
      for (const bad of spec.mustNotHighlight) assert(!texts.includes(bad), `"${bad}" must not be highlighted; got ${JSON.stringify(texts)}`);
      if (spec.exactCount !== undefined) assertEqual(texts.length, spec.exactCount, 'number of highlights');
      if (!spec.changesItself) {
        assert((await page.evaluate(probe.domWithoutCardHost)) === (await page.evaluate(probe.pristineDom)), 'the page DOM changed');
      }
      await page.close();
    });
  }

  // A name several plenums share: the one the story names in full (even in a later slice), else
  // the one nearest the article's date (read from the page's meta tags), never simply the first in the KB.
  suite.test('"the fourth plenum" opens the plenum the story means: named late in the story, or by the article date', async ({ browser, server }) => {
    // Without the story held to its end, the undated page would get the latest plenum (20th); without
    // the page's date, the June 2021 page too; the 2025 page got the 2019 plenum when KB order decided.
    for (const [fixture, expected] of [['plenum-named-late', '19th'], ['plenum-dated', '19th'], ['plenum-dated-2025', '20th']]) {
      const page = await browser.newPage();
      await page.goto(server.pageUrl(`/pc/fixtures/${fixture}.html`));
      await waitFor(() => page.evaluate(probe.highlightedTexts).then((t) => t.includes('fourth plenum')), { message: `${fixture}: marks` });
      const card = await openCardFor(page, 'fourth plenum');
      assert(card.includes(`Fourth Plenary Session of the ${expected} CPC Central Committee`), `${fixture}: card for the ${expected} Central Committee's plenum, got "${card.slice(0, 160)}"`);
      await page.close();
    }
  });

  suite.test('hovering the middle of a name split by markup opens its card', async ({ browser, server }) => {
    const page = await browser.newPage();
    await page.goto(server.pageUrl('/pc/fixtures/formatting.html'));
    await waitFor(() => markCount(page).then((n) => n > 0), { message: 'marks' });
    const card = await openCardFor(page, 'China'); // the <em> in "Made in <em>China</em> 2025"
    assert(card.includes('Made in China 2025'), `card for the whole name: ${card.slice(0, 120)}`);
    await page.close();
  });

  suite.test('the extension stays off on a site outside the news list', async ({ browser, server }) => {
    const page = await browser.newPage();
    await page.goto(server.pageUrl('/pc/demo', OFF_HOST));
    await new Promise((r) => setTimeout(r, 1500));
    assertEqual(await page.evaluate(probe.highlightedTexts), [], 'no highlights');
    await page.close();
  });

  suite.test('the card opens the extension page; its search finds "Big Fund" from "big fnd" and from 大基金; it lists the page', async ({ browser, server }) => {
    const article = await openAnnotated(browser, server, '/pc/demo');
    const ext = await openExtensionPageFromCard(browser, article, 'Xiao Yaqing');
    await waitFor(() => ext.evaluate(() => document.querySelector('.pc-card h2')?.textContent ?? ''), { message: 'detail view' });
    const title = await ext.evaluate(() => document.querySelector('.pc-card h2').textContent);
    assert(title.includes('Xiao Yaqing'), `detail view shows the entity, got "${title}"`);
    await ext.click('.pc-back');
    const firstResult = async (query) => {
      await ext.evaluate(() => { document.querySelector('#pc-search').value = ''; });
      await ext.click('#pc-search');
      await ext.keyboard.type(query);
      return waitFor(() => ext.evaluate(() => document.querySelector('.pc-result')?.dataset.entityId ?? ''), { message: `results for ${query}` });
    };
    assertEqual(await firstResult('big fnd'), 'big-fund', 'typo search');
    await shot(browser, ext, 'popup-search.png');
    assertEqual(await firstResult('大基金'), 'big-fund', 'Chinese search');
    await ext.evaluate(() => {
      const input = document.querySelector('#pc-search');
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const index = await waitFor(() => ext.evaluate(() => [...document.querySelectorAll('.pc-page-index .pc-row span:first-child')].map((s) => s.textContent)), {
      message: 'page index',
      interval: 100,
    }).catch(() => []);
    assert(index.length >= 20, `page index lists the article's entities (got ${index.length}: ${index.slice(0, 5).join(', ')})`);
    await shot(browser, ext, 'popup-index.png');
    // Keyboard and screen-reader users reach mentions through the index: choosing one opens its card.
    await article.keyboard.press('Escape');
    await waitFor(() => article.evaluate(probe.cardText).then((t) => t === ''), { message: 'card closed before using the index' });
    await ext.evaluate(() => {
      const row = [...document.querySelectorAll('.pc-page-index .pc-row')].find((b) => b.textContent.includes('Made in China 2025'));
      row.click();
    });
    const opened = await waitFor(() => article.evaluate(probe.cardText), { message: 'card opened from the page index' });
    assert(opened.includes('Made in China 2025'), `the index opened the right card: ${opened.slice(0, 120)}`);
    await ext.close();
    await article.close();
  });

  suite.test('keyboard commands step through the marks in reading order, each opening its card', async ({ browser, server }) => {
    // The shortcut itself is browser UI automation cannot press; this sends the message the
    // command handler sends, from the extension's own page, to the article's content script.
    const article = await openAnnotated(browser, server, '/pc/demo');
    const ext = await openExtensionPageFromCard(browser, article, 'BYD');
    await article.keyboard.press('Escape');
    const step = (n) => ext.evaluate(async (s) => {
      const tab = Number(new URLSearchParams(location.search).get('tab'));
      return (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(tab, { type: 'stepMention', step: s });
    }, n);
    const cardTitle = () => article.evaluate(() => document.querySelector('[data-policy-context-card]')?.shadowRoot?.querySelector('.pc-title')?.firstChild?.textContent ?? '');
    const expected = ['National Integrated Circuit Industry Investment Fund', '15th Five-Year Plan (2026-2030)', 'National Integrated Circuit Industry Investment Fund'];
    for (const [i, n] of [1, 1, -1].entries()) {
      await step(n);
      await waitFor(() => cardTitle().then((t) => t === expected[i]), { message: `card ${i + 1}: ${expected[i]} (first mark is in the headline)` });
    }
    await ext.close();
    await article.close();
  });

  suite.test('switching the site off in the extension page clears the marks at once; on again restores them', async ({ browser, server }) => {
    const article = await openAnnotated(browser, server, '/pc/demo');
    const before = await markCount(article);
    const ext = await openExtensionPageFromCard(browser, article, 'Huawei');
    await ext.click('.pc-back');
    const siteSwitch = '.pc-site input[type=checkbox]';
    await waitFor(() => ext.evaluate((sel) => document.querySelector(sel)?.checked === true, siteSwitch), { message: 'site switch shown as on' });
    await ext.click(siteSwitch);
    await waitFor(() => markCount(article).then((n) => n === 0), { message: 'marks cleared after switching the site off' });
    assertEqual(await article.evaluate(probe.cardHostCount), 0, 'the card host is removed too');
    await ext.click(siteSwitch);
    await waitFor(() => markCount(article).then((n) => n === before), { message: `all ${before} marks back after switching on` });
    await ext.close();
    await article.close();
  });

  suite.test('corrupt stored settings: the extension page says what it reset, and articles are still marked', async ({ browser, server }) => {
    const article = await openAnnotated(browser, server, '/pc/demo');
    const ext = await openExtensionPageFromCard(browser, article, 'SMIC');
    await ext.evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.local.set({ settings: { enabled: 'yes please', dwellMs: -3, disabledSites: 42 } }));
    // Firefox's automation cannot wait on a reload of an extension page; let the page reload itself.
    await ext.evaluate(() => setTimeout(() => location.reload(), 0));
    await new Promise((r) => setTimeout(r, 300));
    await waitFor(() => ext.evaluate(() => !!document.querySelector('.pc-back')), { message: 'detail view after reload' });
    await ext.click('.pc-back');
    const notice = await waitFor(() => ext.evaluate(() => document.querySelector('.pc-notice')?.textContent ?? ''), { message: 'reset notice' });
    assert(/reset to defaults: .*enabled/.test(notice) && notice.includes('dwellMs'), `notice names the repaired fields: "${notice}"`);
    const again = await openAnnotated(browser, server, '/pc/demo');
    assert((await markCount(again)) > 20, 'a new article is still marked with the repaired settings');
    await ext.evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.local.remove('settings'));
    await Promise.all([again.close(), ext.close(), article.close()]);
  });

  suite.test('the card follows the system dark mode', async ({ browser, server }) => {
    if (!browser.emulateDarkMode) {
      // Firefox's WebDriver BiDi has no media emulation; the same CSS is checked in Chromium.
      throw new Skip('Firefox automation cannot emulate prefers-color-scheme; checked in Chromium');
    }
    const page = await openAnnotated(browser, server, '/pc/demo');
    await browser.emulateDarkMode(page);
    await openCardFor(page, 'YMTC');
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('[data-policy-context-card]').shadowRoot.querySelector('.pc-popover')).backgroundColor);
    const [r, g, b] = background.match(/\d+/g).map(Number);
    assert(r + g + b < 200, `dark card background, got ${background}`);
    await shot(browser, page, 'card-dark.png');
    await page.close();
  });

  return suite;
}
