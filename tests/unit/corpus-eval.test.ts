// The corpus scorer's rules on hand-made articles, and the eval command's exit codes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowThresholds, canonicalNames, contextOf, goldSpans, parseEntitiesFile, scoreArticle, totals, type Detection, type EvalContext, type GoldArticle } from '../../tools/corpus-eval';

const NAMES: Record<string, string[]> = {
  'big-fund': ['Big Fund', 'National Integrated Circuit Industry Investment Fund'],
  'big-fund-3': ['Big Fund III', 'Big Fund 3.0'],
  npc: ['NPC', "National People's Congress"],
  xi: ['Xi Jinping'],
};
const ctx: EvalContext = {
  neutral: new Set(['Nvidia']),
  surfaces: new Map([['Big Fund Phase III', ['Big Fund 3.0', 'third phase']]]),
  namesOf: (id) => NAMES[id] ?? [],
};

function detect(text: string, surface: string, entityId: string, nth = 0): Detection {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
  if (at < 0) throw new Error(`no ${surface}`);
  return { entityId, start: at, end: at + surface.length, text: surface };
}

const text = 'Big Fund 3.0 is new. Xi Jinping met Nvidia. Xi spoke. The NPC and the Big Fund. Xinhua said the fund grew.';
const article: GoldArticle = {
  file: 'a.txt',
  topic: 'on-topic',
  mentions: [
    { entity: 'Big Fund Phase III', surface: 'Big Fund 3.0', count: 1 },
    { entity: 'National Integrated Circuit Industry Investment Fund (Big Fund)', surface: 'Big Fund', count: 1 },
    { entity: 'Xi Jinping', surface: 'Xi Jinping', count: 1 },
    { entity: 'Xi Jinping', surface: 'Xi', count: 1, optional: true },
    { entity: "National People's Congress (NPC)", surface: 'NPC', count: 1 },
  ],
};

describe('gold spans', () => {
  it('rebuilds spans longest first with ASCII word edges', () => {
    const spans = goldSpans(text, article).map((s) => text.slice(s.start, s.end));
    // "Big Fund" inside "Big Fund 3.0" is taken by the longer span; "Xi" is not in "Xinhua".
    expect(spans).toEqual(['Big Fund 3.0', 'Xi Jinping', 'Xi', 'NPC', 'Big Fund']);
  });

  it('names a canonical entity by its full name, the bracketed short name and its labelled surfaces', () => {
    expect([...canonicalNames("National People's Congress (NPC)", new Map())]).toEqual(["national people's congress (npc)", "national people's congress", 'npc']);
    expect(canonicalNames('Big Fund Phase III', ctx.surfaces).has('big fund 3.0')).toBe(true);
  });
});

describe('scoring an article', () => {
  it('counts found, missed, neutral and false marks, and checks the entity', () => {
    const detections = [
      detect(text, 'Big Fund 3.0', 'big-fund'), // found, but the wrong entity (the fund, not its phase)
      detect(text, 'Xi Jinping', 'xi'), // found, right
      detect(text, 'Nvidia', 'nvidia'), // neutral text
      detect(text, 'Xi', 'xi', 1), // on an optional span: neutral
      { ...detect(text, 'fund', 'big-fund'), via: 'fuzzy' }, // on nothing labelled: false mark
    ];
    const r = scoreArticle(article, text, detections, ctx);
    expect(r.required).toBe(4);
    expect(r.found).toBe(2);
    expect(r.accurate).toBe(1);
    expect(r.misses.map((m) => m.text)).toEqual(['NPC', 'Big Fund']);
    expect(r.misses[0]!.expected).toBe("National People's Congress (NPC)");
    expect(r.wrongEntity.map((w) => [w.text, w.entityId])).toEqual([['Big Fund 3.0', 'big-fund']]);
    expect(r.falseMarks.map((f) => [f.text, f.via])).toEqual([['fund', 'fuzzy']]);
    expect(r.falseMarks[0]!.context).toContain('said the [fund] grew');
    const t = totals([r]);
    expect(t.recall).toBe(0.5);
    expect(t.precision).toBeCloseTo(2 / 3);
    expect(t.accuracy).toBe(0.5);
  });

  it('counts every mark in a distractor as false, and a mark on a look-alike as a decoy hit', () => {
    const d = 'India launched its Second Five Year Plan. The plan grew. NPCs roam.';
    const distractor: GoldArticle = { file: 'd.txt', topic: 'distractor', mentions: [], must_not_match: ['Five Year Plan', 'NPCs'] };
    const r = scoreArticle(distractor, d, [detect(d, 'Five Year Plan', 'fyp'), detect(d, 'plan', 'fyp')], ctx);
    expect(r.falsePositives).toBe(2);
    expect(r.decoyHits.map((h) => h.text)).toEqual(['Five Year Plan']);
    expect(totals([r]).decoyHits).toBe(1);
    expect(totals([r]).precision).toBe(0);
  });

  it('shows about 40 characters either side, on one line', () => {
    const long = `${'a'.repeat(60)}\nTARGET\n${'b'.repeat(60)}`;
    const at = long.indexOf('TARGET');
    expect(contextOf(long, at, at + 6)).toBe(`…${'a'.repeat(39)} [TARGET] ${'b'.repeat(39)}…`);
  });

  it('reports each threshold a result falls below', () => {
    const t = { articles: 1, required: 10, found: 9, accurate: 9, falsePositives: 0, decoyHits: 0, recall: 0.9, precision: 1, accuracy: 1 };
    expect(belowThresholds(t, { minRecall: 0.95, minPrecision: 0.95 })).toEqual(['recall 0.900 is below 0.95']);
    expect(belowThresholds(t, { minRecall: 0.9 })).toEqual([]);
  });

  it('reads entities.txt', () => {
    expect(parseEntitiesFile('# c\nBig Fund\tBig Fund\t大基金\n\n').get('Big Fund')).toEqual(['Big Fund', '大基金']);
  });
});

// Each test starts the CLI (npx tsx) once or twice: seconds each on a busy machine.
describe('npm run eval', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-eval-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'a.txt'), 'MIIT said the 14th Five-Year Plan works. Zhongnanhai Gadget Plan too.');
  writeFileSync(join(dir, 'gold.json'), JSON.stringify([{ file: 'a.txt', topic: 'on-topic', mentions: [
    { entity: 'Ministry of Industry and Information Technology (MIIT)', surface: 'MIIT', count: 1 },
    { entity: '14th Five-Year Plan', surface: '14th Five-Year Plan', count: 1 },
    { entity: 'Gadget Plan', surface: 'Zhongnanhai Gadget Plan', count: 1 },
  ] }]));
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'tools/eval-cli.ts', dir, ...args], { encoding: 'utf8' });

  it('prints JSON for machines, and exits 1 below a threshold, 0 at or above it', () => {
    const json = run('--json', '--min-recall', '0.9');
    expect(json.status).toBe(1);
    const out = JSON.parse(json.stdout) as { overall: { found: number; required: number; accuracy: number }; failures: string[]; articles: { misses: { text: string }[] }[] };
    expect(out.overall).toMatchObject({ found: 2, required: 3, accuracy: 1 });
    expect(out.articles[0]!.misses.map((m) => m.text)).toEqual(['Zhongnanhai Gadget Plan']);
    expect(out.failures).toHaveLength(1);
    const text = run('--min-recall', '0.6', '--min-accuracy', '1');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/required recall 66\.7% \(2\/3\)/);
    expect(text.stdout).toContain('[Zhongnanhai Gadget Plan]');
  });

  it('refuses a folder without gold.json', () => {
    expect(spawnSync('npx', ['tsx', 'tools/eval-cli.ts', tmpdir()], { encoding: 'utf8' }).status).toBe(2);
  });
});
