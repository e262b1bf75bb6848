// Scores the matcher against the labelled corpus in ../shared/corpus by the rules of its README:
// gold spans rebuilt from surfaces (case-sensitive, ASCII word edges, longest first), a required
// span is found when any detection overlaps it, detections on nothing labelled are false positives
// unless their text is listed as neutral, and every detection in a distractor is wrong.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../core/matcher';

export const CORPUS_DIR = new URL('../../shared/corpus/', import.meta.url).pathname;

interface GoldMention { entity: string; surface: string; count: number; optional?: boolean }
interface GoldArticle { file: string; topic: string; mentions: GoldMention[]; must_not_match?: string[] }
interface Span { start: number; end: number; entity: string; optional: boolean; decoy: boolean }

export interface ArticleScore {
  file: string;
  required: number;
  found: number;
  falsePositives: string[];
  decoyHits: number;
  missed: string[];
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'gold.json'));
}

export function loadGold(): GoldArticle[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'gold.json'), 'utf8')) as GoldArticle[];
}

export function readArticle(file: string): string {
  return readFileSync(join(CORPUS_DIR, 'articles', file), 'utf8');
}

const ASCII_WORD = /[A-Za-z0-9]/;

function goldSpans(text: string, article: GoldArticle): Span[] {
  const surfaces = [
    ...article.mentions.map((m) => ({ text: m.surface, entity: m.entity, optional: !!m.optional, decoy: false })),
    ...(article.must_not_match ?? []).map((s) => ({ text: s, entity: '', optional: false, decoy: true })),
  ];
  const candidates: Span[] = [];
  for (const s of surfaces) {
    for (let i = text.indexOf(s.text); i !== -1; i = text.indexOf(s.text, i + 1)) {
      const end = i + s.text.length;
      if (ASCII_WORD.test(s.text[0]!) && i > 0 && ASCII_WORD.test(text[i - 1]!)) continue;
      if (ASCII_WORD.test(s.text.at(-1)!) && end < text.length && ASCII_WORD.test(text[end]!)) continue;
      candidates.push({ start: i, end, entity: s.entity, optional: s.optional, decoy: s.decoy });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Span[] = [];
  for (const c of candidates) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  return taken;
}

export function scoreArticle(article: GoldArticle, text: string, detections: readonly Mention[], neutral: ReadonlySet<string>): ArticleScore {
  const spans = goldSpans(text, article);
  const overlaps = (d: Mention, s: Span) => d.start < s.end && s.start < d.end;
  const required = spans.filter((s) => !s.optional && !s.decoy);
  const foundSpans = required.filter((s) => detections.some((d) => overlaps(d, s)));
  const falsePositives: string[] = [];
  let decoyHits = 0;
  for (const d of detections) {
    if (article.topic === 'distractor') {
      falsePositives.push(d.text);
      if (spans.some((s) => s.decoy && overlaps(d, s))) decoyHits++;
      continue;
    }
    if (spans.some((s) => overlaps(d, s))) continue;
    if (!neutral.has(d.text)) falsePositives.push(d.text);
  }
  return {
    file: article.file,
    required: required.length,
    found: foundSpans.length,
    falsePositives,
    decoyHits,
    missed: required.filter((s) => !foundSpans.includes(s)).map((s) => text.slice(s.start, s.end)),
  };
}

export function loadNeutral(): Set<string> {
  const path = join(CORPUS_DIR, 'neutral.txt');
  if (!existsSync(path)) return new Set();
  return new Set(readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

export function summarise(scores: readonly ArticleScore[]) {
  const required = scores.reduce((n, s) => n + s.required, 0);
  const found = scores.reduce((n, s) => n + s.found, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const decoys = scores.reduce((n, s) => n + s.decoyHits, 0);
  return { required, found, falsePositives: fp, decoyHits: decoys, recall: required ? found / required : 1, precision: found + fp ? found / (found + fp) : 1 };
}
