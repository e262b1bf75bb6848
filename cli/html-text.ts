// HTML input for the CLI: parse with linkedom (no browser), then reuse the extension's own
// article-root and text-collection code so the CLI sees exactly the text the content script sees.
import { parseHTML } from 'linkedom';
import { BLOCK_BREAK } from '../core/normalize';
import { findStoryRoots } from '../page/article-root';
import { collectText } from '../page/text-collect';

export function looksLikeHtml(file: string, content: string): boolean {
  if (/\.x?html?$/i.test(file)) return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(content);
}

/** The article text the extension would scan, block boundaries marked with BLOCK_BREAK (U+2029). */
export function extractArticleText(html: string): string {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  // A page with no story the extension can find: a researcher still gets all of its text.
  const roots = findStoryRoots(doc);
  return collectText(roots.length > 0 ? roots : [doc.body ?? doc.documentElement]).text;
}

/** For people: block boundaries printed as newlines, one UTF-16 unit each, so offsets still hold. */
export function printableText(text: string): string {
  return text.replaceAll(BLOCK_BREAK, '\n');
}
