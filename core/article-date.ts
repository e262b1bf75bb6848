// The article's publication date from the page's own signals, tried from the most to the least
// reliable: meta tags, JSON-LD datePublished, a <time datetime>, a date in the address. Pure: the
// page layer collects the candidate strings; this decides. Dates outside 1990..next year are ignored.

export interface DateSignals {
  /** Content of publication-date meta tags (article:published_time, pubdate, ...), in page order. */
  meta: string[];
  /** The text of JSON-LD blocks (parsed here, defensively). */
  jsonLd: string[];
  /** datetime attributes of <time> elements in the story. */
  times: string[];
  /** The page's address. */
  url: string;
}

/** The longest JSON-LD block we parse: a page may put megabytes there. */
const MAX_JSON_LD_CHARS = 200_000;

export function parseDay(value: string, thisYear = new Date().getUTCFullYear()): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) ?? /^\s*(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1990 || y > thisYear + 1 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function datePublishedIn(node: unknown, depth = 0): string | undefined {
  if (depth > 6 || !node || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 50)) {
      const found = datePublishedIn(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return datePublishedIn(record['@graph'], depth + 1);
}

export function articleDateFrom(signals: DateSignals, thisYear?: number): string | undefined {
  for (const value of signals.meta) {
    const day = parseDay(value, thisYear);
    if (day) return day;
  }
  for (const text of signals.jsonLd) {
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      const raw = datePublishedIn(JSON.parse(text) as unknown);
      const day = raw && parseDay(raw, thisYear);
      if (day) return day;
    } catch {
      // a page's broken JSON-LD is its own business
    }
  }
  for (const value of signals.times) {
    const day = parseDay(value, thisYear);
    if (day) return day;
  }
  const inUrl = /\/(\d{4})[/-](\d{2})[/-](\d{2})(?:\/|[^\d])/.exec(signals.url) ?? /\/(\d{4})(\d{2})(\d{2})\//.exec(signals.url);
  return inUrl ? parseDay(`${inUrl[1]}-${inUrl[2]}-${inUrl[3]}`, thisYear) : undefined;
}
