// Words that put a passage in China-policy context, for gating ambiguous aliases.
// Checked on folded (lower-case) text, near the mention only, so a games review that
// mentions "NPC" is not lit up because a footer somewhere says "China".

/** How far either side of a mention a cue may be, in UTF-16 units (about a paragraph). */
export const CUE_WINDOW = 600;

// No cue is itself an ambiguous name ("CPC" as cost per click, "the State Council" of Greece, "the
// Communist Party" of Vietnam): a name must not vouch for its own repeats (found on held-out set 4,
// where an advertising glossary's "CPC" lit up six times, and in review).
const LATIN_CUES = /\b(china|chinese|beijing|prc|xi jinping|premier li|yuan)\b/;
const HAN_CUES = /中国|中國|中共|国务院|國務院|北京|全国|全國|人民币|人民幣/;

export function findContextCue(folded: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CUE_WINDOW);
  // The mention itself is left out: an ambiguous "State Council" is not its own evidence.
  const window = `${folded.slice(from, start)}\n${folded.slice(end, Math.min(folded.length, end + CUE_WINDOW))}`;
  return LATIN_CUES.test(window) || HAN_CUES.test(window);
}
