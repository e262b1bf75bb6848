// Runs the browser journeys against the built extension in real Chromium and real Firefox.
// Usage: node tests/e2e/run-all.mjs [chromium|firefox ...]   (default: both)
// Prints one "E2E: N passed, N failed" line at the end; exits non-zero on any failure.
import { existsSync } from 'node:fs';
import { launchChromium, CHROMIUM_DIST } from './support/chromium.mjs';
import { launchFirefox, FIREFOX_DIST } from './support/firefox.mjs';
import { startServer } from '../../tools/local-web.mjs';
import { journey } from './journey.mjs';
import { realPages } from './real-pages.mjs';
import { storyPages } from './story-pages.mjs';

const BROWSERS = {
  chromium: { launch: launchChromium, dist: CHROMIUM_DIST },
  firefox: { launch: launchFirefox, dist: FIREFOX_DIST },
};
const wanted = process.argv.slice(2).filter((a) => a in BROWSERS);
const names = wanted.length ? wanted : Object.keys(BROWSERS);

let passed = 0;
let failed = 0;
let skipped = 0;
const server = await startServer();
for (const name of names) {
  const { launch, dist } = BROWSERS[name];
  if (!existsSync(dist)) {
    console.log(`  FAIL ${name}: no build at ${dist} (run npm run build first)`);
    failed++;
    continue;
  }
  console.log(`# ${name}`);
  let browser;
  try {
    browser = await launch({ proxyPort: server.port });
    // PC_E2E_SUITES=story,journey runs only those suites (while working on one); default: all.
    const only = process.env.PC_E2E_SUITES?.split(',');
    const suites = { journey, real: realPages, story: storyPages };
    for (const suite of Object.entries(suites).filter(([key]) => !only || only.includes(key)).map(([, make]) => make())) {
      const r = await suite.run({ browser, server });
      passed += r.passed;
      failed += r.failed;
      skipped += r.skipped;
    }
  } catch (error) {
    console.log(`  FAIL ${name}: could not run: ${error?.stack ?? error}`);
    failed++;
  } finally {
    await browser?.close().catch(() => undefined);
  }
}
await server.close();
if (skipped) console.log(`(${skipped} skipped: not counted as passed)`);
console.log(`E2E: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
