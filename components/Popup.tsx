// The popup: switches (all sites, this site), a search over the whole KB, and the index of
// entities found on the current page. All browser access goes through the PopupPlatform.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildCardModel } from '../core/card-model';
import { displayName, formatDate } from '../core/card-text';
import type { Kb } from '../core/kb-schema';
import { isCuratedNewsHost } from '../core/news-sites';
import { KbSearch } from '../core/search-index';
import { isActiveOn, type Settings } from '../core/settings';
import type { PageMentionsResponse } from '../platform/messages';
import type { PopupPlatform } from '../platform/popup-platform';
import { cardUi, t } from '../platform/i18n';
import { EntityCard } from './EntityCard';
import { SearchResults } from './SearchResults';

export interface PopupProps {
  kb: Kb;
  platform: PopupPlatform;
}

export function Popup({ kb, platform }: PopupProps) {
  const search = useMemo(() => new KbSearch(kb.entities), [kb]);
  const byId = useMemo(() => new Map(kb.entities.map((e) => [e.id, e])), [kb]);
  // The UI's words and language: Chinese names first (search, page index, card) in the Chinese UI.
  const ui = useMemo(cardUi, []);
  const nameOf = (id: string) => {
    const entity = byId.get(id);
    return entity && displayName(entity.name, ui.lang);
  };
  const [settings, setSettings] = useState<Settings | undefined>();
  const [repaired, setRepaired] = useState<string[]>([]);
  const [tab, setTab] = useState<{ id: number; site: string } | undefined>();
  const [page, setPage] = useState<PageMentionsResponse | undefined>();
  const [query, setQuery] = useState('');
  // Opened from a card's "Open in Policy Context" (?entity=ID), the page starts on that entity.
  const [selected, setSelected] = useState<string | undefined>(() => initialEntity(kb));
  const [message, setMessage] = useState<string | undefined>();

  useEffect(() => {
    void (async () => {
      const loaded = await platform.loadSettings();
      setSettings(loaded.settings);
      setRepaired(loaded.repaired);
      const current = await platform.currentTab();
      setTab(current);
      if (current) setPage(await platform.pageMentions(current.id));
    })();
  }, [platform]);

  const update = async (change: (s: Settings) => Settings) => setSettings(await platform.updateSettings(change));
  const results = query.trim() ? search.search(query) : [];
  const selectedEntity = selected ? byId.get(selected) : undefined;

  if (selectedEntity) {
    const model = buildCardModel(selectedEntity, nameOf, {
      ...(kb.asOf ? { asOf: kb.asOf } : {}),
      today: new Date().toISOString().slice(0, 10),
    }, undefined, ui);
    return (
      <main class="pc-popup">
        <h1 class="pc-visually-hidden">{t('extName')}</h1>
        <button type="button" class="pc-back" onClick={() => setSelected(undefined)}>
          {t('popupBack')}
        </button>
        <EntityCard model={model} onRelated={setSelected} headingId="pc-detail-title" />
      </main>
    );
  }

  const curated = tab ? isCuratedNewsHost(tab.site) : false;
  const siteOn = tab && settings ? isActiveOn(settings, tab.site) : false;
  const toggleSite = async () => {
    if (!tab || !settings) return;
    const on = !siteOn;
    const result = await platform.setSiteOn(tab.id, tab.site, on);
    setMessage(result.ok ? (curated ? undefined : on ? t('popupNowRunsOn', tab.site) : undefined) : result.error);
    setSettings((await platform.loadSettings()).settings);
    setPage(await platform.pageMentions(tab.id));
  };

  return (
    <main class="pc-popup">
      <header class="pc-popup-head">
        <h1>Policy Context</h1>
        {settings && (
          <label class="pc-switch">
            <input
              type="checkbox"
              checked={settings.enabled}
              onChange={(e) => void update((s) => ({ ...s, enabled: (e.target as HTMLInputElement).checked }))}
            />
            {t('popupOnAllSites')}
          </label>
        )}
        <button type="button" class="pc-options-link" onClick={() => void platform.openOptions()}>
          {t('popupOpenOptions')}
        </button>
      </header>
      {repaired.length > 0 && (
        <p class="pc-notice" role="status">
          {t('popupRepaired', repaired.join(', '))}
        </p>
      )}
      {tab && settings && (
        <div class="pc-site">
          <label class="pc-switch">
            <input type="checkbox" checked={siteOn} disabled={!settings.enabled} onChange={() => void toggleSite()} />
            {t('popupOnForSite', tab.site)}
          </label>
          {!curated && !siteOn && <span class="pc-hint">{t('popupSiteHint')}</span>}
        </div>
      )}
      {message && (
        <p class="pc-notice" role="status">
          {message}
        </p>
      )}
      <label class="pc-search-label" for="pc-search">
        {t('popupSearchLabel')}
      </label>
      <input
        id="pc-search"
        class="pc-search"
        type="search"
        placeholder={t('popupSearchPlaceholder')}
        autocomplete="off"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {query.trim() && <SearchResults hits={results} onChoose={setSelected} lang={ui.lang} />}
      {!query.trim() && (
        <section class="pc-page-index" aria-labelledby="pc-index-title">
          <h2 id="pc-index-title">{t('popupOnThisPage')}</h2>
          {!tab && <p class="pc-empty">{t('popupNotWebPage')}</p>}
          {tab && !page && <p class="pc-empty">{t('popupNotRunning')}</p>}
          {page?.story === 'none' && (
            <div class="pc-no-story" role="status">
              <p class="pc-empty">{t('popupNoStory')}</p>
              <button
                type="button"
                class="pc-mark-page"
                onClick={() => tab && void platform.markWholePage(tab.id).then((next) => next && setPage(next))}
              >
                {t('popupMarkWholePage')}
              </button>
              <span class="pc-hint">{t('popupMarkWholePageHint')}</span>
            </div>
          )}
          {page && page.story !== 'none' && page.mentions.length === 0 && <p class="pc-empty">{t('popupNoEntities')}</p>}
          {page && page.mentions.length > 0 && (
            <ul>
              {page.mentions.map((m) => ({ ...m, name: nameOf(m.entityId) ?? m.name })).map((m) => (
                <li key={m.entityId}>
                  <button type="button" class="pc-row" onClick={() => tab && void platform.openMention(tab.id, m.entityId)}>
                    <span>{m.name}</span> <span class="pc-count">{m.count}</span>
                  </button>
                  <button type="button" class="pc-more" aria-label={t('popupDetailsFor', m.name)} onClick={() => setSelected(m.entityId)}>
                    ⓘ
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <footer class="pc-popup-foot">
        {kb.asOf ? t('popupFooterAsOf', kb.version, formatDate(kb.asOf, ui.lang), kb.entities.length) : t('popupFooter', kb.version, kb.entities.length)}
      </footer>
    </main>
  );
}

function initialEntity(kb: Kb): string | undefined {
  const id = new URLSearchParams(globalThis.location?.search ?? '').get('entity');
  return id && kb.entities.some((e) => e.id === id) ? id : undefined;
}
