// Paints mentions with the CSS Custom Highlight API: Ranges registered in CSS.highlights and styled
// by a constructed stylesheet. No page node is created, moved or changed.
import type { Mention } from '../core/matcher';
import { segmentAt, type CollectedText } from './text-collect';

/**
 * Registry names start with this prefix and end with a per-page random part: a page cannot
 * pre-register our name to restyle or impersonate our marks. (It can still delete any entry of
 * the shared registry; `reassert` puts ours back.)
 */
export const HIGHLIGHT_PREFIX = 'policy-context-';

/** A per-page random name part (12 hex digits), for names a page must not guess (also the card's CSS variables). */
export function randomSuffix(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * How the marks look: the reader's highlight style, with "hold" already resolved to 'hidden' (Alt
 * not held) or 'background' (Alt held). Each is a variant of the one style sheet: switching looks
 * rewrites our sheet, never a page node.
 */
export type MarkLook = 'background' | 'underline' | 'hidden';

function highlightCss(name: string, active: string, look: MarkLook): string {
  // The active mark (the card's anchor) shows in every look: the reader opened that card.
  const activeRule = `::highlight(${active}) { background-color: rgba(255, 176, 0, 0.55); }`;
  if (look === 'hidden') return activeRule;
  if (look === 'underline') {
    return `
::highlight(${name}) { text-decoration: underline dotted 2px rgba(176, 120, 0, 0.95); text-underline-offset: 2px; }
${activeRule}
@media (prefers-color-scheme: dark) {
  ::highlight(${name}) { text-decoration-color: rgba(255, 196, 0, 0.95); }
}`;
  }
  return `
::highlight(${name}) { background-color: rgba(255, 196, 0, 0.28); text-decoration: underline dotted rgba(176, 120, 0, 0.9); text-underline-offset: 2px; }
${activeRule}
@media (prefers-color-scheme: dark) {
  ::highlight(${name}) { background-color: rgba(255, 196, 0, 0.22); text-decoration-color: rgba(255, 196, 0, 0.9); }
}`;
}

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
  readonly name: string;
  readonly activeName: string;
  private highlight: Highlight | undefined;
  private active: Highlight | undefined;
  /** Every range painted, to rebuild the highlight if the page empties it. */
  private ranges: Range[] = [];
  private look: MarkLook = 'background';
  /** What our sheet's rules read as when intact, to notice a page that rewrote them. */
  private rulesText = '';

  constructor(doc: Document) {
    this.doc = doc;
    const suffix = randomSuffix();
    this.name = `${HIGHLIGHT_PREFIX}${suffix}`;
    this.activeName = `${HIGHLIGHT_PREFIX}active-${suffix}`;
  }

  /** Replaces all marks with these. */
  paint(painted: readonly PaintedMention[]): void {
    this.ensureStyles();
    this.highlight = new Highlight();
    this.ranges = [];
    this.append(painted);
    CSS.highlights.set(this.name, this.highlight);
  }

  /**
   * Puts our style sheet and registry entries back if the page removed them (a page that replaces
   * document.adoptedStyleSheets, or clears CSS.highlights). Cheap: two lookups when all is well.
   */
  reassert(): void {
    if (!this.highlight) return;
    if (this.sheet) {
      if (!this.doc.adoptedStyleSheets.includes(this.sheet)) this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      // The sheet object is shared with the page, which can rewrite its rules (replaceSync).
      if (rulesText(this.sheet) !== this.rulesText) this.writeSheet();
    }
    // So are the highlights: a page that empties ours gets them refilled.
    if (this.highlight.size !== this.ranges.length) {
      this.highlight.clear();
      for (const range of this.ranges) this.highlight.add(range);
    }
    if (CSS.highlights.get(this.name) !== this.highlight) CSS.highlights.set(this.name, this.highlight);
    if (this.active && CSS.highlights.get(this.activeName) !== this.active) CSS.highlights.set(this.activeName, this.active);
  }

  /** Adds marks to those painted (a long story is painted slice by slice). */
  append(painted: readonly PaintedMention[]): void {
    if (!this.highlight) return this.paint(painted);
    // add() one by one: spreading a huge page's ranges into the constructor can overflow the stack.
    for (const p of painted) {
      this.highlight.add(p.range);
      this.ranges.push(p.range);
    }
  }

  /** Changes how the marks look (a settings change, Alt pressed or released in "hold"). */
  setLook(look: MarkLook): void {
    if (look === this.look) return;
    this.look = look;
    if (this.sheet) this.writeSheet();
  }

  setActive(range: Range | undefined): void {
    this.active = range ? new Highlight(range) : undefined;
    if (this.active) CSS.highlights.set(this.activeName, this.active);
    else CSS.highlights.delete(this.activeName);
  }

  clear(): void {
    this.highlight = undefined;
    this.active = undefined;
    this.ranges = [];
    // Only our own entries, and only if they are still ours.
    CSS.highlights.delete(this.name);
    CSS.highlights.delete(this.activeName);
    if (this.sheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
      this.sheet = undefined;
    }
  }

  private ensureStyles(): void {
    if (this.sheet) return;
    const sheet = new CSSStyleSheet();
    this.sheet = sheet;
    this.writeSheet();
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
  }

  private writeSheet(): void {
    if (!this.sheet) return;
    this.sheet.replaceSync(highlightCss(this.name, this.activeName, this.look));
    this.rulesText = rulesText(this.sheet);
  }
}

function rulesText(sheet: CSSStyleSheet): string {
  let text = '';
  for (const rule of sheet.cssRules) text += rule.cssText;
  return text;
}
