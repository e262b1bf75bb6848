// Finds the element that holds the article's story text, so navigation, footers, comment threads
// and "related" lists are never annotated. Reads the DOM only; works on any Document (also linkedom).

/** Elements whose text is never story text. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE', 'KBD', 'SAMP',
  'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'DIALOG', 'MENU',
]);

/** class/id words that mark page furniture rather than story text. */
const FURNITURE = /(^|[\s_-])(comments?|related|recommend(ed|ations)?|newsletter|promo|advert|ads?|share|social|sidebar|footer|header|nav|menu|breadcrumbs?|cookie|consent|popular|trending|most-read|outbrain|taboola)($|[\s_-])/i;

const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu', 'menubar', 'toolbar']);

/** True for elements whose subtree is furniture, hidden, or editable: none of it is annotated. */
export function isExcludedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // An <article>'s own <header> holds its headline and standfirst: story text, unlike the site's header.
  if (tag === 'HEADER' && el.parentElement?.closest('article')) return isExcludedByAttributes(el);
  if (SKIP_TAGS.has(tag)) return true;
  return isExcludedByAttributes(el);
}

/** Hidden, editable, or marked as furniture by its role, class or id. */
function isExcludedByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return marker.length > 1 && FURNITURE.test(marker);
}

/** Whether el or an ancestor is excluded; `memo` makes a pass over many siblings linear. */
function excludedByAncestor(el: Element, memo?: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let result = false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const known = memo?.get(node);
    if (known !== undefined) {
      result = known;
      break;
    }
    path.push(node);
    if (isExcludedElement(node)) {
      result = true;
      break;
    }
  }
  for (const node of path) memo?.set(node, result);
  return result;
}

/**
 * Paragraph-like elements scored, at most: enough for any article, and a bound on the work a
 * page of thousands of nested list items can cost (each textContent read walks a subtree).
 */
export const MAX_SCORED_BLOCKS = 3000;

/**
 * Picks the story container: an explicit article-body marker if there is exactly one good one,
 * else the element whose paragraphs hold the most text (each paragraph scores its parent fully
 * and its grandparent half, as Readability does). Falls back to <body>.
 */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const memo = new Map<Element, boolean>();
  const explicit = [...doc.querySelectorAll('[itemprop="articleBody"], [data-article-body]')].filter(
    (el) => !excludedByAncestor(el, memo) && textLength(el) > 200,
  );
  if (explicit.length === 1) return explicit[0]!;

  const scores = new Map<Element, number>();
  let scored = 0;
  for (const p of doc.querySelectorAll('p, blockquote, li')) {
    if (scored++ >= MAX_SCORED_BLOCKS) break;
    if (excludedByAncestor(p, memo)) continue;
    const length = textLength(p);
    if (length < 40) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best || bestScore < 200) return body;
  // Widen to the enclosing <article> (headline, standfirst) when there is one.
  const article = best.closest('article');
  return article && !excludedByAncestor(article, memo) ? article : best;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
