// The UI in Simplified Chinese: a browser started in zh-CN gets the zh_CN catalogue through
// browser.i18n, cards built in Chinese by the background (Chinese name first, 2021年3月 dates) and
// a Chinese extension page. run-all.mjs launches its own browser for this suite (lang: 'zh-CN').
import { join } from 'node:path';
import { ARTIFACTS, DOC_SCREENSHOTS, assert, assertEqual, createSuite, waitFor } from './support/harness.mjs';
import { openAnnotated, openCardFor } from './support/reader.mjs';
import { openPopupFromCard } from './support/reader.mjs';

const HAN = /\p{Script=Han}/u;

/** The open card's title parts, section headings and language, read through the test build's open shadow root. */
function cardParts() {
  const root = document.querySelector('[data-policy-context-card]')?.shadowRoot;
  const popover = root?.querySelector('.pc-popover');
  if (!popover) return null;
  const title = [...popover.querySelectorAll('.pc-title > span')].map((s) => ({ text: s.textContent, lang: s.lang }));
  return {
    lang: popover.lang,
    title,
    type: popover.querySelector('.pc-type')?.textContent ?? '',
    headings: [...popover.querySelectorAll('h3')].map((h) => h.textContent),
    open: popover.querySelector('.pc-open-detail')?.textContent ?? '',
    close: popover.querySelector('.pc-close')?.getAttribute('aria-label') ?? '',
    asOf: popover.querySelector('.pc-as-of')?.textContent ?? '',
  };
}

export function zhUi() {
  const suite = createSuite('zh-CN UI');

  suite.test('a hovered card speaks Chinese: Chinese labels, the Chinese name first, dates as 2026年…', async ({ browser, server }) => {
    const page = await openAnnotated(browser, server, '/pc/demo');
    await openCardFor(page, 'Big Fund 3.0');
    const card = await page.evaluate(cardParts);
    assertEqual(card.lang, 'zh-CN', 'the card declares its language');
    assertEqual(card.title, [{ text: '国家集成电路产业投资基金三期', lang: 'zh' }, { text: 'Big Fund Phase III', lang: 'en' }], 'Chinese name first, English under it');
    assertEqual(card.type, '国家基金', 'type label in Chinese');
    assert(card.headings.includes('来源') && card.headings.includes('大事记'), `section headings in Chinese: ${card.headings.join(', ')}`);
    assert(card.open.startsWith('打开') && card.close === '关闭卡片', `buttons in Chinese: "${card.open}", "${card.close}"`);
    // A message with a substitution ($1) filled by the browser: the as-of line with a Chinese date.
    assert(/^知识库截至\d{4}年\d{1,2}月\d{1,2}日$/.test(card.asOf), `as-of line in Chinese with a Chinese date: "${card.asOf}"`);
    await page.screenshot({ path: join(ARTIFACTS, `${browser.name}-card-zh-CN.png`) });
    if (DOC_SCREENSHOTS && browser.name === 'chromium') await page.screenshot({ path: join(DOC_SCREENSHOTS, 'card-zh-CN.png') });
    await page.close();
  });

  suite.test('a person card in Chinese: role spans as （2020年7月至2022年…）, no English UI words left', async ({ browser, server }) => {
    const page = await openAnnotated(browser, server, '/pc/demo');
    const text = await openCardFor(page, 'Xiao Yaqing');
    const roles = await page.evaluate(() => [...document.querySelector('[data-policy-context-card]').shadowRoot.querySelectorAll('.pc-roles li')].map((li) => li.textContent));
    assert(roles.length > 0 && roles.every((r) => /（\d{4}年(\d{1,2}月)?至(\d{4}年|今)/.test(r)), `role spans in Chinese: ${JSON.stringify(roles)}`);
    assert(!/In this article|Knowledge base as of|Sources|Key dates|Roles|present\)/.test(text), `no English UI words left: ${text.slice(0, 300)}`);
    await page.close();
  });

  suite.test('the extension page speaks Chinese: labels, the detail card, search results with the Chinese name first', async ({ browser, server }) => {
    const article = await openAnnotated(browser, server, '/pc/demo');
    const ext = await openPopupFromCard(browser, article, 'Big Fund 3.0');
    const detail = await ext.evaluate(() => ({
      lang: document.documentElement.lang,
      back: document.querySelector('.pc-back').textContent,
      first: document.querySelector('.pc-title > span').textContent,
    }));
    assertEqual(detail, { lang: 'zh-CN', back: '← 返回', first: '国家集成电路产业投资基金三期' }, 'detail view in Chinese');
    await ext.click('.pc-back');
    const labels = await waitFor(() => ext.evaluate(() => document.querySelector('.pc-page-index h2') && {
      search: document.querySelector('.pc-search-label').textContent,
      index: document.querySelector('.pc-page-index h2').textContent,
      allSites: document.querySelector('.pc-popup-head .pc-switch')?.textContent ?? '',
      foot: document.querySelector('.pc-popup-foot').textContent,
    }), { message: 'popup labels' });
    assertEqual([labels.search, labels.index, labels.allSites], ['搜索知识库', '本页内容', '在所有网站启用'], 'popup labels in Chinese');
    assert(/截至 \d{4}年\d{1,2}月\d{1,2}日 · 共 \d+ 个条目 · 离线运行/.test(labels.foot), `footer in Chinese, with a Chinese date: ${labels.foot}`);
    await ext.click('#pc-search');
    await ext.keyboard.type('big fund');
    const result = await waitFor(() => ext.evaluate(() => {
      const hit = document.querySelector('.pc-result[data-entity-id="big-fund"]');
      return hit && [...hit.querySelectorAll('.pc-result-name > span')].map((s) => s.textContent.trim()).concat(hit.querySelector('.pc-result-meta').textContent);
    }), { message: 'search result for big fund' });
    assert(HAN.test(result[0]) && /Big Fund|Integrated Circuit/.test(result[1]) && result[2].startsWith('国家基金'), `Chinese name first, then English, type in Chinese: ${JSON.stringify(result)}`);
    await ext.screenshot({ path: join(ARTIFACTS, `${browser.name}-popup-zh-CN.png`) });
    await ext.close();
    await article.close();
  });

  return suite;
}
