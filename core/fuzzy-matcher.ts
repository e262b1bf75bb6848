// Near-miss matching for multi-word Latin aliases ("Made in Chna 2025", "Xiao Yaqin").
// fuse.js is far too slow to run over every window of a page, so candidate spans come first from
// a token vote (at least half of an alias's content words appear in order-compatible places);
// fuse.js then scores only those few spans, and an edit-distance ceiling guards the result.
import Fuse from 'fuse.js/basic';
import { levenshtein } from './levenshtein';
import type { IndexPattern } from './match-index';
import type { Candidate } from './matcher';

/** fuse.js score (0 perfect, 1 nothing alike) above which a span is not a near-miss. */
export const FUZZY_MAX_SCORE = 0.2;
/** At most one edit per this many characters of the alias (and at least one edit allowed). */
export const CHARS_PER_EDIT = 8;
/** Aliases shorter than this are never fuzzy-matched: short names differ by one letter ("Li Qiang"). */
export const FUZZY_MIN_ALIAS_LENGTH = 12;

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
      if (pattern.caseSensitive || pattern.ambiguous || pattern.key.length < FUZZY_MIN_ALIAS_LENGTH) continue;
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
  }

  /** Fuzzy candidates in folded text that overlap no exact candidate. */
  candidates(folded: string, exact: readonly Candidate[]): Candidate[] {
    if (this.aliases.length === 0) return [];
    const tokens = tokenize(folded);
    const votes = new Map<string, Set<number>>();
    tokens.forEach((token, i) => {
      for (const { alias, position } of this.byToken.get(token.text) ?? []) {
        const key = `${alias}:${i - position}`;
        const voters = votes.get(key) ?? new Set<number>();
        voters.add(position);
        votes.set(key, voters);
      }
    });

    const out: Candidate[] = [];
    for (const [key, voters] of votes) {
      const [aliasIndex, startToken] = key.split(':').map(Number) as [number, number];
      const alias = this.aliases[aliasIndex]!;
      if (voters.size * 2 < alias.voters.length) continue;
      const first = tokens[startToken];
      const last = tokens[startToken + alias.tokens.length - 1];
      if (!first || !last) continue;
      const start = first.start;
      const end = last.end;
      if (exact.some((c) => c.start < end && start < c.end)) continue;
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
    if (distance > Math.max(1, Math.floor(aliasKey.length / CHARS_PER_EDIT))) return false;
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
