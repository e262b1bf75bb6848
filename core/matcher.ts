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

/**
 * A mention before the context gate: what the gate needs to decide across several pieces of one
 * document (the page annotates long articles in slices).
 */
export interface UngatedMention extends Mention {
  /** An ambiguous alias ("two sessions", "Big Fund") that needs China context to count. */
  ambiguous: boolean;
  /** A China cue word is near this mention. */
  cueNearby: boolean;
  /** An exact, unambiguous name: its presence puts the whole document in China context. */
  vouches: boolean;
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
    return applyContextGate(this.matchUngated(text, options));
  }

  /** Every mention with what the context gate needs; `offset` is added to all positions. */
  matchUngated(text: string, options: MatchOptions = {}, offset = 0): UngatedMention[] {
    // Candidates are found in the folded, whitespace-collapsed text, then mapped back to `text`.
    const scan = foldForMatching(text);
    const exact = this.exactCandidates(text, scan);
    const fuzzy = options.fuzzy === false ? [] : this.fuzzy.candidates(scan.text, exact);
    const toOriginal = (i: number) => (scan.offsets ? scan.offsets[i]! : i);
    return longestFirst([...exact, ...fuzzy]).map((c) => {
      const start = toOriginal(c.start);
      const end = toOriginal(c.end - 1) + 1;
      const ambiguous = c.pattern.ambiguous === true;
      return {
        entityId: c.pattern.entityId,
        start: start + offset,
        end: end + offset,
        text: text.slice(start, end),
        alias: c.pattern.text ?? c.pattern.key,
        kind: c.kind,
        ambiguous,
        cueNearby: ambiguous && findContextCue(scan.text, c.start, c.end),
        // Only an exact unambiguous name vouches for the text: a fuzzy near-miss is evidence too weak.
        vouches: !ambiguous && c.kind === 'exact',
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
 * an unambiguous exact mention anywhere in the document, or a China cue word near the mention.
 */
export function applyContextGate(mentions: readonly UngatedMention[], documentVouched = mentions.some((m) => m.vouches)): Mention[] {
  return mentions
    .filter((m) => !m.ambiguous || documentVouched || m.cueNearby)
    .map(({ entityId, start, end, text, alias, kind }) => ({ entityId, start, end, text, alias, kind }));
}
