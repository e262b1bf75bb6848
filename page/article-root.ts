// Finds the element that holds the article's story text, so navigation, footers, comment threads
// and "related" lists are never annotated. Reads the DOM only; works on any Document (also linkedom).

/** Elements whose text is never story text. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE', 'KBD', 'SAMP',
  'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'DIALOG', 'MENU',
]);

/** class/id words that always mark page furniture. */
const FURNITURE = /(^|[\s_-])(comments?|repl(y|ies)|discussion|disqus|respond|newsletter|advert|ads?|cookie|consent|breadcrumbs?|outbrain|taboola)($|[\s_-])/i;
/**
 * class/id words that mark furniture unless the same element also says it holds the story
 * ("l-sidebar-fixed l-article-body-segment") or holds the headline or an <article> ("row site_header").
 */
const SOFT_FURNITURE = /(^|[\s_-])(related|recommend(ed|ations)?|promo|share|social|sidebar|footer|header|nav|menu|popular|trending|most-read)($|[\s_-])/i;
const STORY_MARKER = /(^|[\s_-])(article|story|entry|post)[\s_-]?(body|content|text)|(^|[\s_-])main[\s_-]?content/i;

const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu', 'menubar', 'toolbar', 'textbox', 'searchbox', 'combobox']);

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
  // Hidden by its own inline style (tracking tags, collapsed menus); computed styles cost a layout.
  if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (marker.length < 2) return false;
  if (FURNITURE.test(marker)) return true;
  if (!SOFT_FURNITURE.test(marker)) return false;
  return !STORY_MARKER.test(marker) && !el.querySelector('h1, article, [itemprop="articleBody"]');
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
    // <body> and <html> carry page-type classes ("single-post has-sidebar"), never furniture.
    const tag = node.tagName.toUpperCase();
    if (tag !== 'BODY' && tag !== 'HTML' && isExcludedElement(node)) {
      result = true;
      break;
    }
  }
  for (const node of path) memo?.set(node, result);
  return result;
}

/** Paragraph-like elements scored, at most: enough for any article, and a bound on the work. */
export const MAX_SCORED_BLOCKS = 3000;
/** Elements visited, at most: a 100k-node page is read in bounded time (stories come early). */
export const MAX_VISITED_ELEMENTS = 40_000;
/** A story has at least this much paragraph text; below it the page has no story we can find. */
export const MIN_STORY_SCORE = 200;
/** Paragraph text shorter than this is a caption, a byline or a button, not story text. */
const MIN_PARAGRAPH_CHARS = 25;

/** Elements whose text counts as one paragraph. */
const PARAGRAPH_TAGS = new Set(['P', 'BLOCKQUOTE', 'DD', 'H2', 'H3', 'PRE']);
/** Containers that may hold loose text (a <div> body with <br>s, a table cell), scored by their own text. */
const LOOSE_TEXT_TAGS = new Set(['DIV', 'TD', 'SECTION', 'ARTICLE', 'MAIN', 'SPAN', 'FONT', 'CENTER']);

/** class/id words of story containers and of everything else (Readability's weights, in short). */
const POSITIVE = /(^|[\s_-])(article|body|content|entry|hentry|main|page|post|text|blog|story|chapter|parbase)/i;
const NEGATIVE = /(^|[\s_-])(comment|reply|replies|discuss|disqus|respond|meta|footnote|byline|author|bio|widget|masthead|sponsor|shopping|tags?|tool|card-list|teaser|more|outbrain|related|rail|side)/i;

interface Tally {
  /** Paragraph text credited to this element, weighted by distance (parent 1, grandparent 1/2, ...). */
  score: number;
  /** Paragraph text anywhere below, unweighted, and the part of it inside links. */
  text: number;
  links: number;
}

/** What the page says the story is, when it says so: JSON-LD's articleBody. */
function jsonLdArticleBody(doc: Document): string | undefined {
  let best: string | undefined;
  const visit = (value: unknown, depth: number): void => {
    if (depth > 5 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'articleBody' && typeof v === 'string' && v.length > (best?.length ?? 0)) best = v;
      else visit(v, depth + 1);
    }
  };
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, 10);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue; // a page may put megabytes there; parsed on every scan
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return best;
}

/** The longest JSON-LD block read for articleBody. */
const MAX_JSON_LD_CHARS = 256_000;
/** The most explicit story bodies looked at: a real page has one or a handful. */
const MAX_EXPLICIT_BODIES = 20;

/** Text inside links within el, in one walk over its text nodes (nested links counted once). */
function linkText(el: Element): number {
  let total = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('a') && el.contains(node.parentElement.closest('a'))) total += weightOf((node as Text).data);
  }
  return total;
}

/** The weight of el's text, reading text nodes only until `limit` is reached. */
function boundedTextWeight(el: Element, limit: number): number {
  let total = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && total < limit; node = walker.nextNode()) total += weightOf((node as Text).data);
  return total;
}

/** Inline elements: their text is part of the paragraph around them. */
const INLINE_TAGS = new Set(['A', 'SPAN', 'B', 'I', 'EM', 'STRONG', 'FONT', 'SMALL', 'SUB', 'SUP', 'U', 'MARK', 'ABBR', 'CITE', 'Q', 'TIME', 'WBR']);

/** The next element in document order below `start`, entering el's subtree only if `enter`. */
function nextElement(el: Element, start: Element, enter: boolean): Element | null {
  let next: Element | null = enter ? el.firstElementChild : null;
  for (let up: Element | null = el; !next && up && up !== start; up = up.parentElement) next = up.nextElementSibling;
  return next;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
/**
 * Text length for scoring, in Latin-letter equivalents: a Chinese, Japanese or Korean character
 * carries about what three Latin letters do (a 70-character Chinese paragraph is a full paragraph).
 */
function weightOf(text: string): number {
  const squashed = squash(text);
  let wide = 0;
  WIDE.lastIndex = 0;
  while (WIDE.exec(squashed)) wide++;
  return squashed.length + 2 * wide;
}

function classWeight(el: Element): number {
  const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (marker.length < 2) return 1;
  let w = 1;
  if (POSITIVE.test(marker)) w *= 1.25;
  if (NEGATIVE.test(marker)) w *= 0.5;
  return w;
}

/**
 * The story: the element(s) holding the article's text, in reading order, or [] when the page
 * shows no story (then the reader may mark the whole page from the popup).
 *
 * Signals, as Readability uses them, in bounded work: an explicit body (`itemprop="articleBody"`);
 * paragraph text credited to its ancestors (parent fully, grandparent half, ...), less what sits in
 * links, with class/id weights; JSON-LD's articleBody (the candidate holding its first words wins);
 * the headline (a candidate wholly before the <h1> is unlikely). Siblings of the winner that are
 * story-like too (a body split over several containers, live-blog entries) join it. The winner widens
 * to its <article> when that adds the headline and little else (not a comment thread).
 */
export function findStoryRoots(doc: Document): Element[] {
  const memo = new Map<Element, boolean>();
  const explicit = [...doc.querySelectorAll('[itemprop="articleBody"], [data-article-body]')].slice(0, MAX_EXPLICIT_BODIES).filter(
    (el) => !excludedByAncestor(el, memo) && weightOf(el.textContent ?? '') > MIN_STORY_SCORE,
  );
  // Outermost: no ancestor is itself an explicit body (an ancestor walk, not a pairwise test).
  const explicitSet = new Set(explicit);
  const outermost = explicit.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (explicitSet.has(up)) return false;
    return true;
  });
  if (outermost.length === 1) return outermost;

  const tallies = new Map<Element, Tally>();
  /** Credits paragraph text to `from` (level 1) and its ancestors. */
  const credit = (from: Element | null, length: number, links: number) => {
    let node = from;
    for (let level = 1; node && level <= 6; level++, node = node.parentElement) {
      let t = tallies.get(node);
      if (!t) tallies.set(node, (t = { score: 0, text: 0, links: 0 }));
      if (level <= 3) t.score += length / level;
      t.text += length;
      t.links += links;
    }
  };
  const ldBody = jsonLdArticleBody(doc);
  const ldStart = ldBody && ldBody.length > MIN_STORY_SCORE ? squash(ldBody).slice(0, 40) : undefined;
  let ldParagraph: Element | undefined;

  // One walk over the elements, skipping furniture subtrees whole (no work inside a nav or footer).
  let scored = 0;
  let visited = 0;
  // Document order of every element visited (compareDocumentPosition is missing or wrong in some
  // DOMs the CLI uses), and the first headline outside the furniture.
  const order = new Map<Element, number>();
  let h1: Element | undefined;
  const start = doc.body ?? doc.documentElement;
  let el: Element | null = start;
  while (el && visited++ < MAX_VISITED_ELEMENTS && scored < MAX_SCORED_BLOCKS) {
    const tag = el.tagName.toUpperCase();
    const skip = el !== start && isExcludedElement(el);
    order.set(el, visited);
    if (!skip && tag === 'H1' && !h1) h1 = el;
    if (!skip && PARAGRAPH_TAGS.has(tag)) {
      const text = squash(el.textContent ?? '');
      const weight = weightOf(text);
      if (weight >= MIN_PARAGRAPH_CHARS) {
        scored++;
        const links = linkText(el);
        // A paragraph in a list item is a teaser or a bullet more often than story text.
        const share = el.parentElement?.closest('li') ? 0.5 : 1;
        credit(el.parentElement, weight * share, Math.min(links, weight) * share);
        if (ldStart && !ldParagraph && text.includes(ldStart.slice(0, 30))) ldParagraph = el;
      }
    } else if (!skip && LOOSE_TEXT_TAGS.has(tag)) {
      // Text sitting directly in a container: a <div> of inline text is a paragraph (Royal Road's
      // chapters, table cells); loose text among blocks (<div>text<br>text<div>..</div></div>) too.
      let inline = 0;
      let block = false;
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) inline += weightOf((c as Text).data);
        else if (c.nodeType === 1) {
          const childTag = (c as Element).tagName.toUpperCase();
          if (INLINE_TAGS.has(childTag)) {
            // Bounded: past 4 paragraphs' worth the answer no longer changes (a page can nest
            // inline elements hundreds deep around a lot of text).
            if (!(c as Element).querySelector('script, style') && !isExcludedElement(c as Element)) inline += boundedTextWeight(c as Element, MIN_PARAGRAPH_CHARS * 4 - inline);
          }
          else if (childTag !== 'BR') block = true;
        }
      }
      if (!block && inline >= MIN_PARAGRAPH_CHARS && inline < MIN_PARAGRAPH_CHARS * 4 && el !== start) {
        scored++;
        const links = linkText(el);
        credit(el.parentElement, inline, Math.min(links, inline));
        el = nextElement(el, start, false);
        continue;
      }
      if (inline >= MIN_PARAGRAPH_CHARS * 4 && el !== start) {
        // Much loose text: the container is its own paragraph's parent (a <div> body with <br>s).
        scored++;
        credit(el, inline, 0);
      }
    }
    // A skipped or paragraph element's subtree is not entered.
    el = nextElement(el, start, !skip && !PARAGRAPH_TAGS.has(tag));
  }

  // schema.org markup saying where the one article is: candidates outside it are unlikely.
  const marked = [...doc.querySelectorAll('[itemtype*="Article"], [itemtype*="BlogPosting"]')].filter((a) => !excludedByAncestor(a, memo));
  const schemaArticle = marked.length === 1 ? marked[0] : undefined;
  /** Wholly before the headline: starts before it and does not contain it. */
  const before = (el: Element) => h1 !== undefined && (order.get(el) ?? 0) < order.get(h1)! && !el.contains(h1);
  const final = (el: Element, t: Tally) => {
    const density = t.text > 0 ? t.links / t.text : 0;
    let score = t.score * (1 - density) * classWeight(el);
    // A candidate that ends before the headline starts is page furniture above the story.
    if (before(el)) score *= 0.6;
    if (ldParagraph && el.contains(ldParagraph)) score *= 1.5;
    if (schemaArticle && !schemaArticle.contains(el) && !el.contains(schemaArticle)) score *= 0.3;
    return score;
  };
  let best: Element | undefined;
  let bestScore = 0;
  const finals = new Map<Element, number>();
  for (const [el, t] of tallies) {
    if (excludedByAncestor(el, memo)) continue;
    const score = final(el, t);
    finals.set(el, score);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best || bestScore < MIN_STORY_SCORE) return [];
  if (best === doc.body || best === doc.documentElement) {
    // <body> wins only when the story really sits in it, not when it merely adds up its children.
    let inner: Element | undefined;
    let innerScore = 0;
    for (const [el, score] of finals) {
      if (el !== doc.body && el !== doc.documentElement && score > innerScore) {
        inner = el;
        innerScore = score;
      }
    }
    if (!inner || innerScore < bestScore * 0.5 || innerScore < MIN_STORY_SCORE) return [best];
    best = inner;
    bestScore = innerScore;
  }

  // Widen to the enclosing <article> when it is this story's (adds the headline, not a thread).
  const article = best.parentElement?.closest('article');
  if (article && !excludedByAncestor(article, memo)) {
    const inner = tallies.get(best)!.text;
    const outer = tallies.get(article)?.text ?? inner;
    if (outer <= inner * 1.3 + 400) return [article];
  }
  // Story-like siblings join: a body split over containers, or the entries of a live blog. So do
  // cousins built like the winner (same tag and first class, a near common ancestor): a story cut
  // into sections, each its own wrapper.
  const threshold = Math.max(MIN_STORY_SCORE / 2, bestScore * 0.2);
  const signature = (el: Element) => `${el.tagName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;
  const bestSignature = signature(best);
  const near = ancestorAt(best, 5);
  const roots = [best];
  for (const [el, score] of finals) {
    if (el === best || roots.some((r) => r.contains(el) || el.contains(r))) continue;
    const t = tallies.get(el)!;
    if (t.links / Math.max(1, t.text) >= 0.25 || classWeight(el) < 1) continue;
    // The story starts at its headline: a block wholly above it is not part of it.
    if (before(el)) continue;
    const sibling = el.parentElement === best.parentElement && score >= threshold;
    const cousin = signature(el) === bestSignature && score >= MIN_PARAGRAPH_CHARS * 2 && near?.contains(el);
    if (sibling || cousin) roots.push(el);
  }
  return roots.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function ancestorAt(el: Element, levels: number): Element | null {
  let node: Element | null = el;
  for (let i = 0; i < levels && node?.parentElement && node.parentElement !== node.ownerDocument.body; i++) node = node.parentElement;
  return node;
}

/** One element for callers that want one: the story's root, the parent of a split story, or <body>. */
export function findArticleRoot(doc: Document): Element {
  const roots = findStoryRoots(doc);
  if (roots.length === 1) return roots[0]!;
  if (roots.length > 1) return roots[0]!.parentElement ?? roots[0]!;
  return doc.body ?? doc.documentElement;
}
