// Knowledge packs in a real browser, through the options page as a reader uses it: a bad pack is
// refused with its first bad field named and nothing stored; the sample pack imports, its entity
// is marked on an open article without a reload and its card names the pack; switching the pack
// off removes the marks; export gives back the pack; remove deletes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, assertEqual, createSuite, waitFor } from './support/harness.mjs';
import * as probe from './support/page-probes.mjs';
import { openAnnotated, openCardFor } from './support/reader.mjs';
import { openOptions } from './options.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const SAMPLE = join(ROOT, 'docs/sample-pack.json');
const sampleText = readFileSync(SAMPLE, 'utf8');

/** Chooses a file in the page's file input: playwright and puppeteer name this differently. */
async function chooseFile(page, selector, path) {
  if (typeof page.setInputFiles === 'function') return page.setInputFiles(selector, path);
  const input = await page.$(selector);
  return input.uploadFile(path);
}

async function writeTemp(name, text) {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'pc-pack-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const storedPacks = (page) => page.evaluate(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const { packs, settings } = await api.storage.local.get(['packs', 'settings']);
  return { packs: packs ?? [], refs: settings?.packs ?? [] };
});
/** The marked texts, with the page's line breaks read as spaces (the fixture wraps a name). */
const markedTexts = async (page) => (await page.evaluate(probe.highlightedTexts)).map((t) => t.replace(/\s+/g, ' '));
const statusText = (page) => page.evaluate(() => document.querySelector('.pc-pack-error, .pc-pack-status')?.textContent ?? '');

async function importFile(page, path) {
  await chooseFile(page, '#pc-pack-file', path);
  await page.click('.pc-pack-import');
}

export function packs() {
  const suite = createSuite('packs');

  suite.test('a pack with a bad field is refused, the field is named, and nothing is stored', async ({ browser, server }) => {
    const options = await openOptions(browser, server);
    const bad = JSON.parse(sampleText);
    bad.entities[0].sources[0].url = 'http://www.ukro.ac.uk/news/the-european-chips-act-has-entered-into-force';
    await importFile(options, await writeTemp('bad-pack.json', JSON.stringify(bad)));
    const message = await waitFor(async () => {
      const t = await statusText(options);
      return t.includes('entities[0].sources[0].url') ? t : false;
    }, { message: 'the error names entities[0].sources[0].url' });
    assert(/nothing was stored/i.test(message), `the reader is told nothing was stored: ${message}`);
    const role = await options.evaluate(() => document.querySelector('.pc-pack-error')?.getAttribute('role'));
    assertEqual(role, 'alert', 'the error is announced');
    assertEqual(JSON.stringify(await storedPacks(options)), JSON.stringify({ packs: [], refs: [] }), 'nothing stored');
    await importFile(options, await writeTemp('not-json.json', '{"format": "policy-context-pack",'));
    await waitFor(async () => (await statusText(options)).includes('not valid JSON'), { message: 'not-JSON message' });
    assertEqual((await storedPacks(options)).refs.length, 0, 'still nothing stored');
    await options.close();
  });

  suite.test('the sample pack imports; its entity is marked on an open article and its card names the pack; off, export, remove', async ({ browser, server }) => {
    const article = await openAnnotated(browser, server, '/pc/fixtures/pack-article.html');
    const before = await markedTexts(article);
    assert(!before.includes('European Chips Act'), `not marked before the pack: ${JSON.stringify(before)}`);
    const options = await openOptions(browser, server);
    await importFile(options, SAMPLE);
    await waitFor(async () => (await statusText(options)).includes('Sample pack: EU chip policy'), { message: 'import reported' });
    const stored = await storedPacks(options);
    assertEqual(stored.refs.map((r) => `${r.id}:${r.enabled}`).join(), 'sample-eu-chips:true', 'the pack is listed in settings, on');
    // The open article picks the pack up without a reload.
    await waitFor(async () => {
      const texts = await markedTexts(article);
      return texts.includes('European Chips Act') && texts.includes('EU Chips Act');
    }, { message: 'pack entity marked on the open article', timeout: 15_000 });
    if (article.bringToFront) await article.bringToFront();
    const card = await openCardFor(article, 'EU Chips Act');
    assert(card.includes('Sample pack: EU chip policy'), `the card names the pack: ${card.slice(0, 300)}`);
    assert(card.includes('UK Research Office'), 'the card lists the pack source');
    await article.keyboard.press('Escape');

    // Export gives back the same pack.
    const exported = await options.evaluate(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const { packs } = await api.storage.local.get('packs');
      return JSON.stringify(packs[0].pack);
    });
    assertEqual(JSON.parse(exported).entities[0].id, 'european-chips-act', 'the stored pack is the imported one');

    // Off: the marks go; remove: the pack goes.
    await options.click('.pc-pack input[type="checkbox"]');
    await waitFor(async () => !(await markedTexts(article)).includes('European Chips Act'), { message: 'pack off removes its marks', timeout: 15_000 });
    const remove = await options.evaluateHandle(() => [...document.querySelectorAll('.pc-pack button')].find((b) => /Remove|移除/.test(b.textContent)));
    await remove.click();
    await options.click('.pc-pack .pc-danger');
    await waitFor(async () => (await storedPacks(options)).refs.length === 0, { message: 'pack removed from settings' });
    assertEqual((await storedPacks(options)).packs.length, 0, 'pack records removed');
    await options.close();
    await article.close();
  });

  return suite;
}
