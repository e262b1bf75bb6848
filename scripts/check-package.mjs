// Checks the built packages readers get (.output/chrome-mv3 and .output/firefox-mv2): each
// manifest asks for exactly the permissions docs/security.md justifies, the content script stays
// within its size budget, and the knowledge base ships once. Prints one line per check and
// "CHECKS: N passed, N failed"; exits non-zero on any failure. Run by npm test after the build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('../.output/', import.meta.url).pathname;
import { CONTENT_SCRIPT_BUDGET_GZIP } from './size-budget.mjs';

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}
const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
const allFiles = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? allFiles(join(dir, f)) : [join(dir, f)]));

for (const [target, mv] of [['chrome-mv3', 3], ['firefox-mv2', 2]]) {
  const dir = join(ROOT, target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    check(`${target}: built`, false, 'no manifest (run npm run build)');
    continue;
  }
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const hosts = mv === 3 ? m.host_permissions ?? [] : (m.permissions ?? []).filter((p) => p.includes('://'));
  const apis = (m.permissions ?? []).filter((p) => !p.includes('://'));
  check(`${target}: manifest_version ${mv}`, m.manifest_version === mv);
  check(`${target}: API permissions are storage, scripting, activeTab`, same(apis, ['storage', 'scripting', 'activeTab']), apis.join(', '));
  check(`${target}: host access only to the curated news sites`, hosts.length > 20 && hosts.every((h) => /^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/.test(h)) && !hosts.includes('<all_urls>'), `${hosts.length} patterns`);
  const optional = mv === 3 ? m.optional_host_permissions : m.optional_permissions;
  check(`${target}: any other site is optional (${mv === 3 ? 'optional_host_permissions' : 'optional_permissions'})`, same(optional ?? [], ['*://*/*']));
  check(`${target}: no manifest content script (registered at run time where on)`, !m.content_scripts);
  check(`${target}: no web-accessible resources, no externally_connectable`, !m.web_accessible_resources && !m.externally_connectable);
  check(`${target}: icons at 16, 32, 48, 96, 128`, same(Object.keys(m.icons ?? {}), ['16', '32', '48', '96', '128']) && Object.values(m.icons).every((p) => existsSync(join(dir, p))));
  check(`${target}: keyboard commands`, !!m.commands?.['next-mention'] && !!m.commands?.['previous-mention']);
  check(`${target}: options page in a tab of its own`, m.options_ui?.page === 'options.html' && m.options_ui?.open_in_tab === true && existsSync(join(dir, 'options.html')));
  if (mv === 2) {
    const gecko = m.browser_specific_settings?.gecko;
    check(`${target}: Firefox id and data-collection declaration ("none")`, gecko?.id === 'policy-context@policycontext.dev' && same(gecko?.data_collection_permissions?.required ?? [], ['none']));
  }
  const script = readFileSync(join(dir, 'policy-context.js'));
  const gz = gzipSync(script).length;
  // The lists the match index carries (ADR 0016) must not creep back into the script by an import.
  const source = script.toString('utf8').toLowerCase();
  const carried = ['pyongyang', 'kazakhstan', '伊朗', '柬埔寨', '\\u4f0a\\u6717'].filter((w) => source.includes(w));
  check(`${target}: the country lists travel in the match index, not the content script`, carried.length === 0, carried.join(', '));
  check(`${target}: content script within ${CONTENT_SCRIPT_BUDGET_GZIP.toLocaleString('en')} bytes gzip`, gz <= CONTENT_SCRIPT_BUDGET_GZIP, `${gz.toLocaleString('en')} bytes`);
  // The document_start pin (ADR 0013): Chrome only, and so small it cannot be doing anything else.
  const pin = join(dir, 'pin-api.js');
  if (mv === 3) check(`${target}: the document_start pin script is under 1 kB`, existsSync(pin) && readFileSync(pin).length < 1024, existsSync(pin) ? `${readFileSync(pin).length} bytes` : 'missing');
  else check(`${target}: no pin script (Firefox needs none)`, !existsSync(pin));
  // A phrase only the KB's records contain: found in kb.json, and in no script.
  const kb = JSON.parse(readFileSync(join(dir, 'kb.json'), 'utf8'));
  const marker = kb.entities.find((e) => e.id === 'big-fund')?.summary.slice(0, 40);
  const scripts = allFiles(dir).filter((f) => f.endsWith('.js'));
  const carriers = scripts.filter((f) => readFileSync(f, 'utf8').includes(marker));
  check(`${target}: the knowledge base ships once (kb.json, in no script)`, !!marker && carriers.length === 0, carriers.map((f) => f.slice(dir.length + 1)).join(', '));
  const remote = scripts.filter((f) => /\b(fetch|XMLHttpRequest|WebSocket|sendBeacon)\s*\(\s*["'`]https?:/.test(readFileSync(f, 'utf8')));
  check(`${target}: no script fetches a remote address`, remote.length === 0, remote.join(', '));
}
console.log(`CHECKS: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
