// npm start: builds the extension and opens the demo article, annotated, in real Chromium.
// With a display, the browser window stays open for you to hover and search (close it to end).
// Without one (or with --headless), it hovers a mark itself, saves screenshots to artifacts/,
// and prints what it found.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { startServer } from '../tools/local-web.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath) && !process.env.CHROMIUM_PATH) {
  spawnSync('bash', ['scripts/ensure-browsers.sh', 'chromium-only'], { stdio: 'inherit' });
}
if (!existsSync(chromiumPath)) {
  console.error(`Chromium was not found at ${chromiumPath}. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

// The test build (.output-test/): the same extension, except that the card's shadow root is open
// so this script can read the card it opened and print it. The build also makes the KB.
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, PC_TEST_BUILD: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);

const { launchChromium } = await import('../tests/e2e/support/chromium.mjs');
const probe = await import('../tests/e2e/support/page-probes.mjs');
const server = await startServer();
const browser = await launchChromium({ proxyPort: server.port, headed: !headless });
const page = await browser.newPage();
const url = server.pageUrl('/pc/demo');
await page.goto(url);
console.log(`\nDemo article open at ${url} (served from this machine through a local proxy; nothing leaves it).`);

const deadline = Date.now() + 10000;
let marks = [];
while (Date.now() < deadline && marks.length === 0) {
  marks = await page.evaluate(probe.highlightedTexts);
  if (marks.length === 0) await new Promise((r) => setTimeout(r, 100));
}
const distinct = [...new Set(marks)];
console.log(`Policy Context marked ${marks.length} mentions (${distinct.length} distinct names):\n  ${distinct.join(' · ')}`);

if (!headless) {
  console.log('\nHover any highlighted name to see its card. Close the browser window to finish.');
  await new Promise((resolve) => browser.onClose(resolve));
  await server.close();
  process.exit(0);
}

mkdirSync('artifacts', { recursive: true });
await page.screenshot({ path: 'artifacts/demo-article.png' });
const point = await page.evaluate(probe.pointOfText, ['Big Fund 3.0', 0]);
await page.mouse.move(point.x - 30, point.y + 20);
await page.mouse.move(point.x, point.y, { steps: 8 });
await new Promise((r) => setTimeout(r, 80));
await page.mouse.move(point.x + 1, point.y);
let card = '';
for (let i = 0; i < 40 && !card; i++) {
  await new Promise((r) => setTimeout(r, 100));
  card = await page.evaluate(probe.cardText);
}
await page.screenshot({ path: 'artifacts/demo-card.png' });
console.log(`\nHovered "Big Fund 3.0"; its card reads:\n  ${card.replace(/\s+/g, ' ').slice(0, 300)}…`);
console.log('\nNo display here, so screenshots were saved: artifacts/demo-article.png, artifacts/demo-card.png');
await browser.close();
await server.close();
process.exit(marks.length > 0 && card ? 0 : 1);
