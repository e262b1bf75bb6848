// npm run -s eval -- DIR [--json] [--only REGEX] [--min-recall X] [--min-precision X] [--min-accuracy X]
// Scores the matcher on a labelled corpus folder (the format of ../shared/corpus): per file and
// overall required recall, precision, entity accuracy and look-alike (decoy) hits, with every miss,
// false mark and wrong entity in context. Exits 1 when a --min-* threshold is not met (for CI),
// 2 on bad usage or a missing corpus.
import { parseArgs } from 'node:util';
import { CompiledMatcher } from '../core/matcher';
import { loadKb } from '../scripts/kb-files';
import { belowThresholds, totals, type ArticleReport, type Finding } from './corpus-eval';
import { corpusAvailable, evaluate, loadCorpus } from './corpus-files';

const USAGE = 'usage: npm run -s eval -- DIR [--json] [--only REGEX] [--min-recall X] [--min-precision X] [--min-accuracy X]';

function fail(message: string): never {
  console.error(`eval: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      only: { type: 'string' },
      'min-recall': { type: 'string' },
      'min-precision': { type: 'string' },
      'min-accuracy': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail('give exactly one corpus folder');
const dir = positionals[0]!;
if (!corpusAvailable(dir)) fail(`no gold.json in ${dir}`);

const ratio = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) fail(`--${name} wants a number from 0 to 1, got ${value}`);
  return n;
};
const limits = {
  minRecall: ratio('min-recall', values['min-recall']),
  minPrecision: ratio('min-precision', values['min-precision']),
  minAccuracy: ratio('min-accuracy', values['min-accuracy']),
};

const kb = loadKb();
if (!kb.ok) {
  console.error(`eval: the knowledge base in data/entities is invalid:\n  ${kb.problems.join('\n  ')}`);
  process.exit(2);
}
const matcher = new CompiledMatcher(kb.index);
const reports = evaluate(matcher, loadCorpus(dir), new RegExp(values.only ?? '.'));
const overall = totals(reports);
const failures = belowThresholds(overall, limits);

if (values.json) {
  console.log(JSON.stringify({ kb: kb.kb.version, dir, overall, thresholds: limits, failures, articles: reports }, null, 2));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const line = (f: Finding) => {
    const parts = [f.context];
    if (f.entityId) parts.push(`marked ${f.entityId}`);
    if (f.expected) parts.push(`labelled ${f.expected}`);
    if (f.via) parts.push(`via ${f.via}`);
    return `    ${parts.join('  ·  ')}`;
  };
  const section = (title: string, findings: readonly Finding[]) =>
    findings.length ? [`  ${title} (${findings.length}):`, ...findings.map(line)] : [];
  for (const r of reports as ArticleReport[]) {
    const t = totals([r]);
    const head = r.topic === 'distractor'
      ? `${r.file}  distractor: ${r.falsePositives} marks, ${r.decoyHits.length} on look-alikes`
      : `${r.file}  recall ${r.found}/${r.required}  precision ${pct(t.precision)}  accuracy ${r.accurate}/${r.found}`;
    console.log([head, ...section('missed', r.misses), ...section('false marks', r.falseMarks), ...section('wrong entity', r.wrongEntity), ...section('look-alike hits', r.decoyHits)].join('\n'));
  }
  console.log(
    `\noverall (${overall.articles} articles): required recall ${pct(overall.recall)} (${overall.found}/${overall.required}), ` +
      `precision ${pct(overall.precision)} (${overall.falsePositives} false marks), ` +
      `entity accuracy ${pct(overall.accuracy)} (${overall.accurate}/${overall.found}), look-alike hits ${overall.decoyHits}`,
  );
  for (const f of failures) console.log(`BELOW THRESHOLD: ${f}`);
}
process.exit(failures.length > 0 ? 1 : 0);
