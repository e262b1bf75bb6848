// Scores detections against a labelled corpus (the format of ../shared/corpus), by the rules of its
// README: gold spans rebuilt from surfaces (case-sensitive, ASCII word edges, longest first); a
// required span is found when any detection overlaps it; a detection overlapping no labelled span is
// a false positive unless its text is listed as neutral; in a distractor every detection is wrong.
// Pure: no file access, so it is unit-tested on hand-made articles (tests/unit/corpus-eval.test.ts).
// Offsets: gold spans are rebuilt from the same JavaScript string the detector read, so both sides
// are UTF-16 units; overlap does not change under the (monotone) UTF-8 mapping, so no conversion.
import { normalizeForMatch } from '../core/normalize';

export interface GoldMention {
  entity: string;
  surface: string;
  count: number;
  optional?: boolean;
}

export interface GoldArticle {
  file: string;
  topic: string;
  /** The article's date (YYYY-MM-DD) or null: the matcher gets it as a page gives its date. */
  date?: string | null;
  mentions: GoldMention[];
  must_not_match?: string[];
}

/** What the scorer needs from a detection: where, which entity, and how it was found. */
export interface Detection {
  entityId: string;
  start: number;
  end: number;
  text: string;
  via?: string;
}

export interface Span {
  start: number;
  end: number;
  entity: string;
  optional: boolean;
  decoy: boolean;
}

/** A span or detection with the text around it, for a reader to see why. */
export interface Finding {
  text: string;
  start: number;
  context: string;
  /** The detection's entity (false marks, wrong entities). */
  entityId?: string;
  /** The labelled entity (misses, wrong entities). */
  expected?: string;
  via?: string;
}

export interface ArticleReport {
  file: string;
  topic: string;
  required: number;
  found: number;
  /** Found required spans whose detections all name the labelled entity. */
  accurate: number;
  falsePositives: number;
  misses: Finding[];
  falseMarks: Finding[];
  wrongEntity: Finding[];
  decoyHits: Finding[];
}

export interface Totals {
  articles: number;
  required: number;
  found: number;
  accurate: number;
  falsePositives: number;
  decoyHits: number;
  recall: number;
  precision: number;
  accuracy: number;
}

export interface EvalContext {
  /** Detection texts that are neither right nor wrong (neutral.txt). */
  neutral: ReadonlySet<string>;
  /** Canonical entity name -> every surface labelled for it (entities.txt). */
  surfaces: ReadonlyMap<string, readonly string[]>;
  /** Every name the detector knows for one of its entity ids (its name and aliases). */
  namesOf: (entityId: string) => readonly string[];
}

const ASCII_WORD = /[A-Za-z0-9]/;
/** Characters of context either side of a finding. */
export const CONTEXT_CHARS = 40;

/** Gold spans by the corpus's counting rule. */
export function goldSpans(text: string, article: GoldArticle): Span[] {
  const surfaces = [
    ...article.mentions.map((m) => ({ text: m.surface, entity: m.entity, optional: m.optional === true, decoy: false })),
    ...(article.must_not_match ?? []).map((s) => ({ text: s, entity: '', optional: false, decoy: true })),
  ];
  const candidates: Span[] = [];
  for (const s of surfaces) {
    if (s.text.length === 0) continue;
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
  return taken.sort((a, b) => a.start - b.start);
}

/** The text around [start, end) on one line, with the span in [brackets]. */
export function contextOf(text: string, start: number, end: number, chars = CONTEXT_CHARS): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - chars), start));
  const after = flat(text.slice(end, end + chars));
  return `${start > chars ? '…' : ''}${before}[${flat(text.slice(start, end))}]${after}${end + chars < text.length ? '…' : ''}`;
}

/**
 * The names a canonical entity goes by: the name itself, the name without a trailing "(...)", the
 * part in brackets ("National People's Congress (NPC)"), and every surface labelled for it.
 */
export function canonicalNames(canonical: string, surfaces: ReadonlyMap<string, readonly string[]>): Set<string> {
  const names = [canonical, ...(surfaces.get(canonical) ?? [])];
  const bracket = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(canonical);
  if (bracket) names.push(bracket[1]!, bracket[2]!);
  return new Set(names.map(normalizeForMatch).filter((n) => n.length > 0));
}

export function scoreArticle(article: GoldArticle, text: string, detections: readonly Detection[], ctx: EvalContext): ArticleReport {
  const spans = goldSpans(text, article);
  const overlaps = (d: Detection, s: Span) => d.start < s.end && s.start < d.end;
  const finding = (start: number, end: number, extra: Partial<Finding> = {}): Finding => ({
    text: text.slice(start, end),
    start,
    context: contextOf(text, start, end),
    ...extra,
  });
  const distractor = article.topic === 'distractor';
  const report: ArticleReport = {
    file: article.file, topic: article.topic, required: 0, found: 0, accurate: 0, falsePositives: 0,
    misses: [], falseMarks: [], wrongEntity: [], decoyHits: [],
  };
  const namesCache = new Map<string, Set<string>>();
  const names = (canonical: string) => {
    let set = namesCache.get(canonical);
    if (!set) namesCache.set(canonical, (set = canonicalNames(canonical, ctx.surfaces)));
    return set;
  };
  const namesEntity = (d: Detection, canonical: string) => {
    const wanted = names(canonical);
    return ctx.namesOf(d.entityId).some((n) => wanted.has(normalizeForMatch(n)));
  };

  for (const s of spans) {
    if (s.optional || s.decoy) continue;
    report.required++;
    const touching = detections.filter((d) => overlaps(d, s));
    if (touching.length === 0) {
      report.misses.push(finding(s.start, s.end, { expected: s.entity }));
      continue;
    }
    report.found++;
    const wrong = touching.filter((d) => !namesEntity(d, s.entity));
    if (wrong.length === 0) report.accurate++;
    else for (const d of wrong) report.wrongEntity.push(finding(d.start, d.end, { entityId: d.entityId, expected: s.entity, ...(d.via ? { via: d.via } : {}) }));
  }
  for (const d of detections) {
    const via = d.via ? { via: d.via } : {};
    if (distractor) {
      report.falsePositives++;
      report.falseMarks.push(finding(d.start, d.end, { entityId: d.entityId, ...via }));
      if (spans.some((s) => s.decoy && overlaps(d, s))) report.decoyHits.push(finding(d.start, d.end, { entityId: d.entityId, ...via }));
      continue;
    }
    if (spans.some((s) => overlaps(d, s))) continue;
    if (ctx.neutral.has(d.text)) continue;
    report.falsePositives++;
    report.falseMarks.push(finding(d.start, d.end, { entityId: d.entityId, ...via }));
  }
  return report;
}

/**
 * Overall numbers. Each detection counts once: a distractor's decoy hit is one of its false
 * positives, so precision = found / (found + false positives).
 */
export function totals(reports: readonly ArticleReport[]): Totals {
  const sum = (f: (r: ArticleReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  const required = sum((r) => r.required);
  const found = sum((r) => r.found);
  const accurate = sum((r) => r.accurate);
  const falsePositives = sum((r) => r.falsePositives);
  return {
    articles: reports.length,
    required,
    found,
    accurate,
    falsePositives,
    decoyHits: sum((r) => r.decoyHits.length),
    recall: required ? found / required : 1,
    precision: found + falsePositives ? found / (found + falsePositives) : 1,
    accuracy: found ? accurate / found : 1,
  };
}

export interface Thresholds {
  minRecall?: number;
  minPrecision?: number;
  minAccuracy?: number;
}

/** The thresholds a result falls below, as readable lines; empty when it meets them all. */
export function belowThresholds(t: Totals, limits: Thresholds): string[] {
  const out: string[] = [];
  const check = (name: string, value: number, min: number | undefined) => {
    if (min !== undefined && value < min) out.push(`${name} ${value.toFixed(3)} is below ${min}`);
  };
  check('recall', t.recall, limits.minRecall);
  check('precision', t.precision, limits.minPrecision);
  check('entity accuracy', t.accuracy, limits.minAccuracy);
  return out;
}

/** entities.txt: "canonical<TAB>surface<TAB>..." lines; `#` lines are comments. */
export function parseEntitiesFile(content: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of content.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [canonical, ...surfaces] = line.split('\t').map((s) => s.trim());
    if (canonical) out.set(canonical, surfaces.filter(Boolean));
  }
  return out;
}

/** neutral.txt: one text per line; `#` lines are comments. */
export function parseNeutralFile(content: string): Set<string> {
  return new Set(content.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}
