// Reads a labelled corpus folder (articles/ + gold.json, optional entities.txt and neutral.txt) and
// scores a matcher on it. The folder format is that of ../shared/corpus.
import { parseDay } from '../core/article-date';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledMatcher } from '../core/matcher';
import { parseEntitiesFile, parseNeutralFile, scoreArticle, type ArticleReport, type EvalContext, type GoldArticle } from './corpus-eval';

export const SHARED_CORPUS_DIR = new URL('../../shared/corpus/', import.meta.url).pathname;

export interface Corpus {
  dir: string;
  gold: GoldArticle[];
  neutral: Set<string>;
  surfaces: Map<string, string[]>;
  text: (file: string) => string;
}

export function corpusAvailable(dir = SHARED_CORPUS_DIR): boolean {
  return existsSync(join(dir, 'gold.json'));
}

export function loadCorpus(dir = SHARED_CORPUS_DIR): Corpus {
  const optional = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
  return {
    dir,
    gold: JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldArticle[],
    neutral: parseNeutralFile(optional('neutral.txt')),
    surfaces: parseEntitiesFile(optional('entities.txt')),
    text: (file) => readFileSync(join(dir, 'articles', file), 'utf8'),
  };
}

/** The matcher's names for an entity: its display name and every alias key. */
export function matcherNames(matcher: CompiledMatcher): (id: string) => string[] {
  const names = new Map<string, string[]>();
  for (const e of matcher.index.entities) names.set(e.id, [e.name, ...(e.nameZh ? [e.nameZh] : [])]);
  for (const p of matcher.index.patterns) names.get(p.entityId)?.push(p.text ?? p.key);
  return (id) => names.get(id) ?? [];
}

/** Scores every article (those whose file name matches `filter`) with the matcher. */
export function evaluate(matcher: CompiledMatcher, corpus: Corpus, filter = /./): ArticleReport[] {
  const ctx: EvalContext = { neutral: corpus.neutral, surfaces: corpus.surfaces, namesOf: matcherNames(matcher) };
  return corpus.gold
    .filter((a) => filter.test(a.file))
    .map((a) => {
      const text = corpus.text(a.file);
      // A page's date comes from its meta tags; a corpus file's from gold.json.
      const articleDate = a.date ? parseDay(a.date) : undefined;
      return scoreArticle(a, text, matcher.match(text, articleDate ? { articleDate } : {}), ctx);
    });
}
