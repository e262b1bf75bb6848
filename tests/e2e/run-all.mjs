// Runs the browser journeys against the built extension in real Chromium and real Firefox.
// Usage: node tests/e2e/run-all.mjs [chromium|firefox ...]   (default: both)
// Prints one "E2E: N passed, N failed" line at the end; exits non-zero on any failure.
import { existsSync } from 'node:fs';
import { launchChromium, CHROMIUM_DIST, CHROMIUM_PRODUCTION_DIST } from './support/chromium.mjs';
import { launchFirefox, FIREFOX_DIST, FIREFOX_PRODUCTION_DIST } from './support/firefox.mjs';
import { hostilePages, productionBuild } from './hostile.mjs';
import { startServer } from '../../tools/local-web.mjs';
import { entityPage } from './entity-page.mjs';
import { controls } from './controls.mjs';
import { journey } from './journey.mjs';
import { optionsPage } from './options.mjs';
import { packs } from './packs.mjs';
import { realPages } from './real-pages.mjs';
import { storyPages } from './story-pages.mjs';
import { zhUi } from './zh-ui.mjs';
import { a11y } from './a11y.mjs';

const BROWSERS = {
  chromium: { launch: launchChromium, dist: CHROMIUM_DIST, productionDist: CHROMIUM_PRODUCTION_DIST },
  firefox: { launch: launchFirefox, dist: FIREFOX_DIST, productionDist: FIREFOX_PRODUCTION_DIST },
};
const wanted = process.argv.slice(2).filter((a) => a in BROWSERS);
/** --only=journey,controls,entity,options,packs,hostile,production,real-pages,story,zh,a11y runs just those suites (for development). */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (suite) => !only || only.includes(suite);
const names = wanted.length ? wanted : Object.keys(BROWSERS);

let passed = 0;
let failed = 0;
let skipped = 0;
const server = await startServer();
for (const name of names) {
  const { launch, dist, productionDist } = BROWSERS[name];
  if (!existsSync(dist) || !existsSync(productionDist)) {
    console.log(`  FAIL ${name}: no build at ${dist} or ${productionDist} (npm test builds both)`);
    failed++;
    continue;
  }
  console.log(`# ${name}`);
  let browser;
  try {
    browser = await launch({ proxyPort: server.port });
    // The hostile suite runs last: its final test reloads the extension, which Chromium started
    // with --load-extension does not bring back.
    // a11y (axe, keyboard) runs in Chromium: it skips itself in Firefox.
    const suites = [want('journey') && journey(), want('controls') && controls(), want('entity') && entityPage(), want('options') && optionsPage(), want('packs') && packs(), want('real-pages') && realPages(), want('story') && storyPages(), want('a11y') && name === 'chromium' && a11y(), want('hostile') && hostilePages()].filter(Boolean);
    for (const suite of suites) {
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
  // The UI in Simplified Chinese, in a browser started in zh-CN.
  if (want('zh')) {
    let zh;
    try {
      zh = await launch({ proxyPort: server.port, lang: 'zh-CN' });
      const r = await zhUi().run({ browser: zh, server });
      passed += r.passed;
      failed += r.failed;
      skipped += r.skipped;
    } catch (error) {
      console.log(`  FAIL ${name} (zh-CN): could not run: ${error?.stack ?? error}`);
      failed++;
    } finally {
      await zh?.close().catch(() => undefined);
    }
  }
  if (!want('production')) continue;
  // The build readers get, in a browser of its own: what a page can see of our card.
  let production;
  try {
    production = await launch({ proxyPort: server.port, production: true });
    const r = await productionBuild().run({ browser: production, server });
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
  } catch (error) {
    console.log(`  FAIL ${name} (production build): could not run: ${error?.stack ?? error}`);
    failed++;
  } finally {
    await production?.close().catch(() => undefined);
  }
}
await server.close();
if (skipped) console.log(`(${skipped} skipped: not counted as passed)`);
console.log(`E2E: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
