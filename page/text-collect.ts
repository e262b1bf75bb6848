// Collects the visible story text under a root into one string the matcher can scan, plus the map
// from string offsets back to (text node, offset) for building DOM Ranges. Reads only; never writes.
import { BLOCK_BREAK } from '../core/normalize';
import { isExcludedElement } from './article-root';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the collected text. */
  start: number;
}

export interface CollectedText {
  text: string;
  segments: TextSegment[];
}

/** Block elements end a run of text: a separator keeps "Plan" and "Beijing" in two blocks apart. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION',
  'ARTICLE', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'BR', 'HR', 'DD', 'DT', 'DL', 'MAIN',
]);

/** U+2029, not a newline: newlines occur inside text nodes as mere formatting, block ends do not. */
const BLOCK_SEPARATOR = BLOCK_BREAK;

// Node types, as numbers: linkedom (used by the CLI) has no global Node constructor.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Text under one root, or under several (a story split over containers) in the given order. */
export function collectText(root: Element | readonly Element[], isHidden: (el: Element) => boolean = () => false): CollectedText {
  const roots = new Set<Element>(Array.isArray(root) ? root : [root as Element]);
  const segments: TextSegment[] = [];
  // Pieces joined once at the end, and the state of the last piece kept in variables: asking a
  // string built by += whether it ends with something flattens it, which made big pages quadratic.
  const parts: string[] = [];
  let length = 0;
  let endsWithSeparator = true; // nothing collected yet: no separator needed at the start
  const separate = () => {
    if (endsWithSeparator) return;
    parts.push(BLOCK_SEPARATOR);
    length += BLOCK_SEPARATOR.length;
    endsWithSeparator = true;
  };
  // An explicit stack, not recursion: a hostile page can nest elements deeper than the call stack.
  // A `null` entry marks the end of a block element.
  // Roots in reverse on the stack, each followed by a block end: they never run into each other.
  const stack: (Node | null)[] = [];
  for (const r of [...roots].reverse()) stack.push(null, r);
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      separate();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE) {
      const value = (node as Text).data;
      if (value.length === 0) continue;
      segments.push({ node: node as Text, start: length });
      parts.push(value);
      length += value.length;
      endsWithSeparator = false;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (!roots.has(el) && (isExcludedElement(el) || isHidden(el))) continue;
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) {
      separate();
      stack.push(null);
    }
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return { text: parts.join(''), segments };
}

/** The segment holding offset (binary search); offsets on a separator belong to no node. */
export function segmentAt(collected: CollectedText, offset: number): TextSegment | undefined {
  const { segments } = collected;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (offset < seg.start) hi = mid - 1;
    else if (offset >= seg.start + seg.node.data.length) lo = mid + 1;
    else return seg;
  }
  return undefined;
}
