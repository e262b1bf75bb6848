// Citations a reader can paste into their own writing: one source as a plain-text reference and as
// a biblatex @online entry. Pure, so the escaping (the part that goes wrong) is unit-tested.
import type { Source } from './kb-schema';

/** The words a plain citation uses around the data; English by default, the page passes its own. */
export interface CitationWords {
  /** "Accessed $1" for a page that shows no date: $1 is the day it was read. */
  accessed: (day: string) => string;
}

const ENGLISH: CitationWords = { accessed: (day) => `Accessed ${day}` };

/**
 * A key that is the same every time for the same source and differs between two sources that share
 * an id (ids are unique within one record only): the source id plus a short hash of its address.
 */
export function citationKey(source: Pick<Source, 'id' | 'url'>): string {
  const base = source.id.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
  return `${base}-${fnv1a(source.url).toString(36).padStart(7, '0').slice(-5)}`;
}

/** Publisher. “Title.” Date. URL — or, for an undated page, "Accessed DAY" after the address. */
export function plainCitation(source: Source, words: CitationWords = ENGLISH): string {
  const title = /[.!?。！？]$/.test(source.title) ? source.title : `${source.title}.`;
  const parts = [`${source.publisher}.`, `“${title}”`];
  if (source.date) parts.push(`${source.date}.`);
  parts.push(source.url);
  const text = parts.join(' ');
  return source.accessed ? `${text} (${words.accessed(source.accessed)}).` : text;
}

/** A biblatex @online entry: the publisher as a corporate author, `date` or else `urldate`. */
export function bibtexCitation(source: Source): string {
  const fields: [string, string][] = [
    // Double braces: a corporate author, never split into first and last names.
    ['author', `{${escapeBibtex(source.publisher)}}`],
    ['title', escapeBibtex(source.title)],
    ['organization', escapeBibtex(source.publisher)],
  ];
  if (source.date) fields.push(['date', source.date], ['year', source.date.slice(0, 4)]);
  fields.push(['url', bibtexUrl(source.url)]);
  if (source.accessed) fields.push(['urldate', source.accessed]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@online{${citationKey(source)},\n${body}\n}`;
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Text as a BibTeX field value: one pass, so the braces of an inserted \textbackslash{} are never
 * escaped again. Other characters (Chinese titles included) stay as they are: biber reads UTF-8.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => BIBTEX_SPECIAL[c]!);
}

/**
 * biblatex reads `url` verbatim (a % or # there is literal), so only what would break the entry's
 * braces, or read as an escape, is percent-encoded: the address stays the same address.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** FNV-1a, 32 bits: a small stable hash, enough to tell two addresses apart in a key. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
