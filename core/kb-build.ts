// Turns the KB source files into the validated KB and its match index, or a list of problems.
// Pure: the caller reads the files (scripts/generate-kb.ts, the CLI) and passes their parsed JSON.
import { KbFileSchema, type Entity, type Kb } from './kb-schema';
import { checkKbIntegrity, type IntegrityOptions } from './kb-integrity';
import { buildMatchIndex, type MatchIndex, type MatchIndexOptions } from './match-index';
import { withoutTracking } from './source-url';

export interface KbSourceFile {
  name: string;
  json: unknown;
}

export type KbBuildResult =
  | { ok: true; kb: Kb; index: MatchIndex }
  | { ok: false; problems: string[] };

export function buildKb(
  files: readonly KbSourceFile[],
  version: string,
  integrity: IntegrityOptions = {},
  asOf?: string,
  index: MatchIndexOptions = {},
): KbBuildResult {
  const problems: string[] = [];
  const entities: Entity[] = [];
  for (const file of files) {
    const parsed = KbFileSchema.safeParse(file.json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${file.name}: ${describePath(file.json, issue.path)}: ${issue.message}`);
      }
      continue;
    }
    entities.push(...parsed.data);
  }
  problems.push(...checkKbIntegrity(entities, integrity));
  if (problems.length > 0) return { ok: false, problems };
  entities.sort((a, b) => a.id.localeCompare(b.id));
  // Cards link the page itself, not the feed or session tags a crawler kept (core/source-url.ts).
  for (const e of entities) for (const source of e.sources) source.url = withoutTracking(source.url);
  return { ok: true, kb: { version, ...(asOf ? { asOf } : {}), entities }, index: buildMatchIndex(version, entities, index) };
}

/** "3.sources.1.url" -> "entity big-fund: sources.1.url", so a problem names the entity and the field. */
function describePath(json: unknown, path: readonly PropertyKey[]): string {
  const [index, ...rest] = path;
  const record = Array.isArray(json) && typeof index === 'number' ? (json[index] as unknown) : undefined;
  const id = record && typeof record === 'object' && 'id' in record ? String((record as { id: unknown }).id) : undefined;
  if (id === undefined) return path.map(String).join('.');
  return `entity ${id}: ${rest.map(String).join('.') || '(record)'}`;
}
