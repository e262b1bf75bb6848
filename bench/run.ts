// npm run bench: speed and size, reported as ratios against baselines measured in the same run
// (absolute times vary by machine; ratios travel). Not a test: it prints, it does not assert.
//   - baseline "fold only": one pass that just lower-cases the text (the floor any matcher pays);
//   - baseline "regex per alias": one case-insensitive regex per alias, as mark.js-style
//     highlighters do, over the same text and the same alias list.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CONTENT_SCRIPT_BUDGET_GZIP } from '../scripts/size-budget.mjs';
import { performance } from 'node:perf_hooks';
import { CompiledMatcher } from '../core/matcher';
import { foldText } from '../core/normalize';
import { loadKb } from '../scripts/kb-files';

const kb = loadKb();
if (!kb.ok) throw new Error(kb.problems.join('\n'));

function article(words: number): string {
  const dir = '../shared/corpus/articles';
  const sources = existsSync(dir)
    ? readdirSync(dir).filter((f) => !f.includes('distractor')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
    : [readFileSync('demo/article.html', 'utf8').replace(/<[^>]+>/g, ' ')];
  let text = '';
  for (let i = 0; text.split(/\s+/).length < words; i++) text += `${sources[i % sources.length]}\n\n`;
  return text.split(/(\s+)/).slice(0, words * 2).join('');
}

function time(fn: () => unknown, minMs = 300): number {
  fn(); // warm-up
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || runs < 3) {
    fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compileStart = performance.now();
const matcher = new CompiledMatcher(kb.index);
const compileMs = performance.now() - compileStart;
const aliasRegexes = kb.kb.entities
  .flatMap((e) => e.aliases.filter((a) => !a.searchOnly).map((a) => a.text))
  .map((text) => new RegExp(escapeRegExp(text), 'gi'));

console.log(`KB ${kb.kb.version}: ${kb.index.patterns.filter((p) => !p.variant).length} aliases + ${kb.index.patterns.filter((p) => p.variant).length} derived spellings; matcher built in ${compileMs.toFixed(1)} ms\n`);
console.log('words   | fold only | matcher (exact+fuzzy) | exact only | regex per alias | matcher/fold | regex/matcher');
for (const words of [1_000, 10_000, 50_000]) {
  const text = article(words);
  const fold = time(() => foldText(text));
  const full = time(() => matcher.match(text));
  const exact = time(() => matcher.match(text, { fuzzy: false }));
  const regex = time(() => {
    let n = 0;
    for (const re of aliasRegexes) {
      re.lastIndex = 0;
      while (re.exec(text)) n++;
    }
    return n;
  });
  const mentions = matcher.match(text).length;
  console.log(
    `${String(words).padEnd(7)} | ${fold.toFixed(2).padStart(6)} ms | ${full.toFixed(2).padStart(8)} ms (${mentions} mentions) | ${exact.toFixed(2).padStart(7)} ms | ${regex.toFixed(2).padStart(10)} ms | ${(full / fold).toFixed(1).padStart(8)}x | ${(regex / full).toFixed(1).padStart(8)}x`,
  );
}

const contentScript = '.output/chrome-mv3/policy-context.js';
if (existsSync(contentScript)) {
  const raw = readFileSync(contentScript);
  const gz = gzipSync(raw).length;
  console.log(`\ncontent script: ${raw.length.toLocaleString('en')} bytes, ${gz.toLocaleString('en')} bytes gzip (budget ${CONTENT_SCRIPT_BUDGET_GZIP.toLocaleString('en')} bytes gzip, ADR 0016: ${(gz / CONTENT_SCRIPT_BUDGET_GZIP).toFixed(3)} of budget)`);
} else {
  console.log('\ncontent script size: build first (npm run build)');
}
// Heap held by one matcher plus the mentions of a 10k-word article (what a page pays), after GC.
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  const text = article(10_000);
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = new CompiledMatcher(kb.index);
  const mentions = held.match(text);
  gc();
  const after = process.memoryUsage().heapUsed;
  console.log(`heap held by a matcher and a 10k-word article's ${mentions.length} mentions: ${((after - before) / 1024).toFixed(0)} kB (design budget: 5 MB per page)`);
} else {
  console.log('heap: run through npm run bench (needs --expose-gc)');
}

// A hostile story: 5,000 different acronyms defined in brackets after a name, each used once
// (about 45k words). The back-reference pass reads the whole story in one go, so it must stay linear.
{
  let text = '';
  for (let i = 0; i < 5000; i++) {
    const acronym = `MI${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}`;
    text += `The Ministry of Industry and Information Technology (${acronym}) met. Later ${acronym} spoke again today. `;
  }
  const mentions = matcher.match(text);
  const foldMs = time(() => foldText(text));
  const backMs = time(() => matcher.backReferences(text, mentions.filter((m) => m.via !== 'backref')));
  console.log(`\nhostile story, 5,000 acronyms defined in brackets (${text.split(/\s+/).length} words): back-reference pass ${backMs.toFixed(1)} ms, ${(backMs / foldMs).toFixed(1)}x fold only; ${mentions.filter((m) => m.via === 'backref').length} marks`);
}
