// Knowledge packs: a reader's own entities, in the same schema as the bundled knowledge base.
// A pack is checked in full before anything is stored: the schema (zod), then the same integrity
// rules the bundled KB passes, against the bundled KB and the reader's other packs. The first
// problem is named by its place in the file ("entities[2].sources[0].url: ..."), so a pack author
// can find and fix it; an invalid pack is never stored in part.
import { z } from 'zod';
import { EntitySchema, type Entity } from './kb-schema';
import { checkKbIntegrity } from './kb-integrity';

export const PACK_FORMAT = 'policy-context-pack';
/** A pack bigger than this is refused before parsing (storage.local is for settings-sized data). */
export const MAX_PACK_BYTES = 4_000_000;
export const MAX_PACK_ENTITIES = 2000;

const PackId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens').max(80);

export const PackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  id: PackId,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(1000).optional(),
  entities: z.array(EntitySchema).min(1).max(MAX_PACK_ENTITIES),
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
  if (text.length > MAX_PACK_BYTES) return { ok: false, error: `The file is larger than ${MAX_PACK_BYTES / 1_000_000} MB.` };
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
