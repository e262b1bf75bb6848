// Reads the article's publication-date signals from the page (read only) for core/article-date.ts.
import { articleDateFrom } from '../core/article-date';

const META_SELECTORS = [
  'meta[property="article:published_time"]', 'meta[property="og:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="date"]',
  'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]',
].join(',');

export function readArticleDate(doc: Document, story: Element | undefined): string | undefined {
  const meta = [...doc.querySelectorAll<HTMLMetaElement>(META_SELECTORS)].slice(0, 20).map((m) => m.content ?? '');
  const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, 10).map((s) => s.textContent ?? '');
  const times = [...(story ?? doc).querySelectorAll('time[datetime]'), ...doc.querySelectorAll('time[datetime]')]
    .slice(0, 10)
    .map((t) => t.getAttribute('datetime') ?? '');
  return articleDateFrom({ meta, jsonLd, times, url: doc.location?.href ?? '' });
}
