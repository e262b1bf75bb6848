// The browser half of npm run bench: a long article in real Chromium with the built extension,
// against the same page where the extension is off (a host outside the news list), same run.
// Reports the longest main-thread task and the time until the marks are painted.
import { existsSync } from 'node:fs';
import { launchChromium, CHROMIUM_PRODUCTION_DIST as CHROMIUM_DIST } from '../tests/e2e/support/chromium.mjs';
import { OFF_HOST, startServer } from '../tools/local-web.mjs';

if (!existsSync(CHROMIUM_DIST) || !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.log('browser bench: needs Chromium and a build (npm run build); skipped');
  process.exit(0);
}
const server = await startServer();
const browser = await launchChromium({ proxyPort: server.port, production: true });

async function measure(words, host) {
  const page = await browser.newPage();
  const started = Date.now();
  await page.goto(server.pageUrl(`/pc/bench/long?words=${words}`, host), { waitUntil: 'load' });
  let markedAfter;
  while (Date.now() - started < 10000) {
    const firstMarks = await page.evaluate(() => [...CSS.highlights].filter(([n]) => n.startsWith('policy-context-') && !n.startsWith('policy-context-active-')).reduce((sum, [, h]) => sum + h.size, 0));
    if (firstMarks > 0) {
      markedAfter = Date.now() - started;
      break;
    }
    if (host === OFF_HOST && Date.now() - started > 1500) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 500));
  // The stall is read from load on: the page's own parsing before it is the same with or without us.
  const { longTasks, maxGap } = await page.evaluate(() => ({ longTasks: window.__longTasks, maxGap: window.__maxGap }));
  const marks = await page.evaluate(() => [...CSS.highlights].filter(([n]) => n.startsWith('policy-context-') && !n.startsWith('policy-context-active-')).reduce((sum, [, h]) => sum + h.size, 0)); // all slices painted by now
  await page.close();
  return { marks, markedAfter, maxGap, longTasks: longTasks.length };
}

console.log('\nreal Chromium, built extension: longest main-thread stall seen by a 4 ms heartbeat in the page');
console.log('words  | extension off: stall (tasks > 50 ms) | on: stall (tasks > 50 ms) | ratio | marks | first marks after');
for (const words of [10_000, 50_000]) {
  await measure(words, OFF_HOST); // warm the browser's caches for both runs alike
  const off = await measure(words, OFF_HOST);
  const on = await measure(words, undefined);
  console.log(`${String(words).padEnd(6)} | ${off.maxGap.toFixed(0).padStart(8)} ms (${off.longTasks}) | ${on.maxGap.toFixed(0).padStart(8)} ms (${on.longTasks}) | ${(on.maxGap / Math.max(1, off.maxGap)).toFixed(1).padStart(5)}x | ${String(on.marks).padStart(5)} | ${on.markedAfter ?? '-'} ms`);
}
await browser.close();
await server.close();
