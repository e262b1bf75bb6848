// One pass over the page: find the story, collect its text, match, paint. Re-runs on demand
// (content changed, settings changed) and can tear itself down completely.
import type { CompiledMatcher, Mention } from '../core/matcher';
import { findArticleRoot } from './article-root';
import { HighlightPainter, rangeForMention, type PaintedMention } from './highlights';
import { MentionHitTester } from './hit-test';
import { collectText } from './text-collect';

export class PageAnnotator {
  private readonly painter: HighlightPainter;
  private painted: PaintedMention[] = [];
  private tester = new MentionHitTester([]);
  private root: Element | undefined;

  constructor(
    private readonly doc: Document,
    private readonly matcher: CompiledMatcher,
  ) {
    this.painter = new HighlightPainter(doc);
  }

  get mentions(): readonly PaintedMention[] {
    return this.painted;
  }

  get articleRoot(): Element | undefined {
    return this.root;
  }

  annotate(): number {
    this.root = findArticleRoot(this.doc);
    const collected = collectText(this.root);
    const mentions: Mention[] = this.matcher.match(collected.text);
    this.painted = mentions.flatMap((mention) => {
      const range = rangeForMention(this.doc, collected, mention);
      return range ? [{ mention, range }] : [];
    });
    this.tester = new MentionHitTester(this.painted);
    this.painter.paint(this.painted);
    return this.painted.length;
  }

  hit(x: number, y: number): PaintedMention | undefined {
    return this.tester.hit(this.doc, x, y);
  }

  setActive(p: PaintedMention | undefined): void {
    this.painter.setActive(p?.range);
  }

  clear(): void {
    this.painter.clear();
    this.painted = [];
    this.tester = new MentionHitTester([]);
  }
}
