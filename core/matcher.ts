// Finds KB entity mentions in plain text: exact aliases and their derived variants in one
// Aho-Corasick pass, fuzzy near-misses on candidate spans only, a China-context gate for ambiguous
// aliases, longest match wins, then surname-only back-references to people already named in full.
import { AhoCorasick } from './aho-corasick';
import { findBackReferences, findDefinedAcronyms, type PersonName, personNames } from './back-references';
import { findContextCue } from './context-cues';
import { isNamedHere } from './naming-signals';
import { countryCues, hanOwnedByOthers, ownedByOthers, ownerAfter, type CountryCues } from './owner-cues';
import { namesAPlace } from './place-cues';
import { sessionOf, type SessionOwner, termOfName } from './party-cues';
import { findRoleCue } from './role-cues';
import { fullNamesOf, type Placed, resolveSharedName, sharedNameKeys, yearBeside } from './shared-names';
import { FuzzyMatcher } from './fuzzy-matcher';
import { hanFolder } from './han-fold';
import type { IndexEntity, IndexPattern, MatchIndex } from './match-index';
import { foldForMatching, isWordChar, type MatchText } from './normalize';
import { insideWebAddress, webAddressSpans } from './web-addresses';

/**
 * How a mention was found: the KB's own alias ('exact'), a derived spelling of one such as a
 * plural, an ordinal in words or a phase in Roman numerals ('variant'), a near-miss spelling
 * ('fuzzy'), an ambiguous name kept because the text is about China ('context'), or a surname
 * alone after the full name ('backref').
 */
export type MatchVia = 'exact' | 'variant' | 'fuzzy' | 'context' | 'backref';

export interface Mention {
  entityId: string;
  start: number;
  end: number;
  /** The page's own text at [start, end). */
  text: string;
  /** The KB alias this mention was matched to (folded, unless the alias is case-sensitive). */
  alias: string;
  via: MatchVia;
}

/**
 * A mention before the context gate: what the gate needs to decide across several pieces of one
 * document (the page annotates long articles in slices).
 */
export interface UngatedMention extends Mention {
  /** An ambiguous alias ("two sessions", "Big Fund") that needs China context to count. */
  ambiguous: boolean;
  /** A China cue word is near this mention. */
  cueNearby: boolean;
  /** An everyday phrase ("new infrastructure") that is a name only where the text treats it as one. */
  generic: boolean;
  /** The text treats this generic phrase as a name right here (quoted, title case, "so-called ..."). */
  namedHere: boolean;
  /** An exact, unambiguous name: its presence puts the whole document in China context. */
  vouches: boolean;
  /** The alias is also a place's name (core/place-cues.ts). */
  place?: boolean;
  /** Whose a plenum's bare number ("fifth plenary session") is, by its sentence (core/party-cues.ts). */
  sessionOwner?: SessionOwner;
  /** The Central Committee's number where the sentence gives it with the owner ("the 19th Central Committee ... its"). */
  sessionTerm?: number | undefined;
  /** Every entity with this name ("the fourth plenum"), when several share it: see resolveShared. */
  alternatives?: readonly string[];
}

export interface MatchOptions {
  /** Fuzzy near-miss matching (typos); on by default. */
  fuzzy?: boolean;
  /** The article's publication date (YYYY-MM-DD): picks among entities that share a name. */
  articleDate?: string;
}

export interface Candidate {
  pattern: IndexPattern;
  start: number;
  end: number;
  kind: 'exact' | 'variant' | 'fuzzy';
}

/** A match index made ready to scan: the automaton and fuzzy tables are built once and reused. */
export class CompiledMatcher {
  readonly index: MatchIndex;
  private readonly automaton: AhoCorasick;
  private readonly fuzzy: FuzzyMatcher;
  private readonly entities: Map<string, IndexEntity>;
  private readonly foldHan: (text: string) => string;
  /** Other countries' names, adjectives and Chinese names (from the index: an index without them has none). */
  private readonly countries: CountryCues;
  /** The KB's aliases (Han folded) followed by the variants the build derived from them. */
  private readonly patterns: readonly IndexPattern[];
  private readonly people: Map<string, PersonName>;
  /** Folded keys that several entities share, with those entities' ids. */
  private readonly sharedKeys: Map<string, string[]>;

  constructor(index: MatchIndex) {
    this.index = index;
    this.foldHan = hanFolder(index.hanFold);
    this.countries = countryCues(index);
    this.patterns = index.patterns;
    this.automaton = new AhoCorasick(this.patterns.map((p) => p.key));
    this.fuzzy = new FuzzyMatcher(this.patterns.filter((p) => !p.variant));
    this.entities = new Map(index.entities.map((e) => [e.id, e]));
    this.people = personNames(index.entities);
    this.sharedKeys = sharedNameKeys(this.patterns);
  }

  entity(id: string): IndexEntity | undefined {
    return this.entities.get(id);
  }

  match(text: string, options: MatchOptions = {}): Mention[] {
    const ungated = this.matchUngated(text, options);
    const resolved = ungated.some((m) => m.alternatives)
      ? this.resolveShared(text, ungated, applyContextGate(ungated.filter((m) => !m.alternatives)), options.articleDate)
      : ungated;
    const mentions = applyContextGate(resolved);
    return mergeByStart(mentions, this.backReferences(text, mentions));
  }

  /**
   * Each mention of a name several entities share, given the entity it stands for: by a year beside
   * it, the story's full names (`decided`: marks of names nobody shares, in the same text), or the
   * article's date (core/shared-names.ts). `text` is the text the mentions' offsets index.
   */
  resolveShared<M extends UngatedMention>(text: string, mentions: readonly M[], decided: readonly Placed[], articleDate?: string): M[] {
    const candidates = new Set(mentions.flatMap((m) => m.alternatives ?? []));
    const ctx = {
      decided: fullNamesOf(decided, candidates),
      ...(articleDate ? { articleDate } : {}),
      since: (id: string) => this.entities.get(id)?.since,
      term: (id: string) => termOfName(this.entities.get(id)?.name ?? ''),
    };
    return mentions.map((m) => {
      if (!m.alternatives) return m;
      const year = yearBeside(text, m.start, m.end);
      const term = m.sessionTerm;
      const { alternatives, ...rest } = m;
      const entityId = resolveSharedName(m.start, alternatives, { ...ctx, ...(year === undefined ? {} : { year }), ...(term === undefined ? {} : { sentenceTerm: term }) });
      return { ...rest, entityId } as M;
    });
  }

  /**
   * Surname-only mentions ("Xiao") of people named in full earlier in `text`, among `mentions`
   * (the gated mentions of the whole text); never overlapping one of them.
   */
  backReferences(text: string, mentions: readonly Mention[]): Mention[] {
    const taken = new Uint8Array(text.length);
    for (const m of mentions) taken.fill(1, m.start, m.end);
    const found = mergeByStart(findBackReferences(text, mentions, this.people, taken), findDefinedAcronyms(text, mentions, this.people, taken));
    if (found.length === 0) return found;
    const addresses = webAddressSpans(text);
    return found.filter((m) => !insideWebAddress(addresses, m.start, m.end));
  }

  /** Every mention with what the context gate needs; `offset` is added to all positions. */
  matchUngated(text: string, options: MatchOptions = {}, offset = 0): UngatedMention[] {
    // Candidates are found in the folded, whitespace-collapsed text, then mapped back to `text`.
    const folded = foldForMatching(text);
    const scan = { ...folded, text: this.foldHan(folded.text) };
    const exact = this.exactCandidates(text, scan);
    const fuzzy = options.fuzzy === false ? [] : this.fuzzy.candidates(scan.text, exact);
    const toOriginal = (i: number) => (scan.offsets ? scan.offsets[i]! : i);
    const mentions: UngatedMention[] = longestFirst([...exact, ...fuzzy]).map((c) => {
      const start = toOriginal(c.start);
      const end = toOriginal(c.end - 1) + 1;
      // A generic phrase is ambiguous too: it also needs the text to be about China. A plenum's bare
      // number is generic: named by its sentence, or by the plenum's full name in the story.
      const session = c.pattern.partySession === true ? sessionOf(text, start, end, this.countries) : undefined;
      const owner = session?.[0];
      const generic = c.pattern.generic === true || owner !== undefined;
      const ambiguous = c.pattern.ambiguous === true || generic;
      return {
        entityId: c.pattern.entityId,
        start: start + offset,
        end: end + offset,
        text: text.slice(start, end),
        alias: c.pattern.text ?? c.pattern.key,
        via: c.kind,
        ambiguous,
        cueNearby: ambiguous && findContextCue(scan.text, c.start, c.end),
        generic,
        // A person's common name is "named" by a word of office beside it; a phrase by how it is written.
        namedHere: generic && (owner !== undefined ? owner === 'party' : this.isPerson(c.pattern.entityId) ? findRoleCue(text, start, end) : isNamedHere(text, start, end)),
        // Only an exact unambiguous name vouches for the text: a fuzzy near-miss is evidence too
        // weak, and a reader's pack may name things that have nothing to do with China.
        vouches: !ambiguous && c.kind !== 'fuzzy' && c.pattern.noVouch !== true,
        ...(this.sharedKeys.has(c.pattern.key) ? { alternatives: this.sharedKeys.get(c.pattern.key)! } : {}),
        ...(c.pattern.place ? { place: true } : {}),
        ...(session ? { sessionOwner: session[0], sessionTerm: session[1] } : {}),
      };
    });
    this.nameByListmates(text, offset, mentions);
    const addresses = mentions.length > 0 ? webAddressSpans(text) : [];
    return mentions.filter((m) =>
      !this.othersBody(text, offset, m) &&
      !this.placeName(text, offset, m) &&
      m.sessionOwner !== 'other' &&
      !this.sloganInTitle(text, offset, m) &&
      !(this.entities.get(m.entityId)?.type === 'meeting' && localPlenumBefore(text, m.start - offset, m.text)) &&
      !insideWebAddress(addresses, m.start - offset, m.end - offset));
  }

  /**
   * A body's or plan's name that the text gives to another country: an ambiguous English body's
   * ("the Dutch Ministry of Foreign Affairs"), any Chinese one after a country's Chinese name
   * (越南公安部), a plan with a country's name right before it ("India's 12th Five-Year Plan": a
   * headline's capitalised words before a plan are no owner, review L2).
   */
  private othersBody(text: string, offset: number, m: UngatedMention): boolean {
    const entity = this.entities.get(m.entityId);
    if (entity?.type === 'plan') return this.countries.planOwner.test(text.slice(Math.max(0, m.start - offset - 24), m.start - offset));
    if (entity?.type !== 'body') return false;
    if (HAN.test(m.text[0] ?? '')) return hanOwnedByOthers(this.foldHan(text.slice(Math.max(0, m.start - offset - 10), m.start - offset)), this.countries, entity.nameZh);
    // An ambiguous name: any owner before or after it (ownedByOthers reads both). A plain name only
    // an owner after it with "of" ("the Politburo Standing Committee of the Communist Party of Viet
    // Nam"): "US Commerce Department" is its own, and "the People's Bank of China in Seoul" is where
    // it acts, not whose it is (review 2).
    if (m.ambiguous) return ownedByOthers(text, m.start - offset, m.end - offset, entity.name, this.countries);
    return /^[ \u00a0\t]+of\s/.test(text.slice(m.end - offset, m.end - offset + 6)) && ownerAfter(text, m.end - offset, this.countries);
  }

  /**
   * A slogan inside a document's title (《算力基础设施高质量发展行动计划》): the title names the plan,
   * not the slogan (held-out set 7 marked 高质量发展 there). Only a title that ends in a word for a
   * document does: an article about the slogan (《扎实推动共同富裕》, 《新质生产力是什么》) keeps it.
   */
  private sloganInTitle(text: string, offset: number, m: UngatedMention): boolean {
    if (this.entities.get(m.entityId)?.type !== 'concept') return false;
    const title = enclosingTitle(text, m.start - offset, m.end - offset);
    return title !== undefined && title !== m.text && DOCUMENT_TITLE_END.test(title);
  }

  /** A name that is also a place's, used as the place's ("Chang'an Avenue", "once known as Chang'an"). */
  private placeName(text: string, offset: number, m: UngatedMention): boolean {
    return m.place === true && namesAPlace(text, m.start - offset, m.end - offset);
  }

  private isPerson(entityId: string): boolean {
    return this.entities.get(entityId)?.type === 'person';
  }

  /**
   * A common name in a list of officials ("Xi Jinping, Li Qiang, Zhao Leji ... and Li Xi",
   * 赵乐际、王沪宁、蔡奇、李希) is named by its company when a listed person has a distinctive name or a
   * title. A list is names joined by 、, or three or more joined by commas and "and": "After meeting
   * Xi Jinping, Zhang Xin said" is not one, nor is a list closed by 等运动员 ("athletes").
   * Athletes listed together vouch for nobody.
   */
  private nameByListmates(text: string, offset: number, mentions: UngatedMention[]): void {
    const local = (i: number) => i - offset;
    let i = 0;
    while (i < mentions.length) {
      if (!this.isPerson(mentions[i]!.entityId)) {
        i++;
        continue;
      }
      // The run of persons from i joined by list separators.
      let j = i;
      let enumerated = false;
      while (j + 1 < mentions.length && this.isPerson(mentions[j + 1]!.entityId)) {
        const gap = text.slice(local(mentions[j]!.end), local(mentions[j + 1]!.start));
        if (!LIST_SEPARATOR.test(gap)) break;
        enumerated ||= gap.includes('、');
        j++;
      }
      const run = mentions.slice(i, j + 1);
      const after = local(run.at(-1)!.end);
      const closedByOthers = /^等(?!.{0,5}(?:领导|領導))/.test(text.slice(after, after + 8));
      if ((enumerated || run.length >= 3) && !closedByOthers && run.some((m) => !m.generic || m.namedHere)) {
        for (const m of run) if (m.generic) m.namedHere = true;
      }
      i = j + 1;
    }
  }

  private exactCandidates(original: string, scan: MatchText): Candidate[] {
    const out: Candidate[] = [];
    for (const hit of this.automaton.search(scan.text)) {
      const pattern = this.patterns[hit.pattern]!;
      let end = hit.end;
      let kind: Candidate['kind'] = pattern.variant ? 'variant' : 'exact';
      if (!hasWordBoundaries(scan.text, hit.start, end)) {
        // A plural ("Five-Year Plans", "little giants") is the name; "NPCs" (an acronym) is not.
        const type = this.entities.get(pattern.entityId)?.type;
        if (!isPluralOf(scan.text, hit.start, end, pattern, type) || !hasWordBoundaries(scan.text, hit.start, end + 1)) continue;
        end += 1;
        kind = 'variant';
      }
      // A bank's two-character short name ends in 行, which the next characters can make a word of:
      // 代工行业 is the foundry industry, 集中行动, 成交行情, 新建行政, 公路中行驶, 代工行列 likewise (held-out
      // set 18; reviews 1 and 2 of pass 10). The bank stays in 工行业务/业绩, 动态, 政务, 情况, 列入, 使用.
      if (pattern.key.length === 2 && pattern.key[1] === '行' && /^(?:[业業](?![务務绩績])|[动動](?![态態用])|政(?![务務策])|情(?![况況])|[驶駛]|列(?!入)|使(?!用))/.test(scan.text.slice(end, end + 2))) continue;
      if (pattern.text !== undefined && (!sameLetters(original, scan, hit.start, pattern.text) || shouted(original, scan.offsets ? scan.offsets[hit.start]! : hit.start, scan.offsets ? scan.offsets[end - 1]! + 1 : end))) continue;
      // 中美商务部长 ("the Chinese and US commerce ministers"): 美 belongs to the pair, not to the name (review s6).
      if (scan.text[hit.start] === '美' && scan.text[hit.start + 1] !== '国' && COUNTRY_PAIR_BEFORE.test(scan.text[hit.start - 1] ?? '') && !NOT_A_PAIR.test(scan.text.slice(Math.max(0, hit.start - 2), hit.start))) continue;
      out.push({ pattern, start: hit.start, end, kind });
    }
    return out;
  }
}

/** The words a policy document's title ends with: plan, programme, opinions, notice, measures, law ... */
const DOCUMENT_TITLE_END = /(?:计划|规划|方案|意见|通知|办法|纲要|决定|决议|建议|公报|条例|规定|细则|措施|指南|纲领|公告|白皮书|(?<!方)法|行动)$/;

/** How far a title's opening or closing mark may be from a name inside it, in UTF-16 units. */
const TITLE_REACH = 60;

/** The text of the 《title》 or 〈title〉 around [start, end), without its marks, if the name is inside one. */
export function enclosingTitle(text: string, start: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, start - TITLE_REACH), start);
  const open = Math.max(before.lastIndexOf('《'), before.lastIndexOf('〈'));
  if (open < 0 || /[》〉\n]/.test(before.slice(open + 1))) return undefined;
  const after = text.slice(end, end + TITLE_REACH);
  const close = after.search(/[》〉]/);
  if (close < 0 || /[《〈\n]/.test(after.slice(0, close))) return undefined;
  return before.slice(open + 1) + text.slice(start, end) + after.slice(0, close);
}

/**
 * 四中全会 right after a provincial, city or county Party committee, the discipline commission, the
 * Youth League or another country's party (with its term) is that body's plenum (中共广东省委十三届四中全会,
 * 越共十三届五中全会); "各级党委学习四中全会精神" (local committees studying the Central Committee's) is not.
 */
const LOCAL_PLENUM_OWNER = /(?:[省市县縣区區州党黨纪紀]委|[团團]中央|越共|[劳勞][动動][党黨]|革命[党黨])第?[一二三四五六七八九十]*[届屆]?$/;

/** Whether a Chinese plenum name at `start` ("…中全会") follows another body's name in its clause. */
export function localPlenumBefore(text: string, start: number, name: string): boolean {
  return /中全[会會]$/.test(name) && LOCAL_PLENUM_OWNER.test(text.slice(Math.max(0, start - 16), start));
}

/** A Chinese character starts the name: the Chinese ownership rule applies. */
const HAN = /\p{Script=Han}/u;

/** One-character country names that pair with 美 ("中美", "欧美", "日美"): the pair is no US name. */
const COUNTRY_PAIR_BEFORE = /[中欧日韩英俄法德澳]/;
/** 中 and 日 ending another word: a date (7日, 周日) or a postposition (其中, 报告中). */
const NOT_A_PAIR = /(?:[0-9０-９一二三四五六七八九十周今昨明次翌同当本每]日|[其之当告明中]中)$/;
/** What joins two names in a list: a comma or 、, "and", 和/及 (not 与, "with": 习近平与张新握手). */
const LIST_SEPARATOR = /^(?:[\s\u00a0]*[,、，][\s\u00a0]*(?:and[\s\u00a0]+)?|[\s\u00a0]+and[\s\u00a0]+|[\s\u00a0]*[和及][\s\u00a0]*)$/;

/**
 * Latin script has word boundaries: "NPC" is not in "NPCs", "Xi" not in "Xinhua". An edge only
 * needs a boundary where the alias itself starts or ends with a Latin letter or digit; CJK has none.
 */
export function hasWordBoundaries(text: string, start: number, end: number): boolean {
  if (isWordChar(text[start]) && isWordChar(text[start - 1])) return false;
  if (isWordChar(text[end - 1]) && isWordChar(text[end])) return false;
  return true;
}

/** Proper names of one thing have no plural: "Huawei Ascends" is a verb, "Nvidias" nothing. */
const NO_PLURAL_TYPES: ReadonlySet<string> = new Set(['person', 'company', 'product', 'media']);

/**
 * "s" right after a name that ends in a letter other than s, from a name of two or more words or
 * five or more letters: case-sensitive names (acronyms: "NPCs" are game characters) have no plural.
 */
function isPluralOf(text: string, start: number, end: number, pattern: IndexPattern, type: string | undefined): boolean {
  if (pattern.caseSensitive || text[end] !== 's' || (type && NO_PLURAL_TYPES.has(type))) return false;
  const last = text[end - 1]!;
  if (!/[a-rt-z]/.test(last)) return false;
  return pattern.key.includes(' ') || end - start >= 5;
}

/** Two sorted mention lists as one, by start. */
function mergeByStart(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  return b.length === 0 ? [...a] : [...a, ...b].sort((x, y) => x.start - y.start);
}

/**
 * Case-sensitive aliases: every letter must match as written (full-width forms count as their
 * ASCII letter: ＮＰＣ is NPC); punctuation and spacing still fold.
 */
function sameLetters(original: string, scan: MatchText, start: number, alias: string): boolean {
  for (let i = 0; i < alias.length; i++) {
    const a = alias[i]!;
    if (a.toLowerCase() === a.toUpperCase()) continue;
    const at = scan.offsets ? scan.offsets[start + i]! : start + i;
    if (halfWidth(original.charCodeAt(at)) !== a.charCodeAt(0)) return false;
  }
  return true;
}

/**
 * Whether [start, end) stands in a line of capitals right beside another word of capitals ("READ MOST", a
 * flattened page's link label; a shouted headline): there an acronym cannot be told from a word
 * (held-out set 17). A Chinese line is never shouted: it has no lower case to leave out.
 */
function shouted(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start).split(/[\n\u2029]/).pop()!;
  const after = text.slice(end, end + 80).split(/[\n\u2029]/)[0]!;
  // A word of capitals right beside it, a space apart: a ticker ("SMIC 0981.HK") or a tag list
  // ("SMIC | TSMC") is no shouting (review 1 of pass 10).
  return /(?:^|\s)[A-Z'’]{2,} $/.test(before) || /^ [A-Z]{2,}(?:[\s,.:;!?]|$)/.test(after) ? !/[\p{Ll}\p{Script=Han}]/u.test(before + after) : false;
}

function halfWidth(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

const KIND_RANK: Record<Candidate['kind'], number> = { exact: 0, variant: 1, fuzzy: 2 };

/** Longest wins; among equals the leftmost, then exact over variant over fuzzy. Overlaps with a taken span drop. */
export function longestFirst(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || KIND_RANK[a.kind] - KIND_RANK[b.kind],
  );
  // One flag per text offset keeps the overlap test linear in the text, not quadratic in mentions.
  const end = candidates.reduce((max, c) => Math.max(max, c.end), 0);
  const occupied = new Uint8Array(end);
  const taken: Candidate[] = [];
  for (const c of ordered) {
    if (occupied.subarray(c.start, c.end).includes(1)) continue;
    occupied.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Ambiguous aliases ("two sessions", "Big Fund", "NPC") count only in China-policy context:
 * an unambiguous exact mention anywhere in the document, or a China cue word near the mention.
 * A generic phrase ("new infrastructure") also needs the text to use it as a name: right there
 * (`namedHere`), or by naming the same entity otherwise in the document, among `mentions` or in
 * `namedElsewhere` (entity ids the caller already found in other pieces of the document).
 */
export function applyContextGate(
  mentions: readonly UngatedMention[],
  documentVouched = mentions.some((m) => m.vouches),
  namedElsewhere: ReadonlySet<string> = new Set(),
): Mention[] {
  const named = new Set(namedElsewhere);
  for (const m of mentions) if (passesContextGate(m, documentVouched, NOTHING_NAMED)) named.add(m.entityId);
  return mentions
    .filter((m) => passesContextGate(m, documentVouched, named))
    .map(({ entityId, start, end, text, alias, via, ambiguous }) => ({ entityId, start, end, text, alias, via: ambiguous ? 'context' : via }));
}

const NOTHING_NAMED: ReadonlySet<string> = new Set();

/**
 * The gate for one mention: in China context, and a generic phrase named where it stands or its
 * entity in `named`. The page asks it slice by slice to decide at once what it can.
 */
export function passesContextGate(m: UngatedMention, documentVouched: boolean, named: ReadonlySet<string>): boolean {
  return (!m.ambiguous || documentVouched || m.cueNearby) && (!m.generic || m.namedHere || named.has(m.entityId));
}
