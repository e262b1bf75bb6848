// A very small test harness for the browser journeys: named steps, a readable failure, a count.
import { mkdirSync } from 'node:fs';

export const ARTIFACTS = new URL('../../../artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });
/**
 * Where suites also save the README's pictures (Chromium only), when PC_DOC_SCREENSHOTS=1 asks
 * (`npm run screenshots`); otherwise undefined, so a test run leaves the tracked tree as it was.
 */
export const DOC_SCREENSHOTS = process.env.PC_DOC_SCREENSHOTS === '1' ? new URL('../../../docs/screenshots/', import.meta.url).pathname : undefined;

export class AssertionError extends Error {}
/** Thrown by a test that cannot run in this browser; counted as skipped, never as passed. */
export class Skip extends Error {}

export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

export function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${message}\n    expected: ${e}\n    actual:   ${a}`);
}

export async function waitFor(fn, { timeout = 5000, interval = 50, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new AssertionError(`timed out after ${timeout} ms waiting for ${message} (last value: ${JSON.stringify(last)})`);
}

/** Keeps a page's uncaught errors on `page.errors` (Playwright and Puppeteer share the event). */
export function recordPageErrors(page) {
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

export function createSuite(name) {
  const tests = [];
  return {
    test: (title, fn) => tests.push({ title, fn }),
    async run(context) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      for (const { title, fn } of tests) {
        const started = Date.now();
        try {
          await fn(context);
          passed++;
          console.log(`  ok   ${name} › ${title} (${Date.now() - started} ms)`);
        } catch (error) {
          if (error instanceof Skip) {
            skipped++;
            console.log(`  skip ${name} › ${title}: ${error.message}`);
            continue;
          }
          failed++;
          console.log(`  FAIL ${name} › ${title}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
        }
      }
      return { passed, failed, skipped };
    },
  };
}
