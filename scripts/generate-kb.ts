// Validates data/entities/*.json and writes the bundled artefacts to generated/: kb.json (full
// records, for background and popup) and match-index.json (for the content script, via the
// background). Called by `npm run kb` and by every WXT build (wxt.config.ts), so no build can ship
// a missing or stale knowledge base.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadKb } from './kb-files';

export class KbInvalidError extends Error {}

export function generateKb(): string {
  const result = loadKb();
  if (!result.ok) {
    throw new KbInvalidError(`Knowledge base is invalid (${result.problems.length} problems):\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const out = new URL('../generated/', import.meta.url);
  mkdirSync(out, { recursive: true });
  writeFileSync(new URL('kb.json', out), JSON.stringify(result.kb));
  writeFileSync(new URL('match-index.json', out), JSON.stringify(result.index));
  const derived = result.index.patterns.filter((p) => p.variant).length;
  return `KB ${result.kb.version}: ${result.kb.entities.length} entities, ${result.index.patterns.length - derived} aliases + ${derived} derived spellings -> generated/`;
}
