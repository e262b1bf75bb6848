// The options page in a real browser: opened the way the extension opens it (runtime.openOptionsPage,
// in a tab of its own), every control read back from storage, a corrupt stored value repaired and
// named, the "Not this" list (remove, undo, export) and reset. Runs in Chromium and Firefox.
import { join } from 'node:path';
import { ARTIFACTS, DOC_SCREENSHOTS, assert, assertEqual, createSuite, recordPageErrors, Skip, waitFor } from './support/harness.mjs';
import { markRule } from './controls.mjs';
import * as probe from './support/page-probes.mjs';
import { openAnnotated, openPopupFromCard } from './support/reader.mjs';
import { OFF_HOST } from '../../tools/local-web.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Firefox will not let automation navigate to moz-extension://, so both browsers get there as a
 * reader does: card, Open, the popup's page, its Settings button.
 */
export async function openOptions(browser, server) {
  const article = await openAnnotated(browser, server, '/pc/demo');
  // Card -> Open -> entity page -> the popup's page for the article's tab -> its Settings button.
  const popup = await openPopupFromCard(browser, article, 'SMIC');
  await popup.click('.pc-back');
  await waitFor(() => popup.evaluate(() => !!document.querySelector('.pc-options-link')), { message: "the popup's Settings button" });
  await popup.click('.pc-options-link');
  const options = await browser.waitForExtensionPage('options.html');
  if (!options.errors) recordPageErrors(options);
  await popup.close();
  await article.close();
  await waitFor(() => options.evaluate(() => !!document.querySelector('#pc-opt-enabled')), { message: 'options page rendered' });
  return options;
}

const stored = (page) => page.evaluate(async () => (await (globalThis.browser ?? globalThis.chrome).storage.local.get('settings')).settings);
const store = (page, settings) => page.evaluate((s) => (globalThis.browser ?? globalThis.chrome).storage.local.set({ settings: s }), settings);
const clearStored = (page) => page.evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.local.remove('settings'));
/** Firefox's automation cannot wait on an extension page's reload: the page reloads itself. */
async function reload(page) {
  await page.evaluate(() => setTimeout(() => location.reload(), 0));
  await sleep(400);
  await waitFor(() => page.evaluate(() => !!document.querySelector('#pc-opt-enabled')).catch(() => false), { message: 'options page after reload' });
}
async function waitStored(page, check, message) {
  return waitFor(async () => {
    const s = await stored(page);
    return s && check(s) ? s : false;
  }, { message: `stored settings: ${message}` });
}
/** Storage may hand back an object's keys in another order. */
const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
const text = (page, selector) => page.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector);

const RULES = [
  { entityId: 'smic', scope: 'site', where: 'example.com', text: 'SMIC', added: Date.UTC(2026, 0, 5) },
  { entityId: 'byd', scope: 'page', where: 'https://www.reuters.com/world/story', text: 'BYD', added: Date.UTC(2026, 1, 7) },
  { entityId: 'huawei', scope: 'everywhere', text: 'Huawei', added: Date.UTC(2026, 2, 9) },
];

export function optionsPage() {
  const suite = createSuite('options');
  let page;
  // One options page for the suite; each test starts from default settings (a test that stopped
  // halfway must not leave "hold Alt" or a category off for the tests and suites after it).
  const options = async (browser, server) => {
    if (!page) page = await openOptions(browser, server);
    await clearStored(page);
    return page;
  };

  suite.test('opens in a tab of its own from the extension, with every section and the KB footer', async ({ browser, server }) => {
    const p = await options(browser, server);
    assertEqual(await text(p, 'h1'), 'Policy Context settings', 'title');
    const legends = await p.evaluate(() => [...document.querySelectorAll('legend, h2')].map((e) => e.textContent));
    for (const want of ['What is marked', 'Highlight style', 'First mention only', 'Hover delay (ms)', 'Sites', 'News sites', 'Sites you added', '“Not this” list', 'Knowledge packs', 'Reset']) {
      assert(legends.includes(want), `section "${want}" shown; got ${JSON.stringify(legends)}`);
    }
    assertEqual(await p.evaluate(() => document.querySelectorAll('input[name=category]').length), 7, 'seven categories');
    assert(/Knowledge base 0\.1\.0\+\w+, as of \d{4}-\d{2}-\d{2} · \d{3} entities/.test(await text(p, '.pc-opt-foot')), `footer: ${await text(p, '.pc-opt-foot')}`);
    assert((await text(p, '.pc-opt-first-mention')).includes('over 800 words'), 'first mention says why auto');
    assert((await text(p, '.pc-opt-dwell')).includes('Default: 250 ms'), 'hover delay shows its default');
    // Every control has a name a screen reader can read.
    const unnamed = await p.evaluate(() => [...document.querySelectorAll('input, button')].filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.textContent.trim())).map((el) => el.outerHTML.slice(0, 80)));
    assertEqual(unnamed, [], 'controls without a label');
    // Keyboard focus is visible: Tab from the top reaches the master switch, outlined.
    await p.evaluate(() => document.activeElement?.blur());
    await p.keyboard.press('Tab');
    const focus = await p.evaluate(() => ({ id: document.activeElement?.id, outline: getComputedStyle(document.activeElement).outlineStyle }));
    assertEqual(focus, { id: 'pc-opt-enabled', outline: 'solid' }, 'first Tab stop, with a visible outline');
    assert(p.errors.length === 0, `page errors: ${p.errors.join('; ')}`);
  });

  suite.test('a click in options changes the marks on an open article at once (People off, Underline, back)', async ({ browser, server }) => {
    const p = await options(browser, server);
    const article = await openAnnotated(browser, server, '/pc/demo');
    const texts = () => article.evaluate(probe.highlightedTexts);
    assert((await texts()).includes('Xiao Yaqing'), 'a person is marked to begin with');
    await p.click('input[name=category][value=people]');
    await waitFor(async () => !(await texts()).includes('Xiao Yaqing') && (await texts()).includes('Big Fund'), { message: 'people unmarked, the rest still marked' });
    await p.click('input[name=category][value=people]');
    await waitFor(async () => (await texts()).includes('Xiao Yaqing'), { message: 'people marked again' });
    await p.click('input[name=highlight-style][value=underline]');
    await waitFor(() => article.evaluate(markRule).then((r) => /dotted/.test(r) && !r.includes('background-color')), { message: 'underline style painted: dotted, no fill' });
    await clearStored(p);
    await article.close();
  });

  suite.test('each control writes the stored settings', async ({ browser, server }) => {
    const p = await options(browser, server);
    await p.click('#pc-opt-enabled');
    await waitStored(p, (s) => s.enabled === false, 'master switch off');
    await p.click('#pc-opt-enabled');
    await waitStored(p, (s) => s.enabled === true && s.version === 2, 'master switch on');
    await p.click('input[name=category][value=people]');
    await p.click('input[name=category][value=concepts]');
    await waitStored(p, (s) => !s.categories.people && !s.categories.concepts && s.categories.plans, 'people and concepts off');
    await p.click('input[name=highlight-style][value=underline]');
    await waitStored(p, (s) => s.highlightStyle === 'underline', 'underline');
    await p.click('input[name=highlight-style][value=hold]');
    await waitStored(p, (s) => s.highlightStyle === 'hold', 'hold Alt');
    await p.click('#pc-opt-first-mention-on');
    await waitStored(p, (s) => s.firstMentionOnly === 'on', 'first mention always');
    // The slider, by keyboard: one step of 50 ms.
    await p.focus('#pc-opt-dwell-range');
    await p.keyboard.press('ArrowRight');
    await waitStored(p, (s) => s.dwellMs === 300, 'hover delay 300 from the slider');
    // The number, typed: an out-of-range value is held to the maximum.
    await p.evaluate(() => document.querySelector('#pc-opt-dwell').select());
    await p.keyboard.type('600');
    await p.keyboard.press('Tab');
    await waitStored(p, (s) => s.dwellMs === 600, 'hover delay 600 typed');
    await p.evaluate(() => document.querySelector('#pc-opt-dwell').select());
    await p.keyboard.type('99999');
    await p.keyboard.press('Enter');
    await waitStored(p, (s) => s.dwellMs === 2000, 'hover delay held to 2000');
    await p.click('input[name=curated-site][value="ft.com"]');
    await waitStored(p, (s) => s.disabledSites.includes('ft.com'), 'ft.com off');
    // "Add a site": a curated site switched off is switched back on; nonsense is refused and named.
    await p.click('#pc-opt-add-site');
    await p.keyboard.type('https://www.ft.com/content/x');
    await p.keyboard.press('Enter');
    await waitStored(p, (s) => !s.disabledSites.includes('ft.com') && s.enabledSites.length === 0, 'ft.com on again, not added');
    await waitFor(() => text(p, '.pc-opt-sites .pc-opt-status').then((t) => t.includes('ft.com is on the news-site list')), { message: 'told it is curated' });
    await p.click('#pc-opt-add-site');
    await p.keyboard.type('not a site');
    await p.keyboard.press('Enter');
    await waitFor(() => text(p, '.pc-opt-sites .pc-opt-error').then((t) => t.includes('“not a site” is not a site address')), { message: 'invalid site named' });
    const checked = await p.evaluate(() => ({
      people: document.querySelector('input[value=people]').checked,
      hold: document.querySelector('input[value=hold]').checked,
      dwell: document.querySelector('#pc-opt-dwell').value,
    }));
    assertEqual(checked, { people: false, hold: true, dwell: '2000' }, 'the page shows what is stored');
    await clearStored(p);
  });

  suite.test('"Add a site" asks the browser for access; Remove gives it back', async ({ browser, server }) => {
    const p = await options(browser, server);
    const site = OFF_HOST.replace(/^www\./, '');
    const granted = () => p.evaluate((s) => (globalThis.browser ?? globalThis.chrome).permissions.contains({ origins: [`*://${s}/*`] }), site);
    await p.evaluate(() => { document.querySelector('#pc-opt-add-site').value = ''; });
    await p.click('#pc-opt-add-site');
    await p.keyboard.type(OFF_HOST);
    await p.click('.pc-opt-add-site button[type=submit]');
    if (browser.name === 'chromium') {
      // Chromium asks in a prompt automation cannot answer: nothing may be stored meanwhile.
      await sleep(1000);
      assertEqual((await stored(p))?.enabledSites ?? [], [], 'nothing added before access is granted');
      assertEqual(await granted(), false, 'no access without the reader');
      // The prompt stays open: reopen the page for the next tests.
      await p.close();
      page = undefined;
      throw new Skip('Chromium: its permission prompt cannot be answered by automation (checked: nothing is stored before it is)');
    }
    await waitStored(p, (s) => s.enabledSites.includes(site), `${site} added`);
    assertEqual(await granted(), true, 'access granted');
    await waitFor(() => p.evaluate((s) => !!document.querySelector(`.pc-opt-added-sites [data-site="${s}"]`), site), { message: 'added site listed' });
    await p.click(`.pc-opt-added-sites [data-site="${site}"] button`);
    await waitStored(p, (s) => !s.enabledSites.includes(site), `${site} removed`);
    assertEqual(await granted(), false, 'access given back');
    await waitFor(() => text(p, '.pc-opt-sites .pc-opt-status').then((t) => t.includes('gave back the access')), { message: 'told access was given back' });
  });

  suite.test('settings changed elsewhere show at once', async ({ browser, server }) => {
    const p = await options(browser, server);
    await store(p, { version: 2, enabled: false, highlightStyle: 'underline' });
    await waitFor(() => p.evaluate(() => !document.querySelector('#pc-opt-enabled').checked && document.querySelector('input[value=underline]').checked), { message: 'page follows storage' });
    await clearStored(p);
  });

  suite.test('corrupt stored settings: the page names what it reset and shows defaults', async ({ browser, server }) => {
    const p = await options(browser, server);
    await store(p, { version: 2, enabled: 'yes please', dwellMs: -3, categories: 'all', highlightStyle: 'neon', notThis: 7 });
    await reload(p);
    const notice = await waitFor(() => text(p, '.pc-opt-repaired'), { message: 'repaired notice' });
    for (const field of ['enabled', 'dwellMs', 'categories', 'highlightStyle', 'notThis']) assert(notice.includes(field), `notice names ${field}: "${notice}"`);
    assert(notice.startsWith('Some saved settings were unreadable and were reset to defaults:'), notice);
    const shown = await p.evaluate(() => ({
      enabled: document.querySelector('#pc-opt-enabled').checked,
      dwell: document.querySelector('#pc-opt-dwell').value,
      categories: [...document.querySelectorAll('input[name=category]')].every((c) => c.checked),
      style: document.querySelector('input[name=highlight-style]:checked')?.value,
    }));
    assertEqual(shown, { enabled: true, dwell: '250', categories: true, style: 'background' }, 'defaults shown');
    await clearStored(p);
  });

  suite.test('"Not this" list: names, scope and date; remove, undo, export as JSON', async ({ browser, server }) => {
    const p = await options(browser, server);
    await store(p, { version: 2, notThis: RULES });
    await reload(p);
    const rows = await p.evaluate(() => [...document.querySelectorAll('.pc-opt-rules li')].map((li) => li.textContent));
    assertEqual(rows.length, 3, 'three rules');
    assert(rows[0].includes('Huawei Technologies') && rows[0].includes('everywhere') && rows[0].includes('2026-03-09'), `newest first: ${rows[0]}`);
    assert(rows[2].includes('Semiconductor Manufacturing International Corporation') && rows[2].includes('on the site example.com') && rows[2].includes('marked “SMIC”'), `site rule: ${rows[2]}`);
    // Export: the page hands a Blob URL to an <a download>; the test reads what would be saved.
    const saved = await p.evaluate(async () => {
      const blobs = [];
      const create = URL.createObjectURL;
      URL.createObjectURL = (b) => (blobs.push(b), create.call(URL, b));
      const click = HTMLAnchorElement.prototype.click;
      let name = '';
      HTMLAnchorElement.prototype.click = function () { name = this.download; };
      document.querySelector('.pc-opt-export').click();
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = create;
      return { name, type: blobs[0]?.type, json: JSON.parse(await blobs[0].text()) };
    });
    assert(/^policy-context-not-this-\d{4}-\d{2}-\d{2}\.json$/.test(saved.name), `file name ${saved.name}`);
    assertEqual(saved.type, 'application/json', 'JSON type');
    assertEqual(saved.json.rules.map(sorted), RULES.map(sorted), 'the export holds the rules as stored');
    await p.click('.pc-opt-rules li[data-entity=byd] button');
    await waitStored(p, (s) => s.notThis.length === 2 && !s.notThis.some((r) => r.entityId === 'byd'), 'BYD rule removed');
    await waitFor(() => text(p, '.pc-opt-not-this .pc-opt-status').then((t) => t.includes('Removed the rule for BYD.')), { message: 'told what was removed' });
    await p.click('.pc-opt-undo');
    await waitStored(p, (s) => s.notThis.length === 3, 'BYD rule back after undo');
    for (const id of ['byd', 'smic', 'huawei']) {
      await p.click(`.pc-opt-rules li[data-entity=${id}] button`);
      await waitFor(() => p.evaluate((e) => !document.querySelector(`.pc-opt-rules li[data-entity=${e}]`), id), { message: `${id} gone` });
    }
    await waitStored(p, (s) => s.notThis.length === 0, 'all removed');
    assert((await text(p, '.pc-opt-not-this')).includes('No rules.'), 'empty state');
    assertEqual(await p.evaluate(() => !!document.querySelector('.pc-opt-export')), false, 'nothing to export');
  });

  suite.test('reset asks first inside the page, then restores defaults and keeps added sites', async ({ browser, server }) => {
    const p = await options(browser, server);
    const custom = { version: 2, enabled: false, dwellMs: 900, enabledSites: ['example.org'], disabledSites: ['ft.com'], highlightStyle: 'hold', notThis: RULES };
    await store(p, custom);
    await reload(p);
    await p.click('.pc-opt-reset-start');
    await waitFor(() => text(p, '.pc-opt-confirm'), { message: 'the question' });
    await waitFor(() => p.evaluate(() => document.activeElement?.textContent === 'Cancel'), { message: 'focus on the safe answer, Cancel' });
    await p.keyboard.press('Enter'); // Cancel
    await waitFor(() => p.evaluate(() => !!document.querySelector('.pc-opt-reset-start')), { message: 'question gone after Cancel' });
    assertEqual((await stored(p)).dwellMs, 900, 'nothing reset on Cancel');
    await p.click('.pc-opt-reset-start');
    await p.click('.pc-opt-reset-yes');
    const after = await waitStored(p, (s) => s.enabled === true, 'reset');
    assertEqual(
      { dwellMs: after.dwellMs, enabledSites: after.enabledSites, disabledSites: after.disabledSites, highlightStyle: after.highlightStyle, notThis: after.notThis },
      { dwellMs: 250, enabledSites: ['example.org'], disabledSites: [], highlightStyle: 'background', notThis: [] },
      'defaults, added site kept',
    );
    await waitFor(() => text(p, '.pc-opt-reset').then((t) => t.includes('Settings were reset to defaults.')), { message: 'told it was reset' });
  });

  suite.test('screenshots: light (docs) and dark', async ({ browser, server }) => {
    const p = await options(browser, server);
    await store(p, { version: 2, enabledSites: ['example.org'], disabledSites: ['ft.com'], notThis: RULES.slice(0, 2) });
    await reload(p);
    if (DOC_SCREENSHOTS && browser.name === 'chromium') await p.screenshot({ path: join(DOC_SCREENSHOTS, 'options.png'), fullPage: true });
    await p.screenshot({ path: join(ARTIFACTS, `${browser.name}-options.png`), fullPage: true });
    if (browser.emulateDarkMode) {
      await browser.emulateDarkMode(p);
      const bg = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g).map(Number);
      assert(r + g + b < 200, `dark background, got ${bg}`);
      await p.screenshot({ path: join(ARTIFACTS, `${browser.name}-options-dark.png`), fullPage: true });
    }
    await clearStored(p);
    await p.close();
    page = undefined;
  });

  return suite;
}
