// npm run -s kb                 validate data/ and write generated/ (as every build does)
// npm run -s kb -- get NAME     the whole record a name, alias or id resolves to, as JSON (exit 1 if none)
// npm run -s kb -- search QUERY the best matches, one per line
// npm run -s kb -- report [--json]  counts, sources by host, and what records are missing
import { resolveEntity } from '../core/kb-lookup';
import { buildKbReport, formatKbReport } from '../core/kb-report';
import { KbSearch } from '../core/search-index';
import { generateKb, KbInvalidError } from './generate-kb';
import { loadKb } from './kb-files';

const [command, ...rest] = process.argv.slice(2);
const arg = rest.filter((a) => !a.startsWith('--')).join(' ');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!command || command === 'build') {
  try {
    console.log(generateKb());
  } catch (error) {
    fail(error instanceof KbInvalidError ? error.message : String(error));
  }
} else {
  const result = loadKb();
  if (!result.ok) fail(`Knowledge base is invalid (${result.problems.length} problems); run \`npm run kb\` to list them.`);
  const { entities } = result.kb;
  switch (command) {
    case 'get': {
      if (!arg) fail('usage: npm run -s kb -- get NAME');
      const entity = resolveEntity(entities, arg);
      if (!entity) fail(`No entity matches "${arg}".`);
      console.log(JSON.stringify(entity, null, 2));
      break;
    }
    case 'search': {
      if (!arg) fail('usage: npm run -s kb -- search QUERY');
      const hits = new KbSearch(entities).search(arg);
      if (hits.length === 0) fail(`Nothing matches "${arg}".`);
      for (const h of hits) console.log(`${h.id}\t${h.type}\t${h.name}${h.nameZh ? ` (${h.nameZh})` : ''}${h.via ? `\tvia "${h.via}"` : ''}`);
      break;
    }
    case 'report': {
      const report = buildKbReport(entities, result.kb.asOf);
      console.log(rest.includes('--json') ? JSON.stringify(report, null, 2) : formatKbReport(report));
      break;
    }
    default:
      fail(`Unknown command "${command}". Commands: build (default), get NAME, search QUERY, report [--json].`);
  }
}
