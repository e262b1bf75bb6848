// Validates one or more KB source files against the schema and prints every problem with its path.
// Usage: npx tsx scripts/validate-kb-file.ts data/entities/FILE.json ...
import { readFileSync } from 'node:fs';
import { KbFileSchema } from '../core/kb-schema';
import { checkKbIntegrity } from '../core/kb-integrity';

let failed = false;
const all = [];
for (const file of process.argv.slice(2)) {
  const parsed = KbFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    failed = true;
    for (const issue of parsed.error.issues) console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  all.push(...parsed.data);
  console.log(`${file}: ${parsed.data.length} entities parse`);
}
for (const problem of checkKbIntegrity(all, { requireRelatedExist: false })) {
  failed = true;
  console.log(problem);
}
process.exit(failed ? 1 : 0);
