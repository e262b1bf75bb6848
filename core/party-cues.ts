// Whose plenary session? A bare "fifth plenary session" is the CPC Central Committee's only where
// its sentence says so: the NPC, the CPPCC, Vietnam's and North Korea's parties and the UN hold
// plenary sessions too. Held-out set 6 missed "The 19th Central Committee of the Communist Party of
// China concluded its fifth plenary session"; the plain aliases tried before marked the NPC's, the
// CPPCC's and Vietnam's party's sessions in review, so they were taken out. Aliases flagged
// `partySession` are read with these rules (and, being generic, also count where the story names the
// same plenum in full).

/** The sentence names the CPC's Central Committee (or the Party by its Chinese names). */
const PARTY_CUE = /\b(?:central committee|cpc|ccp|communist party of china|chinese communist party)\b/i;

/** The sentence names another body that holds plenary sessions, or another country's party. */
const OTHER_SESSION_CUE =
  /\b(?:npc|national people'?s congress|cppcc|political consultative|legislature|parliament|assembly|congress of deputies|vietnam(?:ese)?|lao(?:s|tian)?|korea(?:n)?|wpk|workers'? party|cuba(?:n)?|soviet|nepal(?:i)?|un|united nations)\b/i;

/** The CC's number written in the sentence: "the 19th Central Committee", "20th CPC Central Committee". */
const TERM = /\b(1[0-9]|2[0-9])(?:st|nd|rd|th)[ \u00a0]+(?:(?:CPC|CCP|Communist Party of China(?:[ \u00a0]+\(CPC\))?)[ \u00a0]+)?Central[ \u00a0]+Committee\b/i;

/** How far a sentence may reach either side of a mention, in UTF-16 units. */
const SENTENCE_REACH = 400;

/**
 * The sentence around [start, end): from just after the last full stop, question or exclamation
 * mark followed by a space, or line break, before it, to the next after it. Abbreviations ("U.S.")
 * end it early, which only makes the rules below more careful.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SENTENCE_REACH);
  const before = text.slice(from, start);
  const cut = Math.max(before.search(/[^.!?。！？\n]*$/), 0);
  const afterText = text.slice(end, Math.min(text.length, end + SENTENCE_REACH));
  const stop = afterText.search(/[.!?](?:\s|$)|[。！？\n]/);
  return before.slice(cut).trimStart() + text.slice(start, end) + (stop < 0 ? afterText : afterText.slice(0, stop));
}

/** The sentence names the CPC Central Committee and no other body's or country's session. */
export function namesPartySession(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  return PARTY_CUE.test(sentence) && !OTHER_SESSION_CUE.test(sentence);
}

/** The sentence names another body's or country's session: then the name is not the CPC's at all. */
export function namesOtherSession(text: string, start: number, end: number): boolean {
  return OTHER_SESSION_CUE.test(sentenceAround(text, start, end));
}

/** The Central Committee's number written in the mention's sentence ("its 19th Central Committee"), if any. */
export function termInSentence(text: string, start: number, end: number): number | undefined {
  const found = TERM.exec(sentenceAround(text, start, end));
  return found ? Number(found[1]) : undefined;
}

/** The Central Committee's number in a plenum's English name ("... of the 19th CPC Central Committee"). */
export function termOfName(name: string): number | undefined {
  const found = TERM.exec(name);
  return found ? Number(found[1]) : undefined;
}
