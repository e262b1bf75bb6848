// The compact match index: what the content script carries instead of the whole KB.
// Built from validated entities at build time (scripts/generate-kb.ts) and by the CLI.
import type { Entity, EntityType } from './kb-schema';
import { hanFolder } from './han-fold';
import { sharedNameKeys } from './shared-names';
import { alignedPairs, buildHanFold } from './han-fold-table';
import { normalizeForMatch } from './normalize';
import { chineseNameLength, surnameOf, writtenInPinyin } from './person-names';
import { derivePatternVariants } from './variants';
import { COUNTRY_PHRASES, HAN_COUNTRIES, OTHER_COUNTRY_WORDS } from './owner-cues';

export interface IndexPattern {
  /** Folded alias text: what the scan compares against folded page text. */
  key: string;
  /** The alias as written in the KB; kept only where it matters (case-sensitive aliases), to keep the content script small. */
  text?: string;
  entityId: string;
  caseSensitive?: true;
  ambiguous?: true;
  /** An everyday phrase: a name only where the text treats it as one (core/naming-signals.ts). */
  generic?: true;
  /** Also a place's name: not the entity where the text makes it a place (core/place-cues.ts). */
  place?: true;
  /** A plenum's bare number: the CPC's only where its sentence says so (core/party-cues.ts). */
  partySession?: true;
  /** A pinyin alias: also matched joined or split by syllable. */
  pinyin?: true;
  /** Derived by the matcher from another alias (core/variants.ts), not written in the KB. */
  variant?: true;
  /**
   * A name from a reader's knowledge pack: it is marked, but does not vouch that the page is about
   * China (a pack's everyday word must not unlock the KB's ambiguous names on every page).
   */
  noVouch?: true;
}

export interface IndexEntity {
  id: string;
  type: EntityType;
  name: string;
  nameZh?: string;
  /** A person's surname as a story uses it alone ("Xiao"; core/person-names.ts). */
  surname?: string;
  /**
   * When it began (dates.start), only for meetings and events that share a name with another
   * entity: the matcher picks among them by the article's date (core/shared-names.ts).
   */
  since?: string;
}

export interface MatchIndex {
  version: string;
  entities: IndexEntity[];
  patterns: IndexPattern[];
  /** Traditional-to-simplified folds the matcher applies to text and aliases (core/han-fold.ts). */
  hanFold?: string;
  /** Other governments' Chinese names, as a regex alternation (core/owner-cues.ts HAN_COUNTRIES). */
  hanCountries?: string;
  /** Other countries' names and adjectives, space-separated, and two-word ones, |-separated (OTHER_COUNTRY_WORDS, COUNTRY_PHRASES). */
  countryWords?: string;
  countryPhrases?: string;
}

export interface MatchIndexOptions {
  /**
   * Whether t is the traditional form of s: checks each pair found by aligning an entity's
   * traditional and simplified aliases (the KB build passes OpenCC's table). Without it, aligned
   * pairs are not used at all: aligning alone once turned 的 into 共 (黨的二十大 / 中共二十大) and
   * marked 中的 in every Chinese article as the Party.
   */
  verifyFold?: (traditional: string, simplified: string) => boolean;
  /** A fold table to use as it is (the background, adding a reader's packs, reuses the shipped one). */
  hanFold?: string;
  /** Entities (a reader's packs) whose names never vouch for China context. */
  noVouchFor?: ReadonlySet<string>;
}

export function buildMatchIndex(version: string, entities: readonly Entity[], options: MatchIndexOptions = {}): MatchIndex {
  const patterns: IndexPattern[] = [];
  const aligned: [string, string][] = [];
  const { verifyFold } = options;
  for (const e of entities) {
    const seen = new Set<string>();
    const texts = (lang: string) => e.aliases.filter((a) => a.lang === lang).map((a) => a.text);
    if (verifyFold && options.hanFold === undefined) {
      aligned.push(...alignedPairs(texts('zh-Hant'), texts('zh-Hans')).filter(([t, s]) => verifyFold(t, s)));
    }
    // The entity's pinyin name is a name news text uses too ("Lianghui").
    const pinyinName = e.name.pinyin ? [{ text: e.name.pinyin, lang: 'pinyin' as const }] : [];
    const commonName = commonPersonName(e);
    for (const alias of [...e.aliases, ...pinyinName]) {
      if ('searchOnly' in alias && alias.searchOnly) continue;
      const key = normalizeForMatch(alias.text);
      const dedupe = `${key}|${'caseSensitive' in alias && alias.caseSensitive ? alias.text : ''}`;
      if (key.length < 2 || seen.has(dedupe)) continue;
      seen.add(dedupe);
      patterns.push({
        key,
        entityId: e.id,
        ...('caseSensitive' in alias && alias.caseSensitive ? { text: alias.text, caseSensitive: true as const } : {}),
        ...('ambiguous' in alias && alias.ambiguous ? { ambiguous: true as const } : {}),
        ...(('generic' in alias && alias.generic) || commonName.has(key) ? { generic: true as const } : {}),
        ...('place' in alias && alias.place ? { place: true as const } : {}),
        ...('partySession' in alias && alias.partySession ? { partySession: true as const } : {}),
        ...(alias.lang === 'pinyin' ? { pinyin: true as const } : {}),
      });
    }
  }
  // Keys are folded to simplified characters here, once; the matcher folds page text the same way.
  // With a given table (the shipped one), the hand-checked base pairs the new keys need are added,
  // so a pack's simplified name still matches traditional text.
  const hanFold = options.hanFold !== undefined
    ? options.hanFold + buildHanFold([], patterns.map((p) => p.key))
    : buildHanFold(aligned, patterns.map((p) => p.key));
  const foldHan = hanFolder(hanFold);
  const own = patterns.map((p) => {
    const key = foldHan(p.key);
    return key === p.key ? p : { ...p, key };
  });
  const derived = derivePatternVariants(own);
  // Plenums share names ("fourth plenum"); the matcher picks among them by the article's date.
  const dated = new Set<string>();
  for (const ids of sharedNameKeys([...own, ...derived]).values()) for (const id of ids) dated.add(id);
  return {
    version,
    entities: entities.map((e) => {
      const surname = surnameOf(e);
      return {
        id: e.id,
        type: e.type,
        name: e.name.en,
        ...(e.name.zh ? { nameZh: e.name.zh } : {}),
        ...(surname ? { surname } : {}),
        ...(dated.has(e.id) && DATED_TYPES.has(e.type) && e.dates?.start ? { since: e.dates.start } : {}),
      };
    }),
    // The spellings the matcher also reads (plurals aside), derived at build time: the content
    // script gets them ready-made instead of deriving them on every page.
    patterns: [...own, ...derived].map((p) => (options.noVouchFor?.has(p.entityId) ? { ...p, noVouch: true as const } : p)),
    hanFold,
    hanCountries: HAN_COUNTRIES,
    countryWords: OTHER_COUNTRY_WORDS,
    countryPhrases: COUNTRY_PHRASES,
  };
}

/**
 * The bare name of a person with a two-character Chinese name, romanised ("Wang Yi", 王毅, "wang yi";
 * "Gao Feng", whose record has only the pinyin),
 * that the KB already marks ambiguous: a name many people share, so it also needs a word of office
 * beside it (core/role-cues.ts). Titled aliases ("Foreign Minister Wang Yi"), longer or rare names
 * (Xiao Yaqing, Tie Ning) and names in another language (Katherine Tai, 戴琪) are not affected.
 */
function commonPersonName(e: Entity): ReadonlySet<string> {
  if (e.type !== 'person' || chineseNameLength(e) !== 2 || !writtenInPinyin(e)) return new Set();
  const forms = new Set([e.name.en, e.name.zh, e.name.zhHant, e.name.pinyin].filter((n): n is string => !!n).map((n) => normalizeForMatch(n)));
  return new Set(e.aliases.filter((a) => a.ambiguous && forms.has(normalizeForMatch(a.text))).map((a) => normalizeForMatch(a.text)));
}

/** Only a meeting's or an event's start date says which of several that share a name is meant. */
const DATED_TYPES: ReadonlySet<string> = new Set(['meeting', 'event']);

