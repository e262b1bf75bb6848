// Words of office next to a name ("Foreign Minister Wang Yi", "Wang Yi, China's foreign minister,",
// 外长王毅, "副委员长王晨、曹建明、…、陈竺", "members of the Politburo Standing Committee, including Li
// Qiang, Zhao Leji, ... Cai Qi"). A two-character Chinese name is shared by many people (athletes,
// scholars, business owners), so such a name counts as the official only with a title beside it, or
// where the same story names the person that way elsewhere (the context gate in core/matcher.ts).
// Read on the page's own text (capitals mark the names in a list). A cue a sentence away
// ("Tournament officials said ...") is not the name's title, so each check stays in the name's clause.

/** Offices that may stand before a name ("Vice President Han Zheng") or after it as an apposition. */
const OFFICES =
  'minister|premier|state councill?or|politburo|party secretary|party chief|secretary-general|secretary general|' +
  'general secretary|secretary|chairman|chairwoman|chairperson|governor|mayor|commissioner|regulator|' +
  'spokes(?:man|woman|person)|ambassador|envoy|diplomat|chief of staff|head of|leader|official|lawmaker|' +
  'legislator|auditor-general|npc|cppcc|central committee|standing committee|state council';
/** Before the name only: these also name people who are no officials when they follow a name ("vice president of a university"). */
const LATIN_OFFICE = new RegExp(`\\b(?:${OFFICES}|ministers|ministry|chair|chairs|vice[- ]president|president|leaders|officials|lawmakers|legislators|deputy)\\b`, 'g');
const LATIN_AFTER = new RegExp(`^\\s*(?:\\([^)]{0,24}\\)\\s*)?,\\s*[^.,;!?]{0,50}?\\b(?:${OFFICES})\\b`);
/** Between the title and the name: a few words, or a list of capitalised names ending with this one. */
const NEAR_AFTER_TITLE = /^(?:[^.,;!?]{0,30}|,\s*)$/;
const NAME = "[A-Z][\\w'’-]*(?:[ -][A-Z][\\w'’-]*){0,3}";
const LIST_AFTER_TITLE = new RegExp(`^[^.;!?]{0,40}?(?:,|:|\\bincluding\\b|\\bnamely\\b)\\s*(?:${NAME}(?:,\\s*(?:and\\s+)?|\\s+and\\s+))*$`);

const HAN_OFFICE =
  '部长|部長|总理|總理|主席|委员长|委員長|委员|委員|院长|院長|厅长|廳長|检察长|檢察長|书记|書記|国务|國務|政治局|人大|政协|政協|官员|官員|外长|外長|主任|省长|省長|' +
  '市长|市長|常委|发言人|發言人|领导|領導|司令|秘书长|秘書長|行长|行長|署长|署長|局长|局長|大使|审计长|審計長|' +
  '总裁|總裁|总经理|總經理|董事长|董事長|法定代表人|代表|任命|免去';
/** The title right before the name, or before a list of names joined by 、 that ends with it. */
const HAN_BEFORE = new RegExp(`(?:${HAN_OFFICE})(?:[^\\s、，。；！？,.;!?]{1,12}、)*$`);

/** How much text before the name is read, in UTF-16 units. */
const LOOK_BEHIND = 200;

/** `text` is the page's own text; [start, end) the name in it. */
export function findRoleCue(text: string, start: number, end: number): boolean {
  const clause = ownClause(text.slice(Math.max(0, start - LOOK_BEHIND), start));
  if (HAN_BEFORE.test(clause)) return true;
  let afterTitle = -1;
  for (const m of clause.toLowerCase().matchAll(LATIN_OFFICE)) afterTitle = m.index + m[0].length;
  if (afterTitle >= 0) {
    const between = clause.slice(afterTitle);
    if (NEAR_AFTER_TITLE.test(between) || LIST_AFTER_TITLE.test(between)) return true;
  }
  return LATIN_AFTER.test(text.slice(end, end + 80).toLowerCase());
}

/** The text before the name back to the end of the previous sentence or line. */
function ownClause(before: string): string {
  const cut = Math.max(
    before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('；'),
    before.lastIndexOf('\n'), before.lastIndexOf('\u2029'), before.search(/[.!?]\s+[^.!?]*$/),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}
