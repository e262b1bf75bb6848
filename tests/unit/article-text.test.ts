// The page layer's reading of a document (article root, text collection), run on linkedom in Node.
// Real-browser behaviour is covered by the E2E journeys; this pins the rules.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../page/article-root';
import { collectText, segmentAt } from '../../page/text-collect';

const para = (s: string) => `<p>${s} ${'Filler words make this paragraph long enough to count as story text. '.repeat(2)}</p>`;

function doc(body: string): Document {
  return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
}

describe('finding the story', () => {
  it('picks the container with the most paragraph text, not navigation, asides or comments', () => {
    const d = doc(`
      <nav>${para('Nav Big Fund')}</nav>
      <div id="story">${para('Story one about the Big Fund')}${para('Story two')}${para('Story three')}</div>
      <aside>${para('Aside')}${para('Aside')}${para('Aside')}${para('Aside')}</aside>
      <div class="comments">${para('Comment')}${para('Comment')}${para('Comment')}${para('Comment')}</div>`);
    expect(findArticleRoot(d).getAttribute('id')).toBe('story');
  });

  it('prefers a single explicit article body', () => {
    const d = doc(`<div>${para('a')}${para('b')}${para('c')}</div><div itemprop="articleBody">${para('marked body')}${para('x')}</div>`);
    expect(findArticleRoot(d).getAttribute('itemprop')).toBe('articleBody');
  });

  it('falls back to the body for a page without paragraphs', () => {
    const d = doc('<span>short</span>');
    expect(findArticleRoot(d).tagName).toBe('BODY');
  });
});

describe('collecting text', () => {
  it('joins inline text, separates blocks, skips scripts, hidden and editable parts', () => {
    const d = doc(`<article><h1>Title</h1><p>The <b>Big</b> Fund</p><script>var x = "MIIT";</script>
      <p hidden>hidden MIIT</p><div contenteditable="true">draft MIIT</div><p>Plan</p><p>Beijing</p></article>`);
    const { text, segments } = collectText(d.querySelector('article')!);
    expect(text).toContain('The Big Fund');
    expect(text).not.toContain('MIIT');
    expect(text).toContain('Plan\u2029Beijing');
    const at = text.indexOf('Big');
    const seg = segmentAt({ text, segments }, at)!;
    expect(seg.node.data.slice(at - seg.start, at - seg.start + 3)).toBe('Big');
    expect(segmentAt({ text, segments }, text.indexOf('\u2029'))).toBeUndefined();
  });

  it("keeps an article's own header (the headline) but not the site header", () => {
    const d = doc(`<header><p>Site header Big Fund</p></header><article><header><h1>Headline on the Big Fund</h1></header><p>Body</p></article>`);
    const { text } = collectText(d.body);
    expect(text).toContain('Headline on the Big Fund');
    expect(text).not.toContain('Site header');
  });

  it('survives nesting deeper than the call stack', () => {
    const depth = 20000;
    const d = doc(`${'<span>'.repeat(depth)}deep Big Fund${'</span>'.repeat(depth)}`);
    expect(collectText(d.body).text).toContain('deep Big Fund');
  });
});
