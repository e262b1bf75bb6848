// The compact match index: what the content script carries instead of the whole KB.
// Built from validated entities at build time (scripts/generate-kb.ts) and by the CLI.
import type { Entity, EntityType } from './kb-schema';
import { normalizeForMatch } from './normalize';

export interface IndexPattern {
  /** Folded alias text: what the scan compares against folded page text. */
  key: string;
  /** The alias as written in the KB; kept only where it matters (case-sensitive aliases), to keep the content script small. */
  text?: string;
  entityId: string;
  caseSensitive?: true;
  ambiguous?: true;
}

export interface IndexEntity {
  id: string;
  type: EntityType;
  name: string;
  nameZh?: string;
}

export interface MatchIndex {
  version: string;
  entities: IndexEntity[];
  patterns: IndexPattern[];
}

export function buildMatchIndex(version: string, entities: readonly Entity[]): MatchIndex {
  const patterns: IndexPattern[] = [];
  for (const e of entities) {
    const seen = new Set<string>();
    for (const alias of e.aliases) {
      if (alias.searchOnly) continue;
      const key = normalizeForMatch(alias.text);
      const dedupe = `${key}|${alias.caseSensitive ? alias.text : ''}`;
      if (key.length < 2 || seen.has(dedupe)) continue;
      seen.add(dedupe);
      patterns.push({
        key,
        entityId: e.id,
        ...(alias.caseSensitive ? { text: alias.text, caseSensitive: true as const } : {}),
        ...(alias.ambiguous ? { ambiguous: true as const } : {}),
      });
    }
  }
  return {
    version,
    entities: entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name.en,
      ...(e.name.zh ? { nameZh: e.name.zh } : {}),
    })),
    patterns,
  };
}
