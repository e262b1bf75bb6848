import { describe, expect, it } from 'vitest';
import { httpsHref } from '../../core/safe-url';

describe('httpsHref: only a well-formed https address becomes a link', () => {
  it('keeps https', () => expect(httpsHref('https://english.www.gov.cn/a?b=1')).toBe('https://english.www.gov.cn/a?b=1'));
  it('refuses javascript:, data:, http:, credentials and garbage', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x', 'http://example.org', 'https://user:pw@example.org/', 'not a url', '//example.org', 'vbscript:x']) {
      expect(httpsHref(url), url).toBeUndefined();
    }
  });
});
