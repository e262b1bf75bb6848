// npm run screenshots: the README's pictures, taken from the test build in real Chromium (the
// same extension as the one readers get, with the card's shadow root open so a card can be found
// and framed). Run `PC_TEST_BUILD=1 npx wxt build` first, or `npm test`, which builds it.
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/support/chromium.mjs';
import { openAnnotated, openCardFor, openEntityPageFromCard } from '../tests/e2e/support/reader.mjs';
import { startServer } from '../tools/local-web.mjs';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });
const shots = [
  { file: 'card.png', path: '/pc/demo', text: 'Big Fund 3.0' },
  { file: 'card-person-then-and-now.png', path: '/pc/demo-2021', text: 'Xiao Yaqing' },
  { file: 'card-plan-targets.png', path: '/pc/demo-2021', text: '14th Five-Year Plan' },
  { file: 'card-fund-shareholders.png', path: '/pc/demo', text: 'Big Fund 3.0', scrollTo: '.pc-shareholders' },
];

const server = await startServer();
const browser = await launchChromium({ proxyPort: server.port });
for (const shot of shots) {
  const page = await openAnnotated(browser, server, shot.path);
  const text = await openCardFor(page, shot.text);
  if (shot.scrollTo) {
    await page.evaluate((sel) => document.querySelector('[data-policy-context-card]').shadowRoot.querySelector(sel)?.scrollIntoView({ block: 'center' }), shot.scrollTo);
  }
  await new Promise((r) => setTimeout(r, 200));
  await page.screenshot({ path: `${OUT}${shot.file}` });
  console.log(`${shot.file}: ${text.replace(/\s+/g, ' ').slice(0, 160)}…`);
  await page.close();
}
// The entity page, opened the way a reader opens it: the card's Open button.
const article = await openAnnotated(browser, server, '/pc/demo');
const entityPage = await openEntityPageFromCard(browser, article, 'Big Fund 3.0');
await entityPage.screenshot({ path: `${OUT}entity-page.png` });
console.log(`entity-page.png: ${await entityPage.title()}`);
await Promise.all([entityPage.close(), article.close()]);
await browser.close();
await server.close();
