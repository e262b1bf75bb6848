// Validates one or more KB source files against the schema and the integrity rules, and prints
// every problem with its file and path. Related ids may point into files not given here.
// Usage: npx tsx scripts/validate-kb-file.ts data/entities/FILE.json ...
import { buildKb } from '../core/kb-build';
import { readDeniedHosts, readKbFile } from './kb-files';

const files = process.argv.slice(2).map((path) => readKbFile(path));
const result = buildKb(files, 'check', { requireRelatedExist: false, deniedHosts: readDeniedHosts() });
if (result.ok) console.log(`${files.length} file(s), ${result.kb.entities.length} entities: no problems`);
else for (const problem of result.problems) console.log(problem);
process.exit(result.ok ? 0 : 1);
