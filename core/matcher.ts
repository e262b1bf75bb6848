// Finds KB entity mentions in plain text: exact aliases in one Aho-Corasick pass, fuzzy near-misses
// on candidate spans only, a China-context gate for ambiguous aliases, and longest match wins.
import { AhoCorasick } from './aho-corasick';
import { findContextCue } from './context-cues';
import { FuzzyMatcher } from './fuzzy-matcher';
import type { IndexEntity, IndexPattern, MatchIndex } from './match-index';
import { foldForMatching, isWordChar, type MatchText } from './normalize';

export interface Mention {
  entityId: string;
  start: number;
  end: number;
  /** The page's own text at [start, end). */
  text: string;
  /** The KB alias this mention was matched to (folded, unless the alias is case-sensitive). */
  alias: string;
  kind: 'exact' | 'fuzzy';
}

export interface MatchOptions {
  /** Fuzzy near-miss matching (typos); on by default. */
  fuzzy?: boolean;
}

export interface Candidate {
  pattern: IndexPattern;
  start: number;
  end: number;
  kind: 'exact' | 'fuzzy';
}

/** A match index made ready to scan: the automaton and fuzzy tables are built once and reused. */
export class CompiledMatcher {
  readonly index: MatchIndex;
  private readonly automaton: AhoCorasick;
  private readonly fuzzy: FuzzyMatcher;
  private readonly entities: Map<string, IndexEntity>;

  constructor(index: MatchIndex) {
    this.index = index;
    this.automaton = new AhoCorasick(index.patterns.map((p) => p.key));
    this.fuzzy = new FuzzyMatcher(index.patterns);
    this.entities = new Map(index.entities.map((e) => [e.id, e]));
  }

  entity(id: string): IndexEntity | undefined {
    return this.entities.get(id);
  }

  match(text: string, options: MatchOptions = {}): Mention[] {
    // Candidates are found in the folded, whitespace-collapsed text, then mapped back to `text`.
    const scan = foldForMatching(text);
    const exact = this.exactCandidates(text, scan);
    const fuzzy = options.fuzzy === false ? [] : this.fuzzy.candidates(scan.text, exact);
    const chosen = longestFirst([...exact, ...fuzzy]);
    const toOriginal = (i: number) => (scan.offsets ? scan.offsets[i]! : i);
    return gateAmbiguous(chosen, scan.text).map((c) => {
      const start = toOriginal(c.start);
      const end = toOriginal(c.end - 1) + 1;
      return {
        entityId: c.pattern.entityId,
        start,
        end,
        text: text.slice(start, end),
        alias: c.pattern.text ?? c.pattern.key,
        kind: c.kind,
      };
    });
  }

  private exactCandidates(original: string, scan: MatchText): Candidate[] {
    const out: Candidate[] = [];
    for (const hit of this.automaton.search(scan.text)) {
      const pattern = this.index.patterns[hit.pattern]!;
      if (!hasWordBoundaries(scan.text, hit.start, hit.end)) continue;
      if (pattern.text !== undefined && !sameLetters(original, scan, hit.start, pattern.text)) continue;
      out.push({ pattern, start: hit.start, end: hit.end, kind: 'exact' });
    }
    return out;
  }
}

/**
 * Latin script has word boundaries: "NPC" is not in "NPCs", "Xi" not in "Xinhua". An edge only
 * needs a boundary where the alias itself starts or ends with a Latin letter or digit; CJK has none.
 */
export function hasWordBoundaries(text: string, start: number, end: number): boolean {
  if (isWordChar(text[start]) && isWordChar(text[start - 1])) return false;
  if (isWordChar(text[end - 1]) && isWordChar(text[end])) return false;
  return true;
}

/**
 * Case-sensitive aliases: every letter must match as written (full-width forms count as their
 * ASCII letter: ＮＰＣ is NPC); punctuation and spacing still fold.
 */
function sameLetters(original: string, scan: MatchText, start: number, alias: string): boolean {
  for (let i = 0; i < alias.length; i++) {
    const a = alias[i]!;
    if (a.toLowerCase() === a.toUpperCase()) continue;
    const at = scan.offsets ? scan.offsets[start + i]! : start + i;
    if (halfWidth(original.charCodeAt(at)) !== a.charCodeAt(0)) return false;
  }
  return true;
}

function halfWidth(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/** Longest wins; among equals the leftmost, then exact over fuzzy. Overlaps with a taken span drop. */
export function longestFirst(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      (a.kind === b.kind ? 0 : a.kind === 'exact' ? -1 : 1),
  );
  // One flag per text offset keeps the overlap test linear in the text, not quadratic in mentions.
  const end = candidates.reduce((max, c) => Math.max(max, c.end), 0);
  const occupied = new Uint8Array(end);
  const taken: Candidate[] = [];
  for (const c of ordered) {
    if (occupied.subarray(c.start, c.end).includes(1)) continue;
    occupied.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Ambiguous aliases ("two sessions", "Big Fund", "NPC") count only in China-policy context:
 * an unambiguous mention anywhere in the text, or a China cue word near the mention.
 */
function gateAmbiguous(chosen: Candidate[], folded: string): Candidate[] {
  // Only an exact unambiguous name vouches for the text: a fuzzy near-miss is evidence too weak.
  const documentIsOnChina = chosen.some((c) => !c.pattern.ambiguous && c.kind === 'exact');
  if (documentIsOnChina) return chosen;
  return chosen.filter((c) => !c.pattern.ambiguous || findContextCue(folded, c.start, c.end));
}
