// npm test: every check, in order, with one total at the end. A step that cannot run counts as failed.
// Steps: KB build, types (app and pure core), lint, unit tests, matching quality on the corpus
// (npm run eval with thresholds), the build readers get (from no generated/ at all, as on a clean
// clone) and its package checks, the test build, web-ext lint, E2E in real Chromium and real
// Firefox (journeys, the hostile-page suite, real pages unchanged, the story found and marked on
// real pages, the production build). The last line is "N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const ARTIFACTS = 'artifacts';
mkdirSync(ARTIFACTS, { recursive: true });
let passed = 0;
let failed = 0;
const summary = [];

function run(cmd, args, { capture = false, echo = true, env = {} } = {}) {
  const r = spawnSync(cmd, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  if (capture && echo && r.stdout) process.stdout.write(r.stdout);
  return r;
}

function step(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}`);
  const ok = run(cmd, args, { env }).status === 0;
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  return ok;
}

step('knowledge base builds and validates', 'npx', ['tsx', 'scripts/kb-cli.ts']);
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
// (measured 2026-11-27, 428-entity KB: recall 0.996, precision 0.941, entity accuracy 1.000, no
// look-alike hit). Precision sits under 0.95 because the KB marks entities the corpus leaves
// unlabelled (the commentator Xiang Ligang, Nvidia's H20 and Jensen Huang); see
// tests/unit/corpus-quality.test.ts.
const EVAL_THRESHOLDS = ['--min-recall', '0.99', '--min-precision', '0.94', '--min-accuracy', '0.99'];
step('matching quality: npm run eval -- ../shared/corpus', 'npx', ['tsx', 'tools/eval-cli.ts', '../shared/corpus', ...EVAL_THRESHOLDS]);

// The README's build command with no generated/ at all, as a clean clone has it: the build must
// make its own knowledge base (finding 1 of issue 13).
rmSync('generated', { recursive: true, force: true });
const productionBuilt = step('npm run build from no generated/ (Chrome MV3 + Firefox MV2, what readers get)', 'npm', ['run', '-s', 'build']) && existsSync('generated/kb.json');
if (productionBuilt) {
  console.log('\n=== packages: manifests, permissions, size budget, KB shipped once');
  const r = run('node', ['scripts/check-package.mjs'], { capture: true });
  const m = /CHECKS: (\d+) passed, (\d+) failed/.exec(r.stdout ?? '');
  passed += m ? Number(m[1]) : 0;
  failed += m ? Number(m[2]) : 1;
  summary.push(`${m && m[2] === '0' ? 'ok  ' : 'FAIL'} packages: ${m ? `${m[1]} passed, ${m[2]} failed` : 'did not run'}`);
}
const testEnv = { PC_TEST_BUILD: '1', PC_KB_PREBUILT: '1' };
const chromeBuilt = productionBuilt && step('test build (Chrome; card shadow root open for probes)', 'npx', ['wxt', 'build'], testEnv);
const firefoxBuilt = productionBuilt && step('test build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox'], testEnv);

if (firefoxBuilt) {
  console.log('\n=== web-ext lint');
  const r = run('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], { capture: true, echo: false });
  let ok = false;
  try {
    const report = JSON.parse(r.stdout);
    // No rule is ignored: every error, warning and notice fails (Preact's innerHTML path is removed
    // at build time by tools/build/preact-no-inner-html.ts).
    const unexpected = [...report.errors, ...report.warnings, ...(report.notices ?? [])];
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
