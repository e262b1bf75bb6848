// The reader's controls take effect on the page: categories, highlight style (underline, and marks
// only while Alt is held), first mention only, hover delay, and "not this" on the card with undo.
// Settings are written the way the options page writes them (a version-2 value in storage.local,
// from an extension page); pointer and keys go through the browser's input (trusted events).
import { join } from 'node:path';
import { ARTIFACTS, assert, assertEqual, createSuite, waitFor } from './support/harness.mjs';
import * as probe from './support/page-probes.mjs';
import { hoverText, markCount, openAnnotated, openCardFor } from './support/reader.mjs';
import { articleWithSettings, resetSettings, setSettings } from './support/settings.mjs';

const ALL_CATEGORIES = { people: true, plans: true, funds: true, bodies: true, companies: true, measures: true, concepts: true };

/** The declarations of our marks' top-level ::highlight rule ('' when the sheet has none). */
export function markRule() {
  for (const sheet of document.adoptedStyleSheets) {
    const text = [...sheet.cssRules].map((r) => r.cssText).join('\n');
    const rule = /::highlight\(policy-context-(?!active-)[0-9a-f]+\)\s*\{([^}]*)\}/.exec(text);
    if (rule) return rule[1].trim();
    if (text.includes('::highlight(policy-context-')) return '';
  }
  return 'no sheet';
}

const count = (texts, text) => texts.filter((t) => t === text).length;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Clicks a control in the card with the mouse (a trusted click). */
async function clickInCard(page, selector) {
  const point = await waitFor(() => page.evaluate(probe.pointInCard, selector), { message: `${selector} in the card` });
  await page.mouse.move(point.x, point.y, { steps: 5 });
  await page.mouse.click(point.x, point.y);
}

export function controls() {
  const suite = createSuite('controls');

  suite.test('a category switched off removes its marks at once; on again restores them', async ({ browser, server }) => {
    const { article, ext } = await articleWithSettings(browser, server);
    const before = await article.evaluate(probe.highlightedTexts);
    assert(before.includes('Xiao Yaqing') && before.includes('Huawei'), 'a person and a company are marked');
    await setSettings(ext, { categories: { ...ALL_CATEGORIES, people: false } });
    const without = await waitFor(() => article.evaluate(probe.highlightedTexts).then((t) => !t.includes('Xiao Yaqing') && t), { message: 'people unmarked' });
    for (const person of ['Xi Jinping', 'Li Keqiang']) assert(!without.includes(person), `${person} (a person) is not marked`);
    for (const other of ['Huawei', 'Big Fund', 'MIIT', '14th Five-Year Plan']) assert(without.includes(other), `${other} stays marked`);
    await setSettings(ext, { categories: ALL_CATEGORIES });
    await waitFor(() => markCount(article).then((n) => n === before.length), { message: `all ${before.length} marks back` });
    await resetSettings(ext);
    await Promise.all([ext.close(), article.close()]);
  });

  suite.test('underline and hold change the highlight CSS; in hold marks show (and open cards) only while Alt is held', async ({ browser, server }) => {
    const { article, ext } = await articleWithSettings(browser, server);
    assert((await article.evaluate(markRule)).includes('background-color'), 'the default style has a soft background');
    await setSettings(ext, { highlightStyle: 'underline' });
    const underline = await waitFor(() => article.evaluate(markRule).then((r) => !r.includes('background-color') && r), { message: 'underline style' });
    assert(/underline/.test(underline) && /dotted/.test(underline), `a dotted underline, no fill: ${underline}`);
    await article.screenshot({ path: join(ARTIFACTS, `${browser.name}-underline.png`) });
    const marks = await markCount(article);
    await setSettings(ext, { highlightStyle: 'hold' });
    await waitFor(() => article.evaluate(markRule).then((r) => r === ''), { message: 'no visible mark style in hold' });
    assertEqual(await markCount(article), marks, 'the marks stay registered, only unstyled');
    await article.bringToFront();
    await hoverText(article, 'Huawei');
    await sleep(900);
    assertEqual(await article.evaluate(probe.cardText), '', 'hovering a hidden mark opens no card');
    await article.keyboard.down('Alt');
    await waitFor(() => article.evaluate(markRule).then((r) => r.includes('background-color')), { message: 'marks shown while Alt is held' });
    const card = await openCardFor(article, 'Huawei');
    assert(card.includes('Huawei'), 'with Alt held, hovering opens the card');
    await article.keyboard.up('Alt');
    await waitFor(() => article.evaluate(markRule).then((r) => r === ''), { message: 'marks hidden again on Alt up' });
    // A page script's synthetic Alt does nothing.
    await article.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', altKey: true })));
    await sleep(200);
    assertEqual(await article.evaluate(markRule), '', 'an untrusted Alt shows nothing');
    await setSettings(ext, { highlightStyle: 'background' });
    await waitFor(() => article.evaluate(markRule).then((r) => r.includes('background-color')), { message: 'background style back' });
    await resetSettings(ext);
    await Promise.all([ext.close(), article.close()]);
  });

  suite.test('first mention only: one mark per entity; the page index still counts every mention', async ({ browser, server }) => {
    const { article, ext } = await articleWithSettings(browser, server);
    const index = () => ext.evaluate(async () => {
      const tab = Number(new URLSearchParams(location.search).get('tab'));
      return (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(tab, { type: 'getPageMentions' });
    });
    const before = await article.evaluate(probe.highlightedTexts);
    assertEqual(count(before, 'Two Sessions'), 2, 'the short demo story marks every mention (auto)');
    await setSettings(ext, { firstMentionOnly: 'on' });
    const after = await waitFor(() => article.evaluate(probe.highlightedTexts).then((t) => count(t, 'Two Sessions') === 1 && t), { message: 'one Two Sessions mark' });
    const { mentions } = await index();
    assertEqual(after.length, mentions.length, 'one mark per entity listed in the page index');
    assertEqual(mentions.find((m) => m.entityId === 'two-sessions')?.count, 2, 'the index counts both mentions');
    assertEqual(mentions.reduce((n, m) => n + m.count, 0), before.length, 'the index counts every mention found');
    await setSettings(ext, { firstMentionOnly: 'off' });
    await waitFor(() => markCount(article).then((n) => n === before.length), { message: 'every mention marked again' });
    await resetSettings(ext);
    await Promise.all([ext.close(), article.close()]);
  });

  suite.test('first mention only, auto (the default): a long story gets one mark per entity, a short one every mention', async ({ browser, server }) => {
    // The demo story repeated to about 3,000 words (past LONG_STORY_WORDS); the demo itself is short (checked above).
    const long = await openAnnotated(browser, server, '/pc/bench/long?words=3000');
    const texts = await waitFor(() => long.evaluate(probe.highlightedTexts).then((t) => t.includes('Two Sessions') && t), { message: 'long story marked' });
    assertEqual(count(texts, 'Two Sessions'), 1, 'one Two Sessions mark in the long story');
    assertEqual(new Set(texts).size, texts.length, `no name marked twice: ${texts.length} marks`);
    await long.close();
  });

  suite.test('the hover delay is respected', async ({ browser, server }) => {
    const { article, ext } = await articleWithSettings(browser, server);
    await setSettings(ext, { dwellMs: 1500 });
    await sleep(200);
    await article.bringToFront();
    await hoverText(article, 'Xiao Yaqing');
    const rested = Date.now();
    await sleep(900);
    assertEqual(await article.evaluate(probe.cardText), '', 'no card before the 1.5 s delay');
    await waitFor(() => article.evaluate(probe.cardText), { message: 'card after the delay', timeout: 4000 });
    assert(Date.now() - rested >= 1400, 'the card waited for the delay');
    await resetSettings(ext);
    await Promise.all([ext.close(), article.close()]);
  });

  suite.test('"not this" on this page hides the entity\'s marks at once; Undo brings them back', async ({ browser, server }) => {
    const article = await openAnnotated(browser, server, '/pc/demo');
    const before = await article.evaluate(probe.highlightedTexts);
    assertEqual(count(before, 'Two Sessions'), 2, 'two marks before');
    await openCardFor(article, 'Two Sessions');
    await article.screenshot({ path: join(ARTIFACTS, `${browser.name}-card-not-this.png`) });
    // A page script's click on the card's buttons does nothing (test build: the shadow root is open).
    await article.evaluate(() => document.querySelector('[data-policy-context-card]').shadowRoot.querySelector('.pc-not-this-page').click());
    await sleep(300);
    assertEqual(count(await article.evaluate(probe.highlightedTexts), 'Two Sessions'), 2, 'an untrusted click hides nothing');
    await clickInCard(article, '.pc-not-this-page');
    const hidden = await waitFor(() => article.evaluate(probe.highlightedTexts).then((t) => count(t, 'Two Sessions') === 0 && t), { message: 'Two Sessions unmarked' });
    assertEqual(hidden.length, before.length - 2, 'only that entity\'s marks go');
    const card = await article.evaluate(probe.cardText);
    assert(card.includes('Hidden on this page.'), `the card says so: ${card.slice(-120)}`);
    await article.screenshot({ path: join(ARTIFACTS, `${browser.name}-card-not-this-hidden.png`) });
    await clickInCard(article, '.pc-not-this-undo');
    await waitFor(() => markCount(article).then((n) => n === before.length), { message: 'marks back after Undo' });
    await article.close();
    // Undo removed the rule: a fresh load of the page marks it too.
    const again = await openAnnotated(browser, server, '/pc/demo');
    await waitFor(() => again.evaluate(probe.highlightedTexts).then((t) => count(t, 'Two Sessions') === 2), { message: 'marked after reload' });
    await again.close();
  });

  suite.test('"not this" on this site hides the entity on another page of the site; Undo restores it', async ({ browser, server }) => {
    const article = await openAnnotated(browser, server, '/pc/demo');
    await openCardFor(article, 'SMIC');
    await clickInCard(article, '.pc-not-this-site');
    await waitFor(() => article.evaluate(probe.highlightedTexts).then((t) => !t.includes('SMIC')), { message: 'SMIC unmarked here' });
    const other = await openAnnotated(browser, server, '/pc/demo-2021');
    await waitFor(() => other.evaluate(probe.highlightedTexts).then((t) => t.includes('MIIT')), { message: 'the other page is marked' });
    assert(!(await other.evaluate(probe.highlightedTexts)).includes('SMIC'), 'SMIC is not marked on another page of the site');
    await article.bringToFront();
    await clickInCard(article, '.pc-not-this-undo');
    await waitFor(() => other.evaluate(probe.highlightedTexts).then((t) => t.includes('SMIC')), { message: 'SMIC marked again on the other page after Undo' });
    await Promise.all([other.close(), article.close()]);
  });

  return suite;
}
