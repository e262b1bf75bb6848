// Whether an everyday phrase that doubles as a policy name ("new infrastructure", "manufacturing
// powerhouse", "trade war") is used here as the name, not as ordinary words. Such aliases are marked
// `generic` in the KB; a paraphrase is not a slogan, so the text itself must treat the words as a
// name: quoted, capitalised as a title, or introduced as one ("the so-called ...", "... strategy").
// Pure and DOM-free; the other way an article names it (another, unmistakable name of the same
// entity elsewhere in the article) is decided by the context gate in core/matcher.ts.

const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '「', '『']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'", '»', '」', '』']);

/** Words right before the phrase that introduce it as a name. */
const NAMING_BEFORE = /(?:so-called|so called|concept of|notion of|slogan of|policy of|strategy of|vision of|known as|dubbed|termed|called|the idea of)\s+(?:the\s+|an?\s+)?$/;
/** Words right after the phrase that make it the name of a policy, or define it as a term. */
const NAMING_AFTER =
  /^\s+(?:strategy|initiative|campaign|concept|slogan|policy|policies|programme|program|agenda|drive|refers? to|is a term|as (?:it is|they are) (?:known|called))\b/;

/** How far back the naming words may start, in UTF-16 units. */
const LOOK_BEHIND = 40;

export function isNamedHere(text: string, start: number, end: number): boolean {
  return isQuoted(text, start, end) || isTitleCased(text, start, end) || isIntroduced(text, start, end);
}

function isQuoted(text: string, start: number, end: number): boolean {
  if (!OPENING_QUOTES.has(text[start - 1] ?? '')) return false;
  // A closing quote right after, or after one comma or full stop kept inside the quotes.
  const after = text[end] ?? '';
  return CLOSING_QUOTES.has(after) || ((after === ',' || after === '.') && CLOSING_QUOTES.has(text[end + 1] ?? ''));
}

/**
 * Every word of four or more letters capitalised ("New Infrastructure", "Manufacturing Powerhouse
 * strategy"); a sentence's first word alone is not a sign.
 */
function isTitleCased(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/[\s\u00a0-]+/).filter((w) => w.length >= 4);
  if (words.length === 0 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  if (words.length > 1) return true;
  return !sentenceStart(text, start);
}

function sentenceStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start).trimEnd();
  return before === '' || /[.!?:;\n"“]$/.test(before);
}

function isIntroduced(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - LOOK_BEHIND), start).toLowerCase();
  if (NAMING_BEFORE.test(before)) return true;
  return NAMING_AFTER.test(text.slice(end, end + 20).toLowerCase());
}
