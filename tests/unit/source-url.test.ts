// Source links on cards carry the page's own address, not a feed's or a subscriber's tags (review of pass 9).
import { describe, expect, it } from 'vitest';
import { withoutTracking } from '../../core/source-url';
import { loadKb } from '../../scripts/kb-files';

describe('withoutTracking', () => {
  it('drops feed, newsletter and reader-token parameters and a host name trailing dot', () => {
    expect(withoutTracking('https://www.scmp.com/news/article/3196017/x?utm_source=rss_feed')).toBe('https://www.scmp.com/news/article/3196017/x');
    expect(withoutTracking('https://exportcompliancedaily.com/article/2025/08/29/x-2508290019?BC=bc_68a73dd434f7b')).toBe('https://exportcompliancedaily.com/article/2025/08/29/x-2508290019');
    expect(withoutTracking('https://ustr.gov./about-us/press?utm_term=.0c27&itid=lk_readmore#top')).toBe('https://ustr.gov/about-us/press#top');
  });
  it('keeps the parameters that say which page it is, exactly as written', () => {
    expect(withoutTracking('https://example.com/a?id=88143303&utm_medium=rss')).toBe('https://example.com/a?id=88143303');
    expect(withoutTracking('https://example.com/a?q=us+china&mod=3')).toBe('https://example.com/a?q=us+china&mod=3');
    expect(withoutTracking('https://example.com/a?EntityId=rWi3HGQrz10=&EType=/sbL')).toBe('https://example.com/a?EntityId=rWi3HGQrz10=&EType=/sbL');
  });
  it('leaves what is not an address as it is (the schema and the card check those)', () => {
    expect(withoutTracking('not a url')).toBe('not a url');
  });
});

describe('the shipped knowledge base', () => {
  it('links no source with a tracking parameter or a host name ending in a dot', () => {
    const kb = loadKb();
    if (!kb.ok) throw new Error(kb.problems.join('\n'));
    const urls = kb.kb.entities.flatMap((e) => e.sources.map((s) => s.url));
    expect(urls.filter((u) => /[?&](?:utm_|BC=|itid=)/.test(u) || new URL(u).hostname.endsWith('.'))).toEqual([]);
    expect(urls.length).toBeGreaterThan(1000);
  });
});
