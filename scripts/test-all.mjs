// npm test: every check, in order, with one total at the end. A step that cannot run counts as failed.
// Steps: KB build, types (app and pure core), lint, unit tests, matching quality on the corpus
// (npm run eval with thresholds), both builds, web-ext lint, E2E in real Chromium and real Firefox
// (journeys, real pages unchanged, the story found and marked on real pages). The last line is "N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const ARTIFACTS = 'artifacts';
mkdirSync(ARTIFACTS, { recursive: true });
let passed = 0;
let failed = 0;
const summary = [];

function run(cmd, args, { capture = false, echo = true } = {}) {
  const r = spawnSync(cmd, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (capture && echo && r.stdout) process.stdout.write(r.stdout);
  return r;
}

function step(name, cmd, args) {
  console.log(`\n=== ${name}`);
  const ok = run(cmd, args).status === 0;
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  return ok;
}

step('knowledge base builds and validates', 'npx', ['tsx', 'scripts/build-kb.ts']);
step('types (app)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('types (core/ is pure: no DOM lib)', 'npx', ['tsc', '--noEmit', '-p', 'core/tsconfig.json']);
step('lint', 'npx', ['eslint', '.']);

console.log('\n=== unit tests (vitest)');
const unitReport = `${ARTIFACTS}/vitest.json`;
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
if (existsSync(unitReport)) {
  const r = JSON.parse(readFileSync(unitReport, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
  summary.push(`${r.numFailedTests || r.numFailedTestSuites ? 'FAIL' : 'ok  '} unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numFailedTestSuites ?? 0} suites failed to run`);
} else {
  failed++;
  summary.push('FAIL unit: no report');
}

// Matching quality on the labelled corpus beside the project, held at what the matcher reaches
// (measured 2026-11-27: recall 1.000, precision 0.949, entity accuracy 1.000, no look-alike hit).
// Precision sits under 0.95 because the KB marks two commentators the corpus leaves unlabelled.
const EVAL_THRESHOLDS = ['--min-recall', '0.98', '--min-precision', '0.945', '--min-accuracy', '0.98'];
step('matching quality: npm run eval -- ../shared/corpus', 'npx', ['tsx', 'tools/eval-cli.ts', '../shared/corpus', ...EVAL_THRESHOLDS]);

const chromeBuilt = step('build (Chrome, MV3)', 'npx', ['wxt', 'build']);
const firefoxBuilt = step('build (Firefox, MV2)', 'npx', ['wxt', 'build', '-b', 'firefox']);

if (firefoxBuilt) {
  console.log('\n=== web-ext lint');
  const r = run('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], { capture: true, echo: false });
  let ok = false;
  try {
    const report = JSON.parse(r.stdout);
    // Preact's renderer contains an innerHTML path for dangerouslySetInnerHTML, which our own code
    // never uses (ESLint forbids it); that warning is expected. Anything else fails.
    const unexpected = [...report.errors, ...report.warnings].filter((m) => m.code !== 'UNSAFE_VAR_ASSIGNMENT');
    ok = unexpected.length === 0;
    console.log(`  ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.warnings.map((m) => m.code).join(', ') || 'none'})`);
    for (const m of unexpected) console.log(`  unexpected ${m.code}: ${m.message} (${m.file ?? ''})`);
  } catch {
    console.log('  web-ext lint did not produce a report');
  }
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} web-ext lint`);
}

for (const browser of ['chromium', 'firefox']) {
  if ((browser === 'chromium' && !chromeBuilt) || (browser === 'firefox' && !firefoxBuilt)) {
    failed++;
    summary.push(`FAIL e2e ${browser}: not built`);
    continue;
  }
  console.log(`\n=== E2E in real ${browser}`);
  const r = run('node', ['tests/e2e/run-all.mjs', browser], { capture: true });
  const m = /E2E: (\d+) passed, (\d+) failed/.exec(r.stdout ?? '');
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
    summary.push(`${m[2] === '0' ? 'ok  ' : 'FAIL'} e2e ${browser}: ${m[1]} passed, ${m[2]} failed`);
  } else {
    failed++;
    summary.push(`FAIL e2e ${browser}: did not run`);
  }
}

console.log(`\n=== summary\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
