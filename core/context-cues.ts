// Words that put a passage in China-policy context, for gating ambiguous aliases.
// Checked on folded (lower-case) text, near the mention only, so a games review that
// mentions "NPC" is not lit up because a footer somewhere says "China".

/** How far either side of a mention a cue may be, in UTF-16 units (about a paragraph). */
export const CUE_WINDOW = 600;

const LATIN_CUES = /\b(china|chinese|beijing|prc|xi jinping|communist party|cpc|ccp|state council|premier li|yuan)\b/;
const HAN_CUES = /中国|中國|中共|国务院|國務院|北京|全国|全國|人民币|人民幣/;

export function findContextCue(folded: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CUE_WINDOW);
  const window = folded.slice(from, Math.min(folded.length, end + CUE_WINDOW));
  return LATIN_CUES.test(window) || HAN_CUES.test(window);
}
