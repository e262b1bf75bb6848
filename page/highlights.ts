// Paints mentions with the CSS Custom Highlight API: Ranges registered in CSS.highlights and styled
// by a constructed stylesheet. No page node is created, moved or changed.
import type { Mention } from '../core/matcher';
import { segmentAt, type CollectedText } from './text-collect';

export const HIGHLIGHT_NAME = 'policy-context';
export const ACTIVE_HIGHLIGHT_NAME = 'policy-context-active';

const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.28); text-decoration: underline dotted rgba(176, 120, 0, 0.9); text-underline-offset: 2px; }
::highlight(${ACTIVE_HIGHLIGHT_NAME}) { background-color: rgba(255, 176, 0, 0.55); }
@media (prefers-color-scheme: dark) {
  ::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.22); text-decoration-color: rgba(255, 196, 0, 0.9); }
}`;

export interface PaintedMention {
  mention: Mention;
  range: Range;
}

/** Builds a DOM Range for a mention; undefined if its ends fall on a block separator. */
export function rangeForMention(doc: Document, collected: CollectedText, mention: Mention): Range | undefined {
  const first = segmentAt(collected, mention.start);
  const last = segmentAt(collected, mention.end - 1);
  if (!first || !last) return undefined;
  const range = doc.createRange();
  range.setStart(first.node, mention.start - first.start);
  range.setEnd(last.node, mention.end - last.start);
  return range;
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightPainter {
  private sheet: CSSStyleSheet | undefined;
  private readonly doc: Document;

  constructor(doc: Document) {
    this.doc = doc;
  }

  private highlight: Highlight | undefined;

  /** Replaces all marks with these. */
  paint(painted: readonly PaintedMention[]): void {
    this.ensureStyles();
    this.highlight = new Highlight();
    this.append(painted);
    CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  /** Adds marks to those painted (a long story is painted slice by slice). */
  append(painted: readonly PaintedMention[]): void {
    if (!this.highlight) return this.paint(painted);
    // add() one by one: spreading a huge page's ranges into the constructor can overflow the stack.
    for (const p of painted) this.highlight.add(p.range);
  }

  setActive(range: Range | undefined): void {
    if (range) CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, new Highlight(range));
    else CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
  }

  clear(): void {
    this.highlight = undefined;
    CSS.highlights.delete(HIGHLIGHT_NAME);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
    if (this.sheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
      this.sheet = undefined;
    }
  }

  private ensureStyles(): void {
    if (this.sheet) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
    this.sheet = sheet;
  }
}
