// Validates data/entities/*.json and writes the bundled artefacts to generated/:
// kb.json (full records, for background/popup) and match-index.json (for the content script).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadKb } from './kb-files';

const result = loadKb();
if (!result.ok) {
  console.error(`Knowledge base is invalid (${result.problems.length} problems):`);
  for (const p of result.problems) console.error(`  - ${p}`);
  process.exit(1);
}
const out = new URL('../generated/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('kb.json', out), JSON.stringify(result.kb));
writeFileSync(new URL('match-index.json', out), JSON.stringify(result.index));
console.log(
  `KB ${result.kb.version}: ${result.kb.entities.length} entities, ${result.index.patterns.filter((p) => !p.variant).length} aliases + ${result.index.patterns.filter((p) => p.variant).length} derived spellings -> generated/`,
);
