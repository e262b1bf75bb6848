// Node-side reading of the KB source folder, shared by the build script and the CLI.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKb, type KbBuildResult, type KbSourceFile } from '../core/kb-build';

export const KB_SOURCE_DIR = new URL('../data/entities/', import.meta.url).pathname;

/** One source file; text that is not JSON becomes a value the schema rejects with the parse error. */
export function readKbFile(path: string, name = path): KbSourceFile {
  const text = readFileSync(path, 'utf8');
  try {
    return { name, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { name, json: { invalidJson: String(error) } };
  }
}

export function readKbSources(dir = KB_SOURCE_DIR): KbSourceFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => readKbFile(join(dir, name), name));
}

/** Version = the package version plus a short hash of the KB sources, so any edit shows. */
export function kbVersion(files: readonly KbSourceFile[]): string {
  const hash = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 8);
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return `${pkg.version}+${hash}`;
}

const DENYLIST_PATH = new URL('../data/source-denylist.json', import.meta.url).pathname;

/** Hosts that mirror or repost others' pages; any source on one fails the build. */
export function readDeniedHosts(path = DENYLIST_PATH): string[] {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { hosts?: unknown };
  if (!Array.isArray(json.hosts) || !json.hosts.every((h) => typeof h === 'string')) {
    throw new Error(`${path}: "hosts" must be an array of host names`);
  }
  return json.hosts;
}

export function loadKb(dir = KB_SOURCE_DIR): KbBuildResult {
  const files = readKbSources(dir);
  return buildKb(files, kbVersion(files), { deniedHosts: readDeniedHosts() });
}
