// Finds KB entity mentions in plain text: exact aliases in one Aho-Corasick pass, fuzzy near-misses
// on candidate spans only, a China-context gate for ambiguous aliases, and longest match wins.
import { AhoCorasick } from './aho-corasick';
import { findContextCue } from './context-cues';
import { FuzzyMatcher } from './fuzzy-matcher';
import type { IndexEntity, IndexPattern, MatchIndex } from './match-index';
import { foldText, isWordChar } from './normalize';

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
    const folded = foldText(text);
    const exact = this.exactCandidates(text, folded);
    const fuzzy = options.fuzzy === false ? [] : this.fuzzy.candidates(folded, exact);
    const chosen = longestFirst([...exact, ...fuzzy]);
    return gateAmbiguous(chosen, folded).map((c) => ({
      entityId: c.pattern.entityId,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      alias: c.pattern.text ?? c.pattern.key,
      kind: c.kind,
    }));
  }

  private exactCandidates(text: string, folded: string): Candidate[] {
    const out: Candidate[] = [];
    for (const hit of this.automaton.search(folded)) {
      const pattern = this.index.patterns[hit.pattern]!;
      if (!hasWordBoundaries(folded, hit.start, hit.end)) continue;
      if (pattern.text !== undefined && !sameLetters(text, hit.start, pattern.text)) continue;
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

/** Case-sensitive aliases: every letter must match as written; punctuation still folds. */
function sameLetters(text: string, start: number, alias: string): boolean {
  for (let i = 0; i < alias.length; i++) {
    const a = alias[i]!;
    if (a.toLowerCase() !== a.toUpperCase() && text[start + i] !== a) return false;
  }
  return true;
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
  const documentIsOnChina = chosen.some((c) => !c.pattern.ambiguous);
  if (documentIsOnChina) return chosen;
  return chosen.filter((c) => !c.pattern.ambiguous || findContextCue(folded, c.start, c.end));
}
