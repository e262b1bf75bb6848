// Traditional-to-simplified folding for the matcher: one character in, one out, so offsets hold.
// The table comes in the match index (built by core/han-fold-table.ts), so the content script
// carries none of it.

export const HAN = /\p{Script=Han}/u;

/** A folding function from a shipped table; identity when the table is empty or the text has no Han. */
export function hanFolder(table: string | undefined): (text: string) => string {
  if (!table) return (text) => text;
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < table.length; i += 2) map.set(table[i]!, table[i + 1]!);
  const chars = new RegExp(`[${[...map.keys()].join('')}]`, 'g');
  return (text) => (HAN.test(text) ? text.replace(chars, (ch) => map.get(ch) ?? ch) : text);
}
