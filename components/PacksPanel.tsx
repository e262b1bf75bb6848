// The options page's knowledge-packs section: import a pack file, see each pack, switch it on or
// off, export it, remove it. A pack that fails its checks is not stored at all, and the reader is
// told the first problem by its place in the file. Pack text is shown as text only.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackRef } from '../core/settings';
import { t } from '../platform/i18n';
import type { PacksPlatform } from '../platform/pack-store';

interface Row extends PackRef {
  entities: number;
  importedAt: number;
  description?: string;
}

async function readRows(platform: PacksPlatform, refs: readonly PackRef[]): Promise<Row[]> {
  const stored = await platform.loadStoredPacks();
  return refs.flatMap((ref) => {
    const s = stored.find((p) => p.pack.id === ref.id);
    if (!s) return [];
    return [{ ...ref, entities: s.pack.entities.length, importedAt: s.importedAt, ...(s.pack.description ? { description: s.pack.description } : {}) }];
  });
}

export function PacksPanel({ platform }: { platform: PacksPlatform }) {
  const { exportPack, importPack, loadSettings, removePack, setPackEnabled, watchSettings } = platform;
  const [rows, setRows] = useState<Row[]>([]);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();
  const file = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadSettings().then(({ settings }) => readRows(platform, settings.packs).then(setRows));
    return watchSettings((settings) => void readRows(platform, settings.packs).then(setRows));
  }, [platform]);

  const onImport = async () => {
    const chosen = file.current?.files?.[0];
    if (!chosen) return setStatus({ kind: 'error', text: t('packsChooseFile') });
    let result: Awaited<ReturnType<typeof importPack>>;
    try {
      result = await importPack(await chosen.text());
    } catch (error) {
      // Storage refused the write (full, or the browser's quota): nothing was kept.
      return setStatus({ kind: 'error', text: t('packsImportFailed', error instanceof Error ? error.message : String(error)) });
    }
    if (!result.ok) return setStatus({ kind: 'error', text: t('packsImportFailed', result.error) });
    if (file.current) file.current.value = '';
    setStatus({ kind: 'ok', text: t(result.replaced ? 'packsReplaced' : 'packsImported', result.name, result.entities) });
  };

  const onExport = async (row: Row) => {
    const json = await exportPack(row.id);
    if (!json) return;
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${row.id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <section class="pc-packs" aria-labelledby="pc-packs-title">
      <h2 id="pc-packs-title">{t('packsTitle')}</h2>
      <p class="pc-hint">{t('packsIntro')}</p>
      <div class="pc-packs-import">
        <label for="pc-pack-file">{t('packsFileLabel')}</label>
        <input id="pc-pack-file" ref={file} type="file" accept=".json,application/json" />
        <button type="button" class="pc-pack-import" onClick={() => void onImport()}>
          {t('packsImport')}
        </button>
      </div>
      <p class={status?.kind === 'error' ? 'pc-pack-error' : 'pc-pack-status'} role={status?.kind === 'error' ? 'alert' : 'status'}>
        {status?.text ?? ''}
      </p>
      {rows.length === 0 ? (
        <p class="pc-empty">{t('packsNone')}</p>
      ) : (
        <ul class="pc-pack-list">
          {rows.map((row) => (
            <li key={row.id} class="pc-pack" data-pack={row.id}>
              <label class="pc-switch">
                <input type="checkbox" checked={row.enabled} onChange={(e) => void setPackEnabled(row.id, (e.target as HTMLInputElement).checked)} />
                <span class="pc-pack-name">{row.name}</span>
              </label>
              <span class="pc-hint"> {t('packsMeta', row.entities, safeDay(row.importedAt))}</span>
              {row.description && <p class="pc-pack-description">{row.description}</p>}
              <button type="button" onClick={() => void onExport(row)}>
                {t('packsExport')}
              </button>
              {confirming === row.id ? (
                <>
                  <button type="button" class="pc-danger" onClick={() => void removePack(row.id).then(() => setConfirming(undefined))}>
                    {t('packsRemoveConfirm', row.name)}
                  </button>
                  <button type="button" onClick={() => setConfirming(undefined)}>
                    {t('packsKeep')}
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => setConfirming(row.id)}>
                  {t('packsRemove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The day of a stored timestamp; '?' for one a damaged store could hold (toISOString throws on those). */
function safeDay(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '?' : date.toISOString().slice(0, 10);
}
