// Node-side reading of the KB source folder, shared by the build script and the CLI.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKb, type KbBuildResult, type KbSourceFile } from '../core/kb-build';
import { isTraditionalOf } from './han-verify';

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

const META_PATH = new URL('../data/kb-meta.json', import.meta.url).pathname;

/** The knowledge base's as-of date (data/kb-meta.json): the day it was last checked. */
export function readKbAsOf(path = META_PATH): string {
  const { asOf } = JSON.parse(readFileSync(path, 'utf8')) as { asOf?: unknown };
  if (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`${path}: "asOf" must be a YYYY-MM-DD date`);
  return asOf;
}

export function loadKb(dir = KB_SOURCE_DIR): KbBuildResult {
  const files = readKbSources(dir);
  return buildKb(files, kbVersion(files), { deniedHosts: readDeniedHosts() }, readKbAsOf(), { verifyFold: isTraditionalOf });
}
