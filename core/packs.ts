// Knowledge packs: a reader's own entities, in the same schema as the bundled knowledge base.
// A pack is checked in full before anything is stored: the schema (zod), then the same integrity
// rules the bundled KB passes, against the bundled KB and the reader's other packs. The first
// problem is named by its place in the file ("entities[2].sources[0].url: ..."), so a pack author
// can find and fix it; an invalid pack is never stored in part.
import { z } from 'zod';
import { EntitySchema, type Entity } from './kb-schema';
import { checkKbIntegrity } from './kb-integrity';
import { baseHanFolder } from './han-fold-table';
import { buildMatchIndex } from './match-index';
import { normalizeForMatch } from './normalize';

const baseFold = baseHanFolder();

export const PACK_FORMAT = 'policy-context-pack';
/**
 * Limits that keep a pack from hurting every page: the match index is sent to each page and built
 * there, so a pack may add at most about as many names as the bundled KB has (~2,000); one long
 * alias would make deriving spellings slow. Sizes are in UTF-8 bytes (storage.local's quota is
 * 10 MB in Chrome, shared with the settings).
 */
export const MAX_PACK_BYTES = 1_000_000;
export const MAX_PACK_ENTITIES = 500;
export const MAX_PACK_ALIASES = 2000;
export const MAX_ALIAS_CHARS = 120;
export const MAX_ALIASES_PER_ENTITY = 50;
/** All stored packs together. */
export const MAX_ALL_PACKS_BYTES = 4_000_000;
export const MAX_ALL_PACKS_ALIASES = 4000;

const PackId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens').max(80);

export const PackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  id: PackId,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(1000).optional(),
  entities: z
    .array(
      EntitySchema.superRefine((e, ctx) => {
        if (e.aliases.length > MAX_ALIASES_PER_ENTITY) ctx.addIssue({ code: 'custom', path: ['aliases'], message: `at most ${MAX_ALIASES_PER_ENTITY} aliases per entity` });
        e.aliases.forEach((a, i) => {
          if (a.text.length > MAX_ALIAS_CHARS) ctx.addIssue({ code: 'custom', path: ['aliases', i, 'text'], message: `at most ${MAX_ALIAS_CHARS} characters` });
        });
        for (const key of ['en', 'zh', 'zhHant', 'pinyin'] as const) {
          if ((e.name[key]?.length ?? 0) > 200) ctx.addIssue({ code: 'custom', path: ['name', key], message: 'at most 200 characters' });
        }
        if (e.summary.length > 600) ctx.addIssue({ code: 'custom', path: ['summary'], message: 'at most 600 characters' });
      }),
    )
    .min(1)
    .max(MAX_PACK_ENTITIES)
    .refine((es) => es.reduce((n, e) => n + e.aliases.length, 0) <= MAX_PACK_ALIASES, `at most ${MAX_PACK_ALIASES} aliases in one pack`),
});
export type Pack = z.infer<typeof PackSchema>;

export type PackParse = { ok: true; pack: Pack } | { ok: false; error: string };

/** "entities[2].sources[0].url" from zod's path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/**
 * Reads a pack file's text. `others` are the entities it must live with: the bundled KB and the
 * reader's other packs (a pack may link to them with `related`, and may not reuse their ids).
 */
export function parsePack(text: string, others: readonly Entity[]): PackParse {
  if (utf8Bytes(text) > MAX_PACK_BYTES) return { ok: false, error: `The file is larger than ${MAX_PACK_BYTES / 1_000_000} MB.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  const parsed = PackSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = formatPath(issue.path);
    return { ok: false, error: `${where || 'The file'}: ${issue.message}` };
  }
  const pack = parsed.data;
  const taken = new Map(others.map((e) => [e.id, e]));
  for (const [i, e] of pack.entities.entries()) {
    if (taken.has(e.id)) return { ok: false, error: `entities[${i}].id: "${e.id}" is already used by "${taken.get(e.id)!.name.en}"; choose another id.` };
  }
  const takeover = findTakeover(pack.entities, others);
  if (takeover) return { ok: false, error: takeover };
  const packIds = new Set(pack.entities.map((e) => e.id));
  // Problems in the bundled KB itself are not the pack author's to fix: only those naming a pack entity count.
  const problems = checkKbIntegrity([...others, ...pack.entities]).filter((p) => mentionsAny(p, packIds));
  if (problems.length > 0) {
    const first = problems[0]!;
    const id = first.slice(0, first.indexOf(':'));
    const index = pack.entities.findIndex((e) => e.id === id);
    return { ok: false, error: index >= 0 ? `entities[${index}] (${first})` : first };
  }
  return { ok: true, pack };
}

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * A pack may not claim another entity's name under a thin disguise: the same words with other
 * punctuation, a possessive or a plural ("Xi Jinping's", "Made in China 2025s", "Xi-Jinping"), or
 * in other Chinese characters. Longest match wins in the matcher, so such an alias would take
 * every mention of the name from its entity.
 */
function findTakeover(pack: readonly Entity[], others: readonly Entity[]): string | undefined {
  const owner = new Map<string, Entity>();
  for (const e of others) for (const text of namesOf(e)) owner.set(skeleton(text), e);
  // The spellings the matcher derives from the knowledge base's names ("Fourteenth Five-Year
  // Plan", "Big Fund Phase 3") are its names too: a pack alias written as one would take it over.
  const byId = new Map(others.map((e) => [e.id, e]));
  for (const p of buildMatchIndex('takeover-check', others).patterns) {
    const e = p.variant ? byId.get(p.entityId) : undefined;
    if (e && !owner.has(skeleton(p.key))) owner.set(skeleton(p.key), e);
  }
  for (const [i, e] of pack.entries()) {
    // The pinyin name is matched like an alias, so it is checked like one.
    if (e.name.pinyin && owner.has(skeleton(e.name.pinyin))) {
      return `entities[${i}].name.pinyin: "${e.name.pinyin}" is "${owner.get(skeleton(e.name.pinyin))!.name.en}" written another way; a pack may not take a name the knowledge base has`;
    }
    for (const [j, a] of e.aliases.entries()) {
      const taken = owner.get(skeleton(a.text));
      if (taken) {
        return `entities[${i}].aliases[${j}]: "${a.text}" is "${taken.name.en}" (${taken.id}) written another way; a pack may not take a name the knowledge base has`;
      }
    }
  }
  return undefined;
}

function namesOf(e: Entity): string[] {
  return [e.name.en, e.name.zh, e.name.zhHant, ...e.aliases.map((a) => a.text)].filter((n): n is string => !!n);
}

/** A name with case, punctuation, spacing, a possessive or plural ending and script differences removed. */
function skeleton(text: string): string {
  const folded = normalizeForMatch(text).replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
  return baseFold(folded).replace(/s$/, '');
}

function mentionsAny(problem: string, ids: ReadonlySet<string>): boolean {
  const head = problem.slice(0, problem.indexOf(':'));
  if (ids.has(head)) return true;
  // "alias "x" is claimed by a, b without ...": a pack entity among the claimants.
  const claimants = /claimed by ([^]*) without/.exec(problem)?.[1]?.split(', ') ?? [];
  return claimants.some((id) => ids.has(id));
}

/** The JSON a pack is exported as: the same format it is imported from. */
export function packToJson(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
