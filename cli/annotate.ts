// npm run -s annotate -- [--text] [--date=YYYY-MM-DD] FILE...
// Finds KB entity mentions in plain-text or HTML files with the same core the extension uses.
// --date is the article's publication date, as a page gives it: it picks among entities that share
// a name ("the fourth plenum").
// One file: one JSON object; several: one JSON object per line. Offsets are UTF-16 code units into
// the file's text as read, or, for HTML, into the extracted article text (printed with --text).
import { readFileSync } from 'node:fs';
import { parseDay } from '../core/article-date';
import { CompiledMatcher } from '../core/matcher';
import { loadKb } from '../scripts/kb-files';
import { extractArticleText, looksLikeHtml, printableText } from './html-text';

const args = process.argv.slice(2);
const withText = args.includes('--text');
const dateArg = args.find((a) => a.startsWith('--date='))?.slice('--date='.length);
const files = args.filter((a) => a !== '--text' && !a.startsWith('--date='));
if (files.length === 0 || args.includes('--help')) {
  console.error('usage: npm run -s annotate -- [--text] [--date=YYYY-MM-DD] FILE...   (plain text or HTML)');
  process.exit(files.length === 0 ? 2 : 0);
}
const articleDate = dateArg === undefined ? undefined : parseDay(dateArg);
if (dateArg !== undefined && !articleDate) {
  console.error(`annotate: --date must be a day as YYYY-MM-DD, got "${dateArg}"`);
  process.exit(2);
}

const kb = loadKb();
if (!kb.ok) {
  console.error(`annotate: the knowledge base in data/entities is invalid:\n  ${kb.problems.join('\n  ')}`);
  process.exit(1);
}
const matcher = new CompiledMatcher(kb.index);
let failures = 0;

for (const file of files) {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    failures++;
    console.error(`annotate: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    continue;
  }
  const text = looksLikeHtml(file, raw) ? extractArticleText(raw) : raw;
  const mentions = matcher.match(text, articleDate ? { articleDate } : {}).map((m) => {
    const entity = matcher.entity(m.entityId)!;
    return { id: m.entityId, name: entity.name, type: entity.type, text: m.text, start: m.start, end: m.end, via: m.via };
  });
  const record = {
    file,
    kb: { version: kb.kb.version, entities: kb.kb.entities.length },
    mentions,
    ...(withText ? { text: printableText(text) } : {}),
  };
  console.log(files.length === 1 ? JSON.stringify(record, null, 2) : JSON.stringify(record));
}
// exitCode, not exit(): a pipe gets the whole output (exit() cut it at 64 KiB; review 3 of pass 9).
process.exitCode = failures > 0 ? 1 : 0;
