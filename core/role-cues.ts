// Words that show a name belongs to an office-holder ("Foreign Minister Wang Yi", "副委员长王晨", a
// state fund's "副总裁").
// A two-character Chinese name ("Wang Yi", "He Wei", 王毅) is shared by many people: athletes,
// scholars, business owners. Such a name counts as the official only with a word of office near it,
// or where the same story names the person that way elsewhere (the context gate in core/matcher.ts).
// Checked on folded (lower-case, simplified) text.

/** How far either side of the name a word of office may be, in UTF-16 units (about two sentences). */
export const ROLE_CUE_WINDOW = 200;

const LATIN_ROLE_CUES =
  /\b(?:minister|ministry|ministries|premier|vice|president|chairman|chairwoman|chairperson|politburo|communist party|party chief|party secretary|party committee|central committee|standing committee|secretary|councillor|councilor|governor|official|officials|government|lawmakers?|legislature|legislator|npc|cppcc|commission|commissioner|diplomat|spokes(?:man|woman|person)|mayor|cabinet|state council|regulator|envoy|delegation|general secretary|director|executive|ceo|top|appointed|sanctioned)\b/;
const HAN_ROLE_CUES =
  /部长|部長|总理|總理|主席|委员|委員|书记|書記|国务|國務|政治局|人大|政协|政協|官员|官員|外长|外長|主任|省长|省長|市长|市長|任命|免去|常委|发言人|發言人|领导|領導|司令|秘书长|秘書長|行长|行長|署长|署長|总裁|總裁|总经理|總經理|董事|法定代表人/;

export function findRoleCue(folded: string, start: number, end: number): boolean {
  const window = folded.slice(Math.max(0, start - ROLE_CUE_WINDOW), Math.min(folded.length, end + ROLE_CUE_WINDOW));
  return LATIN_ROLE_CUES.test(window) || HAN_ROLE_CUES.test(window);
}
