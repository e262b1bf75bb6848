// The knowledge the extension uses: the bundled knowledge base plus the reader's enabled knowledge
// packs. The background (cards, match index) and every extension page that lists or shows
// entities read it here, so a pack's entities are matched and shown wherever bundled ones are,
// marked as the pack's.
import type { Kb } from '../core/kb-schema';
import { loadBundledKb } from './bundled-kb';
import { loadEnabledPackEntities } from './pack-store';

export interface PackOrigin {
  id: string;
  name: string;
}

export interface Knowledge {
  kb: Kb;
  /** Entity id -> the pack it came from; bundled entities are absent. */
  packOf: ReadonlyMap<string, PackOrigin>;
}

export async function loadKnowledge(): Promise<Knowledge> {
  const [kb, packed] = await Promise.all([loadBundledKb(), loadEnabledPackEntities().catch(() => [])]);
  if (packed.length === 0) return { kb, packOf: new Map() };
  const ids = new Set(kb.entities.map((e) => e.id));
  const packOf = new Map<string, PackOrigin>();
  const entities = [...kb.entities];
  // Two enabled packs were each valid when imported; an id both claim keeps the first.
  for (const { entity, pack } of packed) {
    if (ids.has(entity.id)) continue;
    ids.add(entity.id);
    entities.push(entity);
    packOf.set(entity.id, { id: pack.id, name: pack.name });
  }
  return { kb: { ...kb, entities }, packOf };
}
