// The popup: switches (all sites, this site), a search over the whole KB, and the index of
// entities found on the current page. All browser access goes through the PopupPlatform.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildCardModel } from '../core/card-model';
import type { Kb } from '../core/kb-schema';
import { isCuratedNewsHost } from '../core/news-sites';
import { KbSearch } from '../core/search-index';
import { isActiveOn, type Settings } from '../core/settings';
import type { PageMentionsResponse } from '../platform/messages';
import type { PopupPlatform } from '../platform/popup-platform';
import { EntityCard } from './EntityCard';
import { SearchResults } from './SearchResults';

export interface PopupProps {
  kb: Kb;
  platform: PopupPlatform;
}

export function Popup({ kb, platform }: PopupProps) {
  const search = useMemo(() => new KbSearch(kb.entities), [kb]);
  const byId = useMemo(() => new Map(kb.entities.map((e) => [e.id, e])), [kb]);
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
    const model = buildCardModel(selectedEntity, (id) => byId.get(id)?.name.en, {
      ...(kb.asOf ? { asOf: kb.asOf } : {}),
      today: new Date().toISOString().slice(0, 10),
    });
    return (
      <main class="pc-popup">
        <button type="button" class="pc-back" onClick={() => setSelected(undefined)}>
          ← Back
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
    setMessage(result.ok ? (curated ? undefined : on ? `Policy Context now runs on ${tab.site}.` : undefined) : result.error);
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
            On for all sites
          </label>
        )}
      </header>
      {repaired.length > 0 && (
        <p class="pc-notice" role="status">
          Some saved settings were unreadable and were reset to defaults: {repaired.join(', ')}.
        </p>
      )}
      {tab && settings && (
        <div class="pc-site">
          <label class="pc-switch">
            <input type="checkbox" checked={siteOn} disabled={!settings.enabled} onChange={() => void toggleSite()} />
            On for {tab.site}
          </label>
          {!curated && !siteOn && <span class="pc-hint">Not on the news-site list: switching it on asks your browser for access to this site.</span>}
        </div>
      )}
      {message && (
        <p class="pc-notice" role="status">
          {message}
        </p>
      )}
      <label class="pc-search-label" for="pc-search">
        Search the knowledge base
      </label>
      <input
        id="pc-search"
        class="pc-search"
        type="search"
        placeholder="e.g. Big Fund, 大基金, Made in China 2025"
        autocomplete="off"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {query.trim() && <SearchResults hits={results} onChoose={setSelected} />}
      {!query.trim() && (
        <section class="pc-page-index" aria-label="On this page">
          <h2>On this page</h2>
          {!tab && <p class="pc-empty">This tab is not a web page.</p>}
          {tab && !page && <p class="pc-empty">Policy Context is not running on this page.</p>}
          {page?.story === 'none' && (
            <div class="pc-no-story" role="status">
              <p class="pc-empty">No story found on this page, so nothing is marked.</p>
              <button
                type="button"
                class="pc-mark-page"
                onClick={() => tab && void platform.markWholePage(tab.id).then((next) => next && setPage(next))}
              >
                Mark the whole page
              </button>
              <span class="pc-hint">This tab only, until it is reloaded: menus and footers may get marks too.</span>
            </div>
          )}
          {page && page.story !== 'none' && page.mentions.length === 0 && <p class="pc-empty">No policy entities found on this page.</p>}
          {page && page.mentions.length > 0 && (
            <ul>
              {page.mentions.map((m) => (
                <li key={m.entityId}>
                  <button type="button" class="pc-row" onClick={() => tab && void platform.openMention(tab.id, m.entityId)}>
                    <span>{m.name}</span> <span class="pc-count">{m.count}</span>
                  </button>
                  <button type="button" class="pc-more" aria-label={`Details for ${m.name}`} onClick={() => setSelected(m.entityId)}>
                    ⓘ
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <footer class="pc-popup-foot">Knowledge base {kb.version}{kb.asOf ? `, as of ${kb.asOf}` : ''} · {kb.entities.length} entities · works offline</footer>
    </main>
  );
}

function initialEntity(kb: Kb): string | undefined {
  const id = new URLSearchParams(globalThis.location?.search ?? '').get('entity');
  return id && kb.entities.some((e) => e.id === id) ? id : undefined;
}
