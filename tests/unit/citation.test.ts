// Citations copied from the entity page: plain text and biblatex, with the escaping that keeps a
// pasted entry compiling whatever a title contains.
import { describe, expect, it } from 'vitest';
import { bibtexCitation, bibtexUrl, citationKey, escapeBibtex, plainCitation } from '../../core/citation';
import type { Source } from '../../core/kb-schema';

const dated: Source = {
  id: 'reuters-2024-05',
  title: 'China sets up third chip fund with $47.5 billion',
  publisher: 'Reuters',
  date: '2024-05-27',
  url: 'https://www.reuters.com/technology/china-sets-up-third-fund/',
};
const undated: Source = {
  id: 'miit-about',
  title: '工业和信息化部 主要职责',
  publisher: '中华人民共和国工业和信息化部',
  accessed: '2026-11-20',
  url: 'https://www.miit.gov.cn/gyhxxhb/jgsj/index.html',
};

describe('escapeBibtex', () => {
  it('escapes each of { } % & $ # _ and the backslash, once', () => {
    expect(escapeBibtex('{a}')).toBe('\\{a\\}');
    expect(escapeBibtex('50% & $5 #1 a_b')).toBe('50\\% \\& \\$5 \\#1 a\\_b');
    expect(escapeBibtex('C:\\path')).toBe('C:\\textbackslash{}path');
    // The braces of \textbackslash{} are not escaped again.
    expect(escapeBibtex('\\{')).toBe('\\textbackslash{}\\{');
    expect(escapeBibtex('~^')).toBe('\\textasciitilde{}\\textasciicircum{}');
  });
  it('leaves Chinese and ordinary punctuation alone', () => {
    expect(escapeBibtex('国家集成电路产业投资基金（三期）: "plan", 2024.')).toBe('国家集成电路产业投资基金（三期）: "plan", 2024.');
  });
});

describe('bibtexCitation', () => {
  it('a dated source: date and year, no urldate; the title escaped', () => {
    expect(bibtexCitation(dated)).toBe(
      [
        `@online{${citationKey(dated)},`,
        '  author = {{Reuters}},',
        '  title = {China sets up third chip fund with \\$47.5 billion},',
        '  organization = {Reuters},',
        '  date = {2024-05-27},',
        '  year = {2024},',
        '  url = {https://www.reuters.com/technology/china-sets-up-third-fund/},',
        '}',
      ].join('\n'),
    );
  });
  it('an undated source: urldate is the day it was read, and no date; Chinese kept as is', () => {
    const entry = bibtexCitation(undated);
    expect(entry).toContain('  urldate = {2026-11-20},');
    expect(entry).not.toMatch(/\bdate = /);
    expect(entry).not.toContain('year =');
    expect(entry).toContain('  title = {工业和信息化部 主要职责},');
    expect(entry).toContain('  author = {{中华人民共和国工业和信息化部}},');
  });
  it('keeps a URL verbatim except what would break the braces', () => {
    expect(bibtexUrl('https://x.cn/a_b%20c#frag')).toBe('https://x.cn/a_b%20c#frag');
    expect(bibtexUrl('https://x.cn/?q={a}\\')).toBe('https://x.cn/?q=%7Ba%7D%5C');
  });
  it('braces in every entry balance, whatever the text', () => {
    const nasty: Source = { ...dated, title: '}{ \\} {{ %', publisher: '}Pub{' };
    const entry = bibtexCitation(nasty);
    const unescaped = entry.replace(/\\[{}]/g, '');
    let depth = 0;
    for (const c of unescaped) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

describe('citationKey', () => {
  it('is stable for the same source and ascii', () => {
    expect(citationKey(dated)).toBe(citationKey({ ...dated }));
    expect(citationKey(dated)).toMatch(/^reuters-2024-05-[0-9a-z]{5}$/);
    expect(citationKey(undated)).toMatch(/^[A-Za-z0-9-]+$/);
  });
  it('differs for two sources that share an id (ids are unique per record only)', () => {
    expect(citationKey(dated)).not.toBe(citationKey({ ...dated, url: 'https://www.reuters.com/other/' }));
  });
  it('pins a known key, so it does not drift between releases', () => {
    expect(citationKey({ id: 'a', url: 'https://example.org/' })).toBe('a-tep1p');
  });
});

describe('plainCitation', () => {
  it('a dated source: publisher, quoted title, date, address', () => {
    expect(plainCitation(dated)).toBe('Reuters. “China sets up third chip fund with $47.5 billion.” 2024-05-27. https://www.reuters.com/technology/china-sets-up-third-fund/');
  });
  it('an undated source says when it was read, in the words given', () => {
    expect(plainCitation(undated)).toBe('中华人民共和国工业和信息化部. “工业和信息化部 主要职责.” https://www.miit.gov.cn/gyhxxhb/jgsj/index.html (Accessed 2026-11-20).');
    expect(plainCitation(undated, { accessed: (d) => `访问于 ${d}` })).toContain('(访问于 2026-11-20).');
  });
  it('does not double a title’s own full stop', () => {
    expect(plainCitation({ ...dated, title: 'What is the Big Fund?' })).toContain('“What is the Big Fund?”');
  });
});
