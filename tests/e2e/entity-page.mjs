// The entity page, as a reader reaches it: a card's "Open" button opens entity.html?id=ID next to
// the article; the page shows the whole record with numbered sources, a related record is a link to
// its own page, and each source's citation can be copied or read. Chromium and Firefox.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, assert, assertEqual, waitFor, createSuite, Skip } from './support/harness.mjs';
import { launchChromium } from './support/chromium.mjs';
import { openAnnotated, openEntityPageFromCard } from './support/reader.mjs';

const KB = JSON.parse(readFileSync(new URL('../../generated/kb.json', import.meta.url), 'utf8'));
const entity = (id) => KB.entities.find((e) => e.id === id);

/** What the page shows, read in one go. */
function readEntityPage() {
  const all = (sel) => [...document.querySelectorAll(sel)];
  return {
    href: location.href,
    title: document.title,
    id: document.querySelector('.ep-record')?.dataset.entityId,
    h1: document.querySelector('h1')?.textContent ?? '',
    landmarks: { banner: !!document.querySelector('body > #app > header'), main: !!document.querySelector('main'), h2: all('h2').map((h) => h.textContent) },
    names: all('.ep-names dd').map((d) => d.textContent),
    timeline: all('.ep-timeline time').map((t) => t.getAttribute('datetime')),
    sources: all('.ep-source').map((li) => ({
      number: Number(li.value),
      id: li.dataset.sourceId,
      links: [...li.querySelectorAll('.ep-source-line a')].map((a) => ({ href: a.href, rel: a.rel, target: a.target })),
      plain: li.querySelector('.ep-citation-plain')?.textContent ?? '',
      bibtex: li.querySelector('.ep-citation-bibtex')?.textContent ?? '',
    })),
    cites: all('.ep-cites a').map((a) => a.getAttribute('href')),
    related: all('.ep-related a').map((a) => a.getAttribute('href')),
    disputes: all('.ep-disputes li').map((li) => li.textContent),
  };
}

export function entityPage() {
  const suite = createSuite('entity');

  suite.test('the card\'s Open button opens the entity page next to the article, with the whole record and every source', async ({ browser, server }) => {
    const article = await openAnnotated(browser, server, '/pc/demo');
    const page = await openEntityPageFromCard(browser, article, 'Big Fund 3.0');
    const record = entity('big-fund-phase-3');
    // The title is set by an effect after the record renders: wait for it rather than race it.
    await waitFor(() => page.evaluate((en) => document.title === en, record.name.en), { message: 'the title' }).catch(() => undefined);
    const shown = await page.evaluate(readEntityPage);
    assertEqual(new URL(shown.href).search, '?id=big-fund-phase-3', 'the address names the entity');
    assertEqual(shown.title, record.name.en, 'the document title is the entity name');
    assert(shown.h1.includes(record.name.en) && shown.h1.includes(record.name.zh), `heading has both names: ${shown.h1}`);
    assertEqual(shown.names, [record.name.en, record.name.zh, record.name.zhHant, record.name.pinyin], 'all four names');
    assert(shown.landmarks.banner && shown.landmarks.main, 'banner and main landmarks');
    // Sections follow the record: Big Fund III has shareholders; a target only while a page states one.
    const sections = ['Timeline', ...(record.targets?.length ? ['Targets'] : []), 'Shareholders', 'Related', 'Sources'];
    for (const heading of sections) assert(shown.landmarks.h2.includes(heading), `a "${heading}" section; got ${shown.landmarks.h2}`);
    if (!record.targets?.length) assert(!shown.landmarks.h2.includes('Targets'), `no empty "Targets" section; got ${shown.landmarks.h2}`);
    assert(shown.timeline.length >= 3, `a timeline: ${shown.timeline}`);
    assertEqual(shown.timeline, [...shown.timeline].sort(), 'the timeline is in date order');
    assertEqual(shown.sources.map((s) => s.id).sort(), record.sources.map((s) => s.id).sort(), 'every source of the record is listed');
    assertEqual(shown.sources.map((s) => s.number), shown.sources.map((_, i) => i + 1), 'sources numbered 1..n');
    const anchors = new Set(shown.sources.map((s) => `#source-${s.number}`));
    assert(shown.cites.length > 0 && shown.cites.every((c) => anchors.has(c)), `every footnote points at a listed source: ${shown.cites}`);
    for (const s of shown.sources) {
      for (const link of s.links) {
        assert(link.href.startsWith('https://') && link.rel === 'noopener noreferrer' && link.target === '_blank', `a safe source link: ${JSON.stringify(link)}`);
      }
    }
    assertEqual(shown.related.length, record.related.filter((id) => entity(id)).length, 'each related record is a link');
    assert(shown.related.every((href) => /^entity\.html\?id=[a-z0-9-]+$/.test(href)), `related links go to entity pages: ${shown.related}`);
    // The article's tab is to the left of the new one: "next to the article".
    const besideArticle = await page.evaluate(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const me = await api.tabs.getCurrent();
      const [left] = await api.tabs.query({ windowId: me.windowId, index: me.index - 1 });
      return left?.url ?? '';
    });
    assert(besideArticle.includes('/pc/demo'), `the entity page opens right after the article's tab (left of it: ${besideArticle})`);
    await page.screenshot({ path: join(ARTIFACTS, `${browser.name}-entity-page.png`), fullPage: true });
    // A plan's targets: the 14th Five-Year Plan's page lists each one.
    const plan = entity('fyp-14');
    // Firefox's automation cannot navigate to an extension page; the page navigates itself.
    await page.evaluate(() => setTimeout(() => { location.search = '?id=fyp-14'; }, 0));
    await waitFor(() => page.evaluate(() => document.querySelector('.ep-record')?.dataset.entityId === 'fyp-14').catch(() => false), { message: 'the plan\'s page' });
    const planShown = await page.evaluate(readEntityPage);
    assert(plan.targets.length > 0 && planShown.landmarks.h2.includes('Targets'), `the plan's page has a "Targets" section; got ${planShown.landmarks.h2}`);
    await Promise.all([page.close(), article.close()]);
  });

  suite.test('a related record is a link to its own entity page, in the same tab; a dispute says who says what', async ({ browser, server }) => {
    const article = await openAnnotated(browser, server, '/pc/demo');
    const page = await openEntityPageFromCard(browser, article, 'Big Fund 3.0');
    const tabs = await browser.pageCount();
    const link = await page.evaluate(() => {
      const a = document.querySelector('.ep-related a[data-entity-id="big-fund-phase-1"]');
      const box = a.getBoundingClientRect();
      a.scrollIntoView({ block: 'center' });
      const after = a.getBoundingClientRect();
      return { x: after.x + Math.min(20, box.width / 2), y: after.y + after.height / 2 };
    });
    await page.mouse.click(link.x, link.y);
    await waitFor(() => page.evaluate(() => document.querySelector('.ep-record')?.dataset.entityId === 'big-fund-phase-1').catch(() => false), { message: 'the related record\'s page' });
    // The title is set by an effect after the record renders: wait for it rather than race it.
    await waitFor(() => page.evaluate((en) => document.title === en, entity('big-fund-phase-1').name.en).catch(() => false), { message: 'the title' }).catch(() => undefined);
    const shown = await page.evaluate(readEntityPage);
    assertEqual(new URL(shown.href).search, '?id=big-fund-phase-1', 'the address names the related record');
    assertEqual(shown.title, entity('big-fund-phase-1').name.en, 'title follows');
    assertEqual(await browser.pageCount(), tabs, `no new tab: the link navigates within the page (${browser.context?.pages().map((p) => p.url())})`);
    const record = entity('big-fund-phase-1');
    assertEqual(shown.disputes.length, record.disputes.length, 'each dispute is shown');
    const publishers = new Map(record.sources.map((s) => [s.id, s.publisher]));
    for (const [i, d] of record.disputes.entries()) {
      for (const id of d.sourceIds) assert(shown.disputes[i].includes(publishers.get(id)), `dispute ${i} names ${publishers.get(id)}: ${shown.disputes[i]}`);
    }
    await Promise.all([page.close(), article.close()]);
  });

  suite.test('each source shows its citation as plain text and BibTeX; copying says so in a status line', async ({ browser, server }) => {
    const article = await openAnnotated(browser, server, '/pc/demo');
    const page = await openEntityPageFromCard(browser, article, 'Big Fund 3.0');
    const record = entity('big-fund-phase-3');
    // The title is set by an effect after the record renders: wait for it rather than race it.
    await waitFor(() => page.evaluate((en) => document.title === en, record.name.en), { message: 'the title' }).catch(() => undefined);
    const shown = await page.evaluate(readEntityPage);
    for (const s of shown.sources) {
      const source = record.sources.find((r) => r.id === s.id);
      assert(s.plain.includes(source.title) && s.plain.includes(source.publisher) && s.plain.includes(source.url), `plain citation of ${s.id}: ${s.plain}`);
      assert(s.bibtex.startsWith(`@online{${s.id}-`), `BibTeX key from the source id: ${s.bibtex.slice(0, 60)}`);
      assert(s.bibtex.includes(`  url = {${source.url}},`), `BibTeX url of ${s.id}`);
      assert(s.bibtex.includes(source.date ? `  date = {${source.date}},` : `  urldate = {${source.accessed}},`), `BibTeX date of ${s.id}: ${s.bibtex}`);
      assert(s.bibtex.trimEnd().endsWith('}'), 'the entry closes');
    }
    for (const button of ['.ep-copy-plain', '.ep-copy-bibtex']) {
      const point = await page.evaluate((sel) => {
        const b = document.querySelector(`.ep-source ${sel}`);
        b.scrollIntoView({ block: 'center' });
        const r = b.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }, button);
      const before = await page.evaluate(() => document.querySelector('[role=status]').textContent);
      await page.mouse.click(point.x, point.y);
      const status = await waitFor(() => page.evaluate((b) => { const t = document.querySelector('[role=status]')?.textContent ?? ''; return t !== b && t; }, before), { message: `status after ${button}` });
      if (/^Copied/.test(status)) continue;
      // The browser refused the clipboard: the page must say so and show the text to select by hand.
      assert(/select the text/.test(status), `a clear status: ${status}`);
      assert(await page.evaluate(() => document.querySelector('.ep-source details').open), 'the citation text is shown when copying fails');
      console.log(`    (${browser.name}: clipboard refused; the shown text was checked instead)`);
    }
    await page.screenshot({ path: join(ARTIFACTS, `${browser.name}-entity-page-copied.png`) });
    await Promise.all([page.close(), article.close()]);
  });

  suite.test('an unknown or missing id: a clear message and a link back to the search', async ({ browser, server }) => {
    const article = await openAnnotated(browser, server, '/pc/demo');
    const page = await openEntityPageFromCard(browser, article, 'Huawei');
    for (const [search, expected] of [['?id=no-such-thing', 'No record with the id “no-such-thing”'], ['', 'names no entity']]) {
      // Firefox's automation cannot navigate to an extension page; the page navigates itself.
      await page.evaluate((s) => setTimeout(() => { location.search = s; }, 0), search);
      await new Promise((r) => setTimeout(r, 400));
      // Wait for this case's message, not the previous case's still on screen.
      await waitFor(() => page.evaluate((e) => (document.querySelector('.ep-problem')?.textContent ?? '').includes(e), expected).catch(() => false), { message: `message for "${search}"` }).catch(() => undefined);
      const message = await page.evaluate(() => document.querySelector('.ep-problem')?.textContent ?? '');
      assert(message.includes(expected), `message says "${expected}": ${message}`);
      assertEqual(await page.evaluate(() => document.querySelector('.ep-problem a')?.getAttribute('href')), 'popup.html', 'a link back');
    }
    await Promise.all([page.close(), article.close()]);
  });

  suite.test('the entity page follows the system dark mode', async ({ browser, server }) => {
    if (!browser.emulateDarkMode) throw new Skip('Firefox automation cannot emulate prefers-color-scheme; checked in Chromium');
    const article = await openAnnotated(browser, server, '/pc/demo');
    const page = await openEntityPageFromCard(browser, article, 'Big Fund 3.0');
    await browser.emulateDarkMode(page);
    const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).match(/\d+/g).map(Number);
    assert(r + g + b < 200, 'a dark background');
    await page.screenshot({ path: join(ARTIFACTS, `${browser.name}-entity-page-dark.png`) });
    await Promise.all([page.close(), article.close()]);
  });

  suite.test('in a Chinese browser the page speaks Chinese and puts the Chinese name first', async ({ browser, server }) => {
    // Firefox takes its UI language from its build (a language pack), not from a switch.
    if (browser.name !== 'chromium') throw new Skip('only Chromium can start in another UI language');
    const chinese = await launchChromium({ proxyPort: server.port, lang: 'zh-CN' });
    try {
      const page = await chinese.newPage();
      await page.goto(`chrome-extension://${chinese.extensionId}/entity.html?id=big-fund-phase-1`);
      await waitFor(() => page.evaluate(() => document.querySelector('.ep-record h1')?.textContent ?? ''), { message: 'the record' });
      // The title is set by an effect after the record renders: wait for it rather than race it.
      const record = entity('big-fund-phase-1');
      await waitFor(() => page.evaluate((zh) => document.title === zh, record.name.zh), { message: 'the Chinese title' }).catch(() => undefined);
      const shown = await page.evaluate(() => ({
        title: document.title,
        first: document.querySelector('h1 > span')?.textContent,
        second: document.querySelector('h1 .ep-other-name')?.textContent,
        headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
        firstDate: document.querySelector('.ep-timeline time')?.textContent,
        copy: document.querySelector('.ep-copy-plain')?.textContent,
      }));
      assertEqual([shown.title, shown.first, shown.second], [record.name.zh, record.name.zh, record.name.en], 'the Chinese name first, in the title too');
      assert(shown.headings.includes('时间线') && shown.headings.includes('来源'), `Chinese headings: ${shown.headings}`);
      assert(/^\d{4}年/.test(shown.firstDate), `dates in Chinese: ${shown.firstDate}`);
      assertEqual(shown.copy, '复制引文', 'the copy button in Chinese');
      await page.screenshot({ path: join(ARTIFACTS, 'chromium-entity-page-zh.png') });
    } finally {
      await chinese.close();
    }
  });

  return suite;
}
