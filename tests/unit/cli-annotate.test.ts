// The annotate CLI as a researcher runs it: output format, offsets, HTML input, bad input.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEEDS = '../shared/seeds';
const seedFiles = existsSync(SEEDS) ? ['000_4ea84da13d646f1d.txt', '001_0e134d2913ee4bcd.txt', '002_6e5066cbbc452fab.txt', '003_17f38279539b386d.txt', '004_dac431702563645e.txt'].map((f) => `${SEEDS}/${f}`) : [];

function annotate(...args: string[]) {
  return spawnSync('npx', ['tsx', 'cli/annotate.ts', ...args], { encoding: 'utf8' });
}

interface Output {
  file: string;
  kb: { version: string; entities: number };
  mentions: { id: string; name: string; type: string; text: string; start: number; end: number; via: string }[];
  text?: string;
}

// Each test starts the CLI (npx tsx) one to three times: seconds each on a busy machine, so more than vitest's 5 s default.
describe('npm run annotate', { timeout: 30_000 }, () => {
  it('needs the seed articles beside the project', () => {
    expect(seedFiles.length, `missing ${SEEDS}`).toBe(5);
  });

  it('prints the whole output into a pipe, however long (it was cut at 64 KiB; review 3 of pass 9)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pc-annotate-')), 'long.txt');
    writeFileSync(file, 'The Ministry of Industry and Information Technology (MIIT) said Xi Jinping backs the Big Fund. '.repeat(600));
    const r = annotate(file);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(65_536);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.mentions.length).toBeGreaterThan(1800);
  });

  it('prints one JSON object per line for several files, with offsets into the file text', () => {
    const out = execFileSync('npx', ['tsx', 'cli/annotate.ts', ...seedFiles], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const record = JSON.parse(line) as Output;
      expect(Object.keys(record)).toEqual(['file', 'kb', 'mentions']);
      expect(record.kb.entities).toBeGreaterThan(40);
      const text = readFileSync(record.file, 'utf8');
      for (const m of record.mentions) {
        expect(Object.keys(m)).toEqual(['id', 'name', 'type', 'text', 'start', 'end', 'via']);
        expect(['exact', 'variant', 'fuzzy', 'context', 'backref']).toContain(m.via);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('finds every seed entity that occurs in the seeds', () => {
    const out = execFileSync('npx', ['tsx', 'cli/annotate.ts', ...seedFiles], { encoding: 'utf8' });
    const found = new Set(out.trim().split('\n').flatMap((l) => (JSON.parse(l) as Output).mentions.map((m) => m.id)));
    const expected = [
      'two-sessions', 'npc', 'cppcc', 'government-work-report', 'fyp-14', 'fyp-15', 'long-range-objectives-2035',
      'miit', 'xiao-yaqing', 'li-keqiang', 'li-qiang', 'xi-jinping', 'big-fund', 'big-fund-phase-3',
      'cpc', 'cpc-central-committee', 'cpc-20th-national-congress',
      'new-quality-productive-forces', 'high-quality-development', 'new-whole-nation-system', 'chokepoint-technologies',
      'little-giants', 'tech-self-reliance', 'huawei', 'kunpeng-920', 'smic', 'ymtc', 'byd', 'changan', 'global-times',
      'cgtn', 'xiang-ligang', 'zhu-huarong',
    ];
    expect(expected.filter((id) => !found.has(id))).toEqual([]);
  });

  it('prints one pretty object for one file; for HTML, offsets index the extracted text printed by --text', () => {
    const out = execFileSync('npx', ['tsx', 'cli/annotate.ts', '--text', 'demo/article.html'], { encoding: 'utf8' });
    const record = JSON.parse(out) as Output;
    expect(out.split('\n').length).toBeGreaterThan(3);
    expect(record.text).toContain('Big Fund 3.0');
    expect(record.text).not.toContain('Made in China 2025 explained'); // navigation is not article text
    for (const m of record.mentions) expect(record.text!.slice(m.start, m.end)).toBe(m.text);
    expect(record.mentions.map((m) => m.id)).toContain('big-fund-phase-3');
  });

  it('reports a missing file clearly, still annotates the others, and exits non-zero', () => {
    const r = annotate('no/such/file.txt', 'demo/article.html');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('annotate: cannot read no/such/file.txt: ENOENT');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('takes the article\'s date, as a page gives it, to pick among plenums sharing a name; refuses a bad date', () => {
    const file = 'tests/fixtures/pages/plenum-dated.html';
    const plenum = (date: string) => (JSON.parse(annotate(`--date=${date}`, file).stdout) as Output).mentions.find((m) => m.text === 'fourth plenum')?.id;
    expect(plenum('2021-06-15')).toBe('fourth-plenum-2019');
    expect(plenum('2025-11-05')).toBe('fourth-plenum-2025');
    const bad = annotate('--date=2025-13-40', file);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date must be a day as YYYY-MM-DD');
  });

  it('explains its usage when given no file', () => {
    const r = annotate();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run -s annotate');
  });
});
