// npx tsx tools/score-corpus-cli.ts [FILE_PREFIX_REGEX]: prints recall/precision on the labelled corpus.
import { CompiledMatcher } from '../core/matcher';
import { loadKb } from '../scripts/kb-files';
import { corpusAvailable, loadGold, loadNeutral, readArticle, scoreArticle, summarise } from './corpus-score';

if (!corpusAvailable()) {
  console.error('corpus not found at ../shared/corpus');
  process.exit(2);
}
const kb = loadKb();
if (!kb.ok) throw new Error(kb.problems.join('\n'));
const matcher = new CompiledMatcher(kb.index);
const filter = new RegExp(process.argv[2] ?? '.');
const neutral = loadNeutral();
const scores = loadGold()
  .filter((a) => filter.test(a.file))
  .map((a) => {
    const text = readArticle(a.file);
    return scoreArticle(a, text, matcher.match(text), neutral);
  });
for (const s of scores) {
  console.log(`${s.file}: ${s.found}/${s.required}` + (s.missed.length ? `  missed: ${s.missed.join(' | ')}` : '') + (s.falsePositives.length ? `  FP: ${s.falsePositives.join(' | ')}` : ''));
}
const t = summarise(scores);
console.log(`recall ${(t.recall * 100).toFixed(1)}% (${t.found}/${t.required}), precision ${(t.precision * 100).toFixed(1)}%, false positives ${t.falsePositives}, decoy hits ${t.decoyHits}`);
