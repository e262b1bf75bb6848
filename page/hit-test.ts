// Which painted mention is under the pointer. Highlights take no events, so we ask the browser
// for the caret position at the point, find the mentions of that text node around the caret's
// offset (binary search: a node may hold thousands), and confirm with the range's own rectangles
// (a caret at a line end can sit beside, not on, the text).
import type { PaintedMention } from './highlights';

interface NodeSpan {
  /** The mention's part of this text node: [start, end) in the node's own offsets. */
  start: number;
  end: number;
  painted: PaintedMention;
}

export class MentionHitTester {
  private readonly byNode = new Map<Node, NodeSpan[]>();
  private readonly unsorted = new Set<NodeSpan[]>();

  constructor(painted: readonly PaintedMention[]) {
    this.addAll(painted);
  }

  addAll(painted: readonly PaintedMention[]): void {
    for (const p of painted) {
      for (const node of textNodesOf(p.range)) {
        const list = this.byNode.get(node) ?? [];
        const start = node === p.range.startContainer ? p.range.startOffset : 0;
        const end = node === p.range.endContainer ? p.range.endOffset : (node as Text).length;
        list.push({ start, end, painted: p });
        this.byNode.set(node, list);
        this.unsorted.add(list);
      }
    }
  }

  hit(doc: Document, x: number, y: number): PaintedMention | undefined {
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    const spans = this.byNode.get(caret.node);
    if (!spans) return undefined;
    if (this.unsorted.delete(spans)) spans.sort((a, b) => a.start - b.start);
    // The last span starting at or before the caret, and its neighbours: a caret sits between
    // characters, so the glyph under the pointer may belong to the span just before or after it.
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]!.start <= caret.offset) lo = mid;
      else hi = mid - 1;
    }
    for (const i of [lo, lo - 1, lo + 1]) {
      const span = spans[i];
      if (span && caret.offset >= span.start - 1 && caret.offset <= span.end + 1 && containsPoint(span.painted.range, x, y)) return span.painted;
    }
    return undefined;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** A few px of slack: the pointer on a glyph's edge still counts. */
const EDGE_SLACK_PX = 1;

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - EDGE_SLACK_PX && x <= r.right + EDGE_SLACK_PX && y >= r.top - EDGE_SLACK_PX && y <= r.bottom + EDGE_SLACK_PX) return true;
  }
  return false;
}

/**
 * Every text node a range touches: "China" in Made in <em>China</em> 2025 is part of the mention.
 * The walk starts at the range's first node and stops at its last, so it costs the nodes of the
 * mention itself, not of everything before it in the paragraph (that was cubic on a long block).
 */
function textNodesOf(range: Range): Node[] {
  if (range.startContainer === range.endContainer) return [range.startContainer];
  const nodes: Node[] = [range.startContainer];
  const doc = range.startContainer.ownerDocument!;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = range.startContainer;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    if (node === range.endContainer) break;
  }
  return nodes;
}
