// Which painted mention is under the pointer. Highlights take no events, so we ask the browser
// for the caret position at the point, find mentions in that text node, and confirm with the
// range's own rectangles (a caret at a line end can sit beside, not on, the text).
import type { PaintedMention } from './highlights';

export class MentionHitTester {
  private readonly byNode = new Map<Node, PaintedMention[]>();

  constructor(painted: readonly PaintedMention[]) {
    this.addAll(painted);
  }

  addAll(painted: readonly PaintedMention[]): void {
    for (const p of painted) {
      for (const node of textNodesOf(p.range)) {
        const list = this.byNode.get(node) ?? [];
        list.push(p);
        this.byNode.set(node, list);
      }
    }
  }

  hit(doc: Document, x: number, y: number): PaintedMention | undefined {
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    const candidates = this.byNode.get(caret.node);
    if (!candidates) return undefined;
    return candidates.find((p) => containsPoint(p.range, x, y));
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

/** Every text node a range touches: "China" in Made in <em>China</em> 2025 is part of the mention. */
function textNodesOf(range: Range): Node[] {
  if (range.startContainer === range.endContainer) return [range.startContainer];
  const nodes: Node[] = [];
  const doc = range.startContainer.ownerDocument!;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node);
    if (node === range.endContainer) break;
  }
  return nodes;
}
