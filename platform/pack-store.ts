// Where imported knowledge packs live: their records in storage key "packs" (read by the background
// and extension pages only), and a small reference to each in the settings (name, on/off, revision),
// which content scripts watch so a page re-reads the match index when packs change.
// Nothing is written unless the whole pack passed core/packs.ts.
import { storage } from 'wxt/utils/storage';
import type { Entity } from '../core/kb-schema';
import { packToJson, parsePack, type Pack } from '../core/packs';
import { MAX_PACKS, type PackRef } from '../core/settings';
import { loadBundledKb } from './bundled-kb';
import { loadSettings, updateSettings, watchSettings } from './settings-store';

const packsItem = storage.defineItem<unknown>('local:packs', { fallback: [] });

export interface StoredPack {
  pack: Pack;
  importedAt: number;
}

/** Every stored pack that still reads as a pack (a damaged one is skipped, not fatal). */
export async function loadStoredPacks(): Promise<StoredPack[]> {
  const value = await packsItem.getValue();
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is StoredPack => !!v && typeof v === 'object' && typeof (v as StoredPack).importedAt === 'number' && !!(v as StoredPack).pack?.entities);
}

/** The entities of the enabled packs, each with the pack it came from. */
export async function loadEnabledPackEntities(): Promise<{ entity: Entity; pack: PackRef }[]> {
  const [stored, { settings }] = await Promise.all([loadStoredPacks(), loadSettings()]);
  const out: { entity: Entity; pack: PackRef }[] = [];
  for (const ref of settings.packs) {
    if (!ref.enabled) continue;
    const found = stored.find((s) => s.pack.id === ref.id);
    for (const entity of found?.pack.entities ?? []) out.push({ entity, pack: ref });
  }
  return out;
}

export type ImportResult = { ok: true; name: string; entities: number; replaced: boolean } | { ok: false; error: string };

/** Checks a pack file's text against the bundled KB and the other packs; stores it only when valid. */
export async function importPack(text: string): Promise<ImportResult> {
  const [bundled, stored] = await Promise.all([loadBundledKb(), loadStoredPacks()]);
  // A pack may be imported again (a new version): it is checked against everything but itself.
  const probe = parsePack(text, [...bundled.entities]);
  const id = probe.ok ? probe.pack.id : undefined;
  const others = stored.filter((s) => s.pack.id !== id).flatMap((s) => s.pack.entities);
  const parsed = parsePack(text, [...bundled.entities, ...others]);
  if (!parsed.ok) return parsed;
  const replaced = stored.some((s) => s.pack.id === parsed.pack.id);
  if (!replaced && stored.length >= MAX_PACKS) return { ok: false, error: `At most ${MAX_PACKS} packs can be installed; remove one first.` };
  await packsItem.setValue([...stored.filter((s) => s.pack.id !== parsed.pack.id), { pack: parsed.pack, importedAt: Date.now() }]);
  await updateSettings((s) => {
    const old = s.packs.find((p) => p.id === parsed.pack.id);
    const ref: PackRef = { id: parsed.pack.id, name: parsed.pack.name, enabled: old?.enabled ?? true, revision: (old?.revision ?? 0) + 1 };
    return { ...s, packs: old ? s.packs.map((p) => (p.id === ref.id ? ref : p)) : [...s.packs, ref] };
  });
  return { ok: true, name: parsed.pack.name, entities: parsed.pack.entities.length, replaced };
}

export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  await updateSettings((s) => ({ ...s, packs: s.packs.map((p) => (p.id === id ? { ...p, enabled } : p)) }));
}

export async function removePack(id: string): Promise<void> {
  const stored = await loadStoredPacks();
  await packsItem.setValue(stored.filter((s) => s.pack.id !== id));
  await updateSettings((s) => ({ ...s, packs: s.packs.filter((p) => p.id !== id) }));
}

export async function exportPack(id: string): Promise<string | undefined> {
  const found = (await loadStoredPacks()).find((s) => s.pack.id === id);
  return found ? packToJson(found.pack) : undefined;
}

/** What the options page's packs panel needs, as one object the entry point passes in. */
export interface PacksPlatform {
  loadStoredPacks: typeof loadStoredPacks;
  importPack: typeof importPack;
  setPackEnabled: typeof setPackEnabled;
  removePack: typeof removePack;
  exportPack: typeof exportPack;
  loadSettings: typeof loadSettings;
  watchSettings: typeof watchSettings;
}

export const packsPlatform: PacksPlatform = { loadStoredPacks, importPack, setPackEnabled, removePack, exportPack, loadSettings, watchSettings };
