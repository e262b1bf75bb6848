// Near-miss matching for multi-word Latin aliases ("Made in Chna 2025", "Xiao Yaqin").
// fuse.js is far too slow to run over every window of a page, so candidate spans come first from
// a token vote (at least half of an alias's content words appear in order-compatible places);
// fuse.js then scores only those few spans, and an edit-distance ceiling guards the result.
import Fuse from 'fuse.js/basic';
import { levenshtein } from './levenshtein';
import { BLOCK_BREAK } from './normalize';
import type { IndexPattern } from './match-index';
import type { Candidate } from './matcher';

/** fuse.js score (0 perfect, 1 nothing alike) above which a span is not a near-miss. */
export const FUZZY_MAX_SCORE = 0.2;
/** At most one edit per this many characters of the alias (and at least one edit allowed). */
export const CHARS_PER_EDIT = 8;
/** Aliases shorter than this are never fuzzy-matched: short names differ by one letter ("Li Qiang"). */
export const FUZZY_MIN_ALIAS_LENGTH = 12;

/**
 * A word in more aliases than this is too common to nominate a span ("china", "plan", "national"):
 * it would nominate dozens of aliases at every occurrence.
 */
export const MAX_ALIASES_PER_VOTER = 8;
/** Vote keys pack (alias, start token) into one number; start tokens stay below this. */
const TOKEN_SLOTS = 2 ** 24;

const STOPWORDS = new Set(['the', 'and', 'of', 'in', 'for', 'on', 'to', 'a', 'an', 'with', 'its']);
const TOKEN = /[\p{Script=Latin}\p{Nd}]+(?:['.][\p{Script=Latin}\p{Nd}]+)*/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

interface FuzzyAlias {
  pattern: IndexPattern;
  tokens: string[];
  /** Content tokens that may vote, with their position in the alias. */
  voters: { token: string; position: number }[];
}

export function tokenize(folded: string): Token[] {
  return [...folded.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export class FuzzyMatcher {
  private readonly aliases: FuzzyAlias[] = [];
  private readonly byToken = new Map<string, { alias: number; position: number }[]>();
  private fuse: Fuse<string> | undefined;

  constructor(patterns: readonly IndexPattern[]) {
    for (const pattern of patterns) {
      if (pattern.caseSensitive || pattern.ambiguous || pattern.generic || pattern.key.length < FUZZY_MIN_ALIAS_LENGTH) continue;
      const tokens = tokenize(pattern.key).map((t) => t.text);
      // Only names of Latin words: a CJK alias has no tokens to vote with.
      if (tokens.length < 2 || tokens.join(' ') !== pattern.key) continue;
      const voters = tokens
        .map((token, position) => ({ token, position }))
        .filter((v) => v.token.length >= 3 && !STOPWORDS.has(v.token));
      if (voters.length < 2) continue;
      const aliasIndex = this.aliases.length;
      this.aliases.push({ pattern, tokens, voters });
      for (const v of voters) {
        const list = this.byToken.get(v.token) ?? [];
        list.push({ alias: aliasIndex, position: v.position });
        this.byToken.set(v.token, list);
      }
    }
    for (const [token, list] of this.byToken) {
      if (list.length > MAX_ALIASES_PER_VOTER) this.byToken.delete(token);
    }
  }

  /** Votes an alias needs: half its content words, and never fewer than two. */
  private static votesNeeded(alias: FuzzyAlias): number {
    return Math.max(2, Math.ceil(alias.voters.length / 2));
  }

  /** Fuzzy candidates in folded text that overlap no exact candidate. */
  candidates(folded: string, exact: readonly Candidate[]): Candidate[] {
    if (this.aliases.length === 0) return [];
    const tokens = tokenize(folded);
    // Each vote is (alias, the token where the alias would start); a token votes once per alias position.
    const votes = new Map<number, number>();
    for (let i = 0; i < tokens.length; i++) {
      const nominations = this.byToken.get(tokens[i]!.text);
      if (!nominations) continue;
      for (const { alias, position } of nominations) {
        if (i < position) continue;
        const key = alias * TOKEN_SLOTS + (i - position);
        votes.set(key, (votes.get(key) ?? 0) + 1);
      }
    }

    // Spans already found exactly are not re-examined: one flag per offset, not a scan per candidate.
    const covered = new Uint8Array(folded.length);
    for (const c of exact) covered.fill(1, c.start, c.end);
    const out: Candidate[] = [];
    for (const [key, count] of votes) {
      const aliasIndex = Math.floor(key / TOKEN_SLOTS);
      const startToken = key % TOKEN_SLOTS;
      const alias = this.aliases[aliasIndex]!;
      if (count < FuzzyMatcher.votesNeeded(alias)) continue;
      const first = tokens[startToken];
      const last = tokens[startToken + alias.tokens.length - 1];
      if (!first || !last) continue;
      const start = first.start;
      const end = last.end;
      if (folded.slice(start, end).includes(BLOCK_BREAK)) continue; // a name never spans two blocks
      if (covered.subarray(start, end).includes(1)) continue;
      // Quotes inside a name ("chokepoint" technologies) are typography, not a misspelling.
      const span = folded.slice(start, end).replace(/["']/g, '').replace(/ {2,}/g, ' ');
      if (this.isNearMiss(span, alias.pattern.key)) {
        out.push({ pattern: alias.pattern, start, end, kind: 'fuzzy' });
      }
    }
    return out;
  }

  private isNearMiss(span: string, aliasKey: string): boolean {
    const distance = levenshtein(span, aliasKey);
    if (distance === 0) return true;
    if (namesTheOffice(span, aliasKey)) return false;
    if (distance > Math.max(1, Math.floor(aliasKey.length / CHARS_PER_EDIT))) return false;
    // A misspelling keeps each word recognisable: "sci-tech innovation and" is no "sci-tech
    // innovation board" however few edits the whole takes (held-out set 16).
    const words = span.split(' ');
    if (aliasKey.split(' ').some((word, i) => words.length > i && levenshtein(words[i]!, word) > Math.max(1, Math.floor(word.length / 3)))) return false;
    this.fuse ??= new Fuse<string>([], {
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: FUZZY_MAX_SCORE,
    });
    this.fuse.setCollection([aliasKey]);
    const [best] = this.fuse.search(span);
    return best !== undefined && (best.score ?? 1) <= FUZZY_MAX_SCORE;
  }
}

/**
 * An office's holder is no misspelled body: "minister of human resources and social security" is a
 * job title one letter from the ministry's name (held-out set 3, once the ministry was in the KB).
 */
const OFFICE_OF_BODY: Readonly<Record<string, string>> = {
  minister: 'ministry',
  ministers: 'ministry',
  commissioner: 'commission',
  secretary: 'secretariat',
  director: 'directorate',
  administrator: 'administration',
};

/** Whether the span differs from the alias by naming an office where the alias names the body. */
export function namesTheOffice(span: string, aliasKey: string): boolean {
  const a = span.split(' ');
  const b = aliasKey.split(' ');
  return a.length === b.length && a.some((word, i) => word !== b[i] && OFFICE_OF_BODY[word] === b[i]);
}
