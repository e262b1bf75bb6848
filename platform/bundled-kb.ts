// The knowledge base and its match index ship once, as files in the extension package (written by
// the build from generated/), read by the background and the popup from the package itself:
// reading our own packaged file is not a network request, and nothing leaves the device.
import { browser } from 'wxt/browser';
import type { Kb } from '../core/kb-schema';
import type { MatchIndex } from '../core/match-index';

export const KB_ASSET = '/kb.json';
export const MATCH_INDEX_ASSET = '/match-index.json';

async function readPackaged<T>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path as '/'));
  if (!response.ok) throw new Error(`${path} is missing from the extension package (${response.status})`);
  return (await response.json()) as T;
}

export const loadBundledKb = () => readPackaged<Kb>(KB_ASSET);
export const loadMatchIndex = () => readPackaged<MatchIndex>(MATCH_INDEX_ASSET);
