// Whether an everyday phrase that doubles as a policy name ("new infrastructure", "manufacturing
// powerhouse", "trade war") is used here as the name, not as ordinary words. Such aliases are marked
// `generic` in the KB; a paraphrase is not a slogan, so the text itself must treat the words as a
// name: quoted, capitalised as a title, introduced as one ("the so-called ...", "... strategy"), or
// defined ("... refers to"). Pure and DOM-free; the other way an article names it (another,
// unmistakable name of the same entity elsewhere in the story) is decided by the context gate in
// core/matcher.ts.

const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '「', '『', '《']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'", '»', '」', '』', '》']);

/** Words right before the phrase that introduce it as a name (所谓: "so-called"). */
const NAMING_BEFORE =
  /(?:\b(?:so-called|so called|concept of|notion of|slogan of|policy of|strategy of|vision of|known as|dubbed|termed|called|the idea of|campaign against|crackdown on|fight against)\s+(?:the\s+|an?\s+)?|所谓|所謂)$/;
/**
 * Words right after the phrase that make it the name of a policy, or define it as a term. "Drive"
 * is left out: "future industries drive growth" is a verb. "Trade war between the US and China" (or
 * China's "with the US") names that trade war; "a trade war with China" may be any country's.
 */
const NAMING_AFTER =
  /^\s+(?:strategy|initiative|campaign|concept|slogan|policy|policies|programme|program|agenda|refers? to|is a term|as (?:it is|they are) (?:known|called)|between (?:the )?(?:us|u\.s\.|united states|washington) and (?:china|beijing)|between (?:china|beijing) and (?:the )?(?:us|u\.s\.|united states|washington)|with (?:the )?(?:us|u\.s\.|united states|washington))\b/;
/**
 * Someone else's programme: "India's chip self-sufficiency program". ("Its" is left alone: whose it
 * is needs the sentence before.)
 */
const OTHERS_POSSESSIVE = /\b(?!china['’]s|beijing['’]s|xi['’]s)[a-z]+['’]s\s+$/;

/** How far back the naming words may start, in UTF-16 units. */
const LOOK_BEHIND = 40;

export function isNamedHere(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - LOOK_BEHIND), start).toLowerCase();
  if (isQuoted(text, start, end) || NAMING_BEFORE.test(before)) return true;
  if (OTHERS_POSSESSIVE.test(before)) return false;
  return isTitleCased(text, start, end) || NAMING_AFTER.test(text.slice(end, end + 40).toLowerCase());
}

function isQuoted(text: string, start: number, end: number): boolean {
  if (!OPENING_QUOTES.has(text[start - 1] ?? '')) return false;
  // A closing quote right after, or after one comma or full stop kept inside the quotes.
  const after = text[end] ?? '';
  return CLOSING_QUOTES.has(after) || ((after === ',' || after === '.') && CLOSING_QUOTES.has(text[end + 1] ?? ''));
}

/**
 * Every word of four or more letters capitalised ("New Infrastructure", "Manufacturing Powerhouse
 * strategy"), in running text: a sentence's first word alone is not a sign, and neither is a
 * headline, where the words around are capitalised too ("China Warns of Trade War With Europe").
 */
function isTitleCased(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/[\s\u00a0-]+/).filter((w) => w.length >= 4);
  if (words.length === 0 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  if (isHeadline(text, start, end)) return false;
  if (words.length > 1) return true;
  return !sentenceStart(text, start);
}

function isHeadline(text: string, start: number, end: number): boolean {
  const next = /^[\s\u00a0]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
  const previous = /(\p{L}+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const capital = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  return capital(next) || (capital(previous) && !sentenceStart(text, start - (previous!.length + 1)));
}

/** At the start of a text, block, line or sentence (after closing quotes or brackets too). */
function sentenceStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  if (/^[\s\u00a0]*$/.test(text.slice(0, start)) || /[\n\u2029][\s\u00a0]*$/.test(before)) return true;
  return /[.!?:;]["”’)\]]*[\s\u00a0]*$|[("“‘[][\s\u00a0]*$/.test(before);
}
