// A Vite plugin that compacts the CSS the card carries as template strings: comments and
// layout whitespace go, so the content script (budget: 40 kB gzip) does not ship them. The source
// stays readable; only the bundle is compact. Only what CSS ignores is removed: whitespace around
// braces, semicolons, commas and ">" and after a colon, and a rule's last semicolon; a space before
// a colon (".pc-card :focus", a descendant selector) is kept, and quoted strings and url(...) are
// left exactly as written.
import type { Plugin } from 'vite';

// The card's styles only: they ship in the content script; the popup's own are in its page, no budget.
const FILES = /[\\/]components[\\/]card-styles\.ts$/;

/** Quoted strings and url(...): left exactly as written (review s6b: ";}" inside one is content). */
const PROTECTED = /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|url\((?:[^)"']|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')*\))/g;

/** CSS without comments and without whitespace CSS ignores; strings and url(...) untouched. */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(PROTECTED)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            // A rule's last declaration needs no semicolon.
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

export function compactCardCss(): Plugin {
  return {
    name: 'policy-context:compact-card-css',
    enforce: 'pre',
    transform(code, id) {
      if (!FILES.test(id)) return undefined;
      // Template strings only: the CSS lives in them, the code around them is minified anyway.
      return { code: code.replace(/`([^`]*)`/g, (_, body: string) => `\`${compactCss(body)}\``), map: null };
    },
  };
}
