// The story on real layouts: each saved real page (../shared/realpages) gets a labelled article from
// ../shared/corpus put into its story body (tests/e2e/story-pages.json says where, page by page),
// and with the built extension every required mention of that article must be marked, and nothing
// in navigation, asides, footers or comment threads. A page with no story: the popup says so and
// its "Mark the whole page" button marks the page (our own fixture page, where nothing is a story).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, createSuite, Skip, waitFor } from './support/harness.mjs';
import * as probe from './support/page-probes.mjs';
import { withSettings } from './support/settings.mjs';
import { CORPUS_DIR, REALPAGES_DIR } from '../../tools/local-web.mjs';

const STORIES = JSON.parse(readFileSync(new URL('./story-pages.json', import.meta.url), 'utf8'));
/** English, 22 required mentions of 9 entities (CXMT, the Entity List, the Commerce Department ...). */
export const STORY_ARTICLE = '16-notebookcheck-cxmt-entity-list-2025.txt';
const ASCII_WORD = /[A-Za-z0-9]/;

/** The article's required spans per paragraph, by the corpus README's counting rule. */
function requiredSpans(file) {
  const gold = JSON.parse(readFileSync(join(CORPUS_DIR, 'gold.json'), 'utf8')).find((a) => a.file === file);
  const paragraphs = readFileSync(join(CORPUS_DIR, 'articles', file), 'utf8').split(/\n+/).filter((p) => p.trim());
  const spans = [];
  paragraphs.forEach((text, i) => {
    const candidates = [];
    for (const m of gold.mentions) {
      for (let at = text.indexOf(m.surface); at !== -1; at = text.indexOf(m.surface, at + 1)) {
        const end = at + m.surface.length;
        if (ASCII_WORD.test(m.surface[0]) && at > 0 && ASCII_WORD.test(text[at - 1])) continue;
        if (ASCII_WORD.test(m.surface.at(-1)) && end < text.length && ASCII_WORD.test(text[end])) continue;
        candidates.push({ i, start: at, end, surface: m.surface, optional: m.optional === true });
      }
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = [];
    for (const c of candidates) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
    spans.push(...taken.filter((s) => !s.optional));
  });
  return spans;
}

/** In the page: marks inside the test article as (paragraph, start, end), and marks in furniture. */
function readMarks() {
  const box = document.querySelector('[data-pc-story-test]');
  // Our registry entries: "policy-context-" + a per-page suffix (the active mark has its own).
  const ranges = [...CSS.highlights].filter(([name]) => name.startsWith('policy-context-') && !name.startsWith('policy-context-active-')).flatMap(([, h]) => [...h]);
  const inBox = [];
  const furniture = [];
  const FURNITURE = 'nav, aside, footer, [role=navigation], [role=complementary], [role=contentinfo], [class*=comment i], [id*=comment i]';
  for (const r of ranges) {
    const el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
    if (box && box.contains(el)) {
      const p = el.closest('p[data-i]');
      const before = document.createRange();
      before.setStart(p, 0);
      before.setEnd(r.startContainer, r.startOffset);
      const start = before.toString().length;
      inBox.push({ i: Number(p.dataset.i), start, end: start + r.toString().length });
    } else if (el.closest(FURNITURE)) furniture.push(`${r.toString()} in <${el.closest(FURNITURE).tagName.toLowerCase()}>`);
  }
  return { placed: !!box, missing: document.documentElement.getAttribute('data-pc-story-missing'), inBox, furniture };
}

export function storyPages() {
  const suite = createSuite('story on real pages');
  if (!existsSync(REALPAGES_DIR) || !existsSync(join(CORPUS_DIR, 'gold.json'))) {
    suite.test('real pages and the corpus are available', () => {
      throw new Error(`missing ${REALPAGES_DIR} or ${CORPUS_DIR}: these tests need the shared folders beside the project`);
    });
    return suite;
  }
  const spans = requiredSpans(STORY_ARTICLE);
  const pages = Object.entries(STORIES).filter(([name, spec]) => !name.startsWith('_') && spec.story && existsSync(join(REALPAGES_DIR, name, 'page.html')));

  // Every mention, not first mentions only: a story that with the page's own text passes
  // LONG_STORY_WORDS would otherwise (by design) leave repeats unmarked.
  suite.test(`${pages.length} real pages with a story: the article put into it is marked (${spans.length} required mentions each), nothing in furniture`, async ({ browser, server }) => withSettings(browser, server, { firstMentionOnly: 'off' }, async () => {
    const problems = [];
    let found = 0;
    for (const [name, spec] of pages) {
      const page = await browser.newPage();
      const url = server.pageUrl(`/pc/realpages/${name}?story=${encodeURIComponent(spec.story)}&article=${STORY_ARTICLE}`);
      await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
      let marks;
      try {
        // Marks appear once the content script has run (document_idle) and settled.
        marks = await waitFor(async () => {
          const m = await page.evaluate(readMarks).catch(() => undefined);
          if (m && (m.missing || (m.placed && m.inBox.length >= spans.length))) return m;
          return undefined;
        }, { timeout: 6000, interval: 150, message: 'marks in the story' });
      } catch {
        marks = await page.evaluate(readMarks).catch((e) => ({ error: String(e) }));
      }
      await page.close();
      if (marks.error) {
        problems.push(`${name}: ${marks.error}`);
        continue;
      }
      if (marks.missing || !marks.placed) {
        problems.push(`${name}: the story element "${spec.story}" is not on the page`);
        continue;
      }
      const missed = spans.filter((s) => !marks.inBox.some((h) => h.i === s.i && h.start < s.end && s.start < h.end));
      if (missed.length > 0) problems.push(`${name}: ${missed.length}/${spans.length} required mentions not marked (${[...new Set(missed.map((s) => s.surface))].slice(0, 4).join(', ')})`);
      else found++;
      if (marks.furniture.length > 0) problems.push(`${name}: marks in page furniture: ${marks.furniture.slice(0, 3).join('; ')}`);
    }
    console.log(`    story found and marked on ${found} of ${pages.length} pages`);
    assert(problems.length === 0, problems.join('\n    '));
  }));

  suite.test('no story on the page: the popup says so, and "Mark the whole page" marks it in this tab', async ({ browser, server }) => {
    if (browser.name !== 'chromium') throw new Skip('Firefox automation cannot open the popup for a given tab (it cannot navigate to moz-extension://)');
    const page = await browser.newPage();
    await page.goto(server.pageUrl('/pc/fixtures/no-story.html'), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 800));
    const before = await page.evaluate(probe.highlightedTexts).then((t) => t.length);
    assert(before === 0, `a page without a story gets no marks until asked (got ${before})`);
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const tabId = await popup.evaluate(async (url) => (await globalThis.chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
    assert(tabId, 'the fixture tab is found');
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const notice = await waitFor(() => popup.evaluate(() => document.querySelector('.pc-no-story')?.textContent ?? ''), { message: 'no-story notice' });
    assert(/No story found/.test(notice), `the popup says no story was found: "${notice}"`);
    await popup.click('.pc-mark-page');
    const texts = await waitFor(async () => {
      const t = await page.evaluate(probe.highlightedTexts);
      return t.length > 0 ? t : undefined;
    }, { message: 'marks after "Mark the whole page"' });
    assert(texts.includes('Big Fund III') && texts.includes('MIIT'), `the whole page is marked: ${JSON.stringify(texts)}`);
    const index = await waitFor(() => popup.evaluate(() => [...document.querySelectorAll('.pc-page-index .pc-row')].length), { message: 'page index after marking' });
    assert(index > 0, 'the popup lists what was marked');
    await popup.close();
    await page.close();
  });
  return suite;
}
