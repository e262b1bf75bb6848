// Matching quality on the labelled development corpus (../shared/corpus), scored by its README's rules.
// Thresholds are the bar for the seeds and a no-regression floor for the rest; the measured
// numbers are printed so a change in either direction is visible.
import { describe, expect, it } from 'vitest';
import { CompiledMatcher } from '../../core/matcher';
import { loadKb } from '../../scripts/kb-files';
import { corpusAvailable, loadGold, loadNeutral, readArticle, scoreArticle, summarise } from '../../tools/corpus-score';

const kb = loadKb();
if (!kb.ok) throw new Error(kb.problems.join('\n'));
const matcher = new CompiledMatcher(kb.index);

function score(filter: RegExp) {
  const neutral = loadNeutral();
  return summarise(
    loadGold()
      .filter((a) => filter.test(a.file))
      .map((a) => {
        const text = readArticle(a.file);
        return scoreArticle(a, text, matcher.match(text), neutral);
      }),
  );
}

describe('matching quality on the labelled corpus', () => {
  it('has the corpus beside the project', () => {
    expect(corpusAvailable(), 'missing ../shared/corpus').toBe(true);
  });

  it('finds at least 90% of the required mentions in the seed articles (00-04)', () => {
    const s = score(/^0[0-4]/);
    console.log(`seeds: recall ${(s.recall * 100).toFixed(1)}% (${s.found}/${s.required}), precision ${(s.precision * 100).toFixed(1)}%`);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('never marks a look-alike in the distractor articles', () => {
    const s = score(/distractor/);
    expect(s.decoyHits).toBe(0);
    expect(s.falsePositives).toBe(0);
  });

  it('keeps recall and precision on the whole corpus above a floor (measured 100% / 96.1% with 69 entities)', () => {
    const s = score(/./);
    console.log(`all: recall ${(s.recall * 100).toFixed(1)}% (${s.found}/${s.required}), precision ${(s.precision * 100).toFixed(1)}%, FP ${s.falsePositives}`);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.precision).toBeGreaterThanOrEqual(0.94);
  });
});
