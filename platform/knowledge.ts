// The knowledge an extension page shows: the bundled knowledge base plus the reader's enabled
// knowledge packs. Every page that lists or shows entities (popup, options, entity page) reads it
// here, so a pack's entities appear wherever bundled ones do, marked as the pack's.
import type { Kb } from '../core/kb-schema';
import { loadBundledKb } from './bundled-kb';

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
  // Packs are merged here once pack storage lands (issue 14, packs): until then, the bundled KB.
  return { kb: await loadBundledKb(), packOf: new Map() };
}
