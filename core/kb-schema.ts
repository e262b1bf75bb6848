// The knowledge-base record: one zod schema checks data/ at build time and in tests,
// and the TypeScript types every layer uses come from it.
import { z } from 'zod';

// zod 4 probes `Function('')` to decide on its JIT; extension CSPs forbid eval and web-ext lint flags it.
z.config({ jitless: true });

export const ENTITY_TYPES = [
  'plan', 'fund', 'body', 'meeting', 'person', 'company', 'measure', 'concept', 'product',
  'event', 'target', 'media', 'document',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A calendar date at the precision the source gives: year, year-month or full day. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD');

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case ascii');

/** Longest summary a card shows; data/README.md states the same limit. */
export const SUMMARY_MAX_WORDS = 60;

export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

export const SourceSchema = z
  .strictObject({
    id: Id,
    title: z.string().min(3),
    publisher: z.string().min(2),
    /** Publication date shown on the page, as precise as the page shows it. */
    date: PartialDate.optional(),
    /** The day the page was read, for pages that show no date (Wikipedia, an "about" page). */
    accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'accessed must be YYYY-MM-DD').optional(),
    url: z.url({ protocol: /^https$/, error: 'url must be an https address' }),
  })
  .refine((s) => (s.date === undefined) !== (s.accessed === undefined), {
    message: 'a source needs exactly one of date (shown on the page) or accessed (the day it was read)',
    path: ['date'],
  });

export const AliasSchema = z.strictObject({
  text: z.string().min(2),
  lang: z.enum(['en', 'zh-Hans', 'zh-Hant', 'pinyin']),
  /** Matched only with exactly this capitalisation (acronyms like "NPC", "BYD"). */
  caseSensitive: z.boolean().optional(),
  /**
   * The text has common meanings outside China policy ("two sessions", "Big Fund", "Li"),
   * so it counts only when the article is about China policy (context gate in the matcher).
   */
  ambiguous: z.boolean().optional(),
  /**
   * An everyday phrase that is the entity's name only when the text treats it as one ("new
   * infrastructure", "trade war"): marked only where quoted, capitalised as a title, introduced as
   * a name ("so-called ...", "... strategy"), or where the article also names the entity otherwise;
   * and, like an ambiguous alias, only in China context (core/naming-signals.ts).
   */
  generic: z.boolean().optional(),
  /**
   * Also a place's name ("Chang'an": Beijing's avenue, Xi'an's old name): not the entity where the
   * text makes it a place ("Chang'an Avenue", "once known as Chang'an"; core/place-cues.ts).
   */
  place: z.boolean().optional(),
  /**
   * A Party plenum's bare number ("fifth plenary session"), which the NPC, the CPPCC and other
   * countries' parties share: marked only where its sentence names the CPC Central Committee and no
   * other body, or where the story names the same plenum in full (core/party-cues.ts).
   */
  partySession: z.boolean().optional(),
  /** Too generic to highlight in a page, but found by the popup's search. */
  searchOnly: z.boolean().optional(),
});

const SourceIds = z.array(Id).min(1);

export const KeyDateSchema = z.strictObject({
  date: PartialDate,
  text: z.string().min(3),
  sourceIds: SourceIds,
});

export const TargetSchema = z.strictObject({
  metric: z.string().min(3),
  value: z.string().min(1),
  deadline: PartialDate.optional(),
  status: z.enum(['met', 'missed', 'pending', 'unclear']),
  outcome: z.string().optional(),
  sourceIds: SourceIds,
});

export const RoleSchema = z.strictObject({
  title: z.string().min(2),
  org: z.string().optional(),
  from: PartialDate.optional(),
  /**
   * When no source gives the start: the earliest date a source shows the person in the post
   * ("in post by"). Never both: `from` is a start, this is only an observation.
   */
  heldBy: PartialDate.optional(),
  to: PartialDate.optional(),
  /**
   * When no source gives the end: the earliest date a source shows the post held by someone else, or
   * the person in a post that rules it out ("out of post by"). Never both: `to` is an end.
   */
  leftBy: PartialDate.optional(),
  sourceIds: SourceIds,
})
  .refine((r) => !(r.from && r.heldBy), 'a role has either from (its start) or heldBy (in post by), not both')
  .refine((r) => !(r.to && r.leftBy), 'a role has either to (its end) or leftBy (out of post by), not both');

/** A key figure of a fund or firm: registered capital, manager, main investments. */
export const FactSchema = z.strictObject({
  label: z.string().min(2),
  value: z.string().min(1),
  date: PartialDate.optional(),
  sourceIds: SourceIds,
});

/** Who owns a fund or firm, and how much; entityId links a shareholder that has its own record. */
export const ShareholderSchema = z.strictObject({
  name: z.string().min(2),
  entityId: Id.optional(),
  share: z.string().min(1),
  sourceIds: SourceIds,
});

/** A point where sources disagree; the card shows it as such. */
export const DisputeSchema = z.strictObject({
  text: z.string().min(3),
  sourceIds: z.array(Id).min(2),
});

export const EntitySchema = z.strictObject({
  id: Id,
  type: z.enum(ENTITY_TYPES),
  name: z.strictObject({
    en: z.string().min(2),
    zh: z.string().optional(),
    zhHant: z.string().optional(),
    pinyin: z.string().optional(),
  }),
  aliases: z.array(AliasSchema),
  summary: z
    .string()
    .min(20)
    .refine((s) => countWords(s) <= SUMMARY_MAX_WORDS, `summary must be at most ${SUMMARY_MAX_WORDS} words`),
  summarySourceIds: SourceIds,
  dates: z
    .strictObject({ start: PartialDate.optional(), end: PartialDate.optional() })
    .optional(),
  keyDates: z.array(KeyDateSchema).default([]),
  roles: z.array(RoleSchema).default([]),
  targets: z.array(TargetSchema).default([]),
  disputes: z.array(DisputeSchema).default([]),
  facts: z.array(FactSchema).default([]),
  shareholders: z.array(ShareholderSchema).default([]),
  related: z.array(Id).default([]),
  sources: z.array(SourceSchema).min(1),
});

export type Source = z.infer<typeof SourceSchema>;
export type Alias = z.infer<typeof AliasSchema>;
export type KeyDate = z.infer<typeof KeyDateSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Shareholder = z.infer<typeof ShareholderSchema>;
export type Entity = z.infer<typeof EntitySchema>;

export const KbFileSchema = z.array(EntitySchema);

export const KbSchema = z.strictObject({
  version: z.string(),
  /** The day the knowledge base was last checked: what "now" means on a card. */
  asOf: PartialDate.optional(),
  entities: z.array(EntitySchema),
});
export type Kb = z.infer<typeof KbSchema>;
