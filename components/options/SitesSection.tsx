// Sites: the curated news sites, each switchable off; the sites the reader added, each removable
// (which gives the browser's access back); and "Add a site", which asks the browser for access.
import { useState } from 'preact/hooks';
import { NEWS_SITE_DOMAINS } from '../../core/news-sites';
import { parseSiteInput } from '../../core/site-input';
import type { Settings } from '../../core/settings';
import { t } from '../../platform/i18n';
import type { SiteSwitchResult } from '../../platform/site-access';
import { StatusLine, type Status } from './StatusLine';

export interface SitesSectionProps {
  settings: Settings;
  /** Switches one site on or off (see OptionsPlatform.setSiteOn); the page re-reads settings after. */
  setSiteOn: (site: string, on: boolean) => Promise<SiteSwitchResult>;
}

export function SitesSection({ settings, setSiteOn }: SitesSectionProps) {
  const [status, setStatus] = useState<Status | undefined>();
  const [typed, setTyped] = useState('');

  const report = (result: SiteSwitchResult, done?: string) =>
    setStatus(result.ok ? (done ? { kind: 'ok', text: done } : undefined) : { kind: 'error', text: result.error ?? '' });

  const onAdd = (e: Event) => {
    e.preventDefault();
    const parsed = parseSiteInput(typed);
    if (!parsed.ok) {
      return setStatus({ kind: 'error', text: parsed.reason === 'empty' ? t('optionsAddSiteEmpty') : t('optionsAddSiteInvalid', typed.trim()) });
    }
    // setSiteOn asks for access before anything else is awaited, while the click still counts.
    void setSiteOn(parsed.site, true).then((result) => {
      if (result.ok) setTyped('');
      report(result, parsed.curated ? t('optionsAddSiteCurated', parsed.site) : t('optionsAddSiteAdded', parsed.site));
    });
  };

  return (
    <section class="pc-opt-section pc-opt-sites" aria-labelledby="pc-opt-sites-title">
      <h2 id="pc-opt-sites-title">{t('optionsSitesLegend')}</h2>
      <fieldset class="pc-opt-subgroup" aria-describedby="pc-opt-curated-hint">
        <legend>{t('optionsSitesCurated')}</legend>
        <p id="pc-opt-curated-hint" class="pc-hint">{t('optionsSitesCuratedHint')}</p>
        <ul class="pc-opt-site-grid">
          {NEWS_SITE_DOMAINS.map((site) => (
            <li key={site}>
              <label class="pc-switch">
                <input
                  type="checkbox"
                  name="curated-site"
                  value={site}
                  checked={!settings.disabledSites.includes(site)}
                  onChange={(e) => void setSiteOn(site, (e.target as HTMLInputElement).checked).then((r) => report(r))}
                />
                {site}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset class="pc-opt-subgroup">
        <legend>{t('optionsSitesAdded')}</legend>
        {settings.enabledSites.length === 0 ? (
          <p class="pc-empty">{t('optionsSitesAddedNone')}</p>
        ) : (
          <ul class="pc-opt-rows pc-opt-added-sites">
            {settings.enabledSites.map((site) => (
              <li key={site} data-site={site}>
                <span class="pc-opt-row-main">{site}</span>
                <button
                  type="button"
                  aria-label={t('optionsSiteRemoveLabel', site)}
                  onClick={() => void setSiteOn(site, false).then((r) => report(r, t('optionsSiteRemoved', site)))}
                >
                  {t('optionsSiteRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="pc-opt-add-site" onSubmit={onAdd} noValidate>
          <label for="pc-opt-add-site">{t('optionsAddSiteLabel')}</label>
          <input
            id="pc-opt-add-site"
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="example.com"
            aria-describedby="pc-opt-add-site-hint"
            value={typed}
            onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
          />
          <button type="submit">{t('optionsAddSiteButton')}</button>
        </form>
        <p id="pc-opt-add-site-hint" class="pc-hint">{t('optionsAddSiteHint')}</p>
      </fieldset>
      <StatusLine status={status} />
    </section>
  );
}
