// Where imported knowledge packs live: their records in storage key "packs" (read by the background
// and extension pages only), and a small reference to each in the settings (name, on/off, revision),
// which content scripts watch so a page re-reads the match index when packs change.
// Nothing is written unless the whole pack passed core/packs.ts.
import { storage } from 'wxt/utils/storage';
import type { Entity } from '../core/kb-schema';
import { MAX_ALL_PACKS_ALIASES, MAX_ALL_PACKS_BYTES, packToJson, parsePack, utf8Bytes, type Pack } from '../core/packs';
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
  return value.filter((v): v is StoredPack => {
    const s = v as StoredPack | null;
    // A damaged record (storage edited by hand, a bad write) is skipped rather than shown broken.
    return !!s && typeof s === 'object' && Number.isSafeInteger(s.importedAt) && s.importedAt >= 0 && Array.isArray(s.pack?.entities) && typeof s.pack.id === 'string';
  });
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
  const kept = stored.filter((s) => s.pack.id !== parsed.pack.id);
  const bytes = kept.reduce((n, s) => n + utf8Bytes(JSON.stringify(s.pack)), utf8Bytes(JSON.stringify(parsed.pack)));
  if (bytes > MAX_ALL_PACKS_BYTES) return { ok: false, error: `All packs together may hold at most ${MAX_ALL_PACKS_BYTES / 1_000_000} MB; remove a pack first.` };
  const aliases = [...kept.map((s) => s.pack), parsed.pack].reduce((n, p) => n + p.entities.reduce((m, e) => m + e.aliases.length, 0), 0);
  if (aliases > MAX_ALL_PACKS_ALIASES) return { ok: false, error: `All packs together may hold at most ${MAX_ALL_PACKS_ALIASES} names; remove a pack first.` };
  // Two writes: the records, then their reference in the settings. If the second fails (storage
  // full), the first is undone, so no pack is left stored that the list cannot show or remove.
  await packsItem.setValue([...kept, { pack: parsed.pack, importedAt: Date.now() }]);
  try {
    await updateSettings((s) => {
      const old = s.packs.find((p) => p.id === parsed.pack.id);
      const ref: PackRef = { id: parsed.pack.id, name: parsed.pack.name, enabled: old?.enabled ?? true, revision: (old?.revision ?? 0) + 1 };
      return { ...s, packs: old ? s.packs.map((p) => (p.id === ref.id ? ref : p)) : [...s.packs, ref] };
    });
  } catch (error) {
    await packsItem.setValue(stored).catch(() => undefined);
    throw error;
  }
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
