// The curated news sites the extension runs on out of the box (host permissions + content-script matches).
// Any other site is opt-in from the popup, through an optional host permission.
export const NEWS_SITE_DOMAINS = [
  'reuters.com', 'apnews.com', 'bloomberg.com', 'ft.com', 'wsj.com', 'nytimes.com',
  'washingtonpost.com', 'theguardian.com', 'bbc.com', 'bbc.co.uk', 'cnn.com', 'nikkei.com',
  'scmp.com', 'caixinglobal.com', 'chinadaily.com.cn', 'globaltimes.cn', 'news.cn',
  'xinhuanet.com', 'cgtn.com', 'people.com.cn', 'politico.com', 'economist.com', 'axios.com',
  'techcrunch.com', 'theverge.com', 'arstechnica.com', 'theregister.com',
] as const;

/** Match patterns for a domain and all its subdomains. */
export function matchPatternsFor(domain: string): string[] {
  return [`*://${domain}/*`, `*://*.${domain}/*`];
}

export const NEWS_SITE_MATCHES: string[] = NEWS_SITE_DOMAINS.flatMap(matchPatternsFor);

/** True when hostname is one of the curated domains or a subdomain of one. */
export function isCuratedNewsHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return NEWS_SITE_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}
