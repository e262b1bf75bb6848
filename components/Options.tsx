// The options page: every reader setting, each section in its own file under components/options/.
// All browser access goes through the OptionsPlatform, so the view renders with a fake in tests.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Kb } from '../core/kb-schema';
import type { Settings } from '../core/settings';
import { t, uiIsChinese } from '../platform/i18n';
import type { OptionsPlatform } from '../platform/options-platform';
import { CategoriesSection } from './options/CategoriesSection';
import { FirstMentionSection } from './options/FirstMentionSection';
import { HighlightStyleSection } from './options/HighlightStyleSection';
import { HoverDelaySection } from './options/HoverDelaySection';
import { MasterSwitch } from './options/MasterSwitch';
import { NotThisSection } from './options/NotThisSection';
import { ResetSection } from './options/ResetSection';
import { SitesSection } from './options/SitesSection';
import { PacksPanel } from './PacksPanel';

export interface OptionsProps {
  kb: Kb;
  platform: OptionsPlatform;
}

export function Options({ kb, platform }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [repaired, setRepaired] = useState<string[]>([]);
  const names = useMemo(() => {
    const chinese = uiIsChinese();
    return new Map(kb.entities.map((e) => [e.id, chinese && e.name.zh ? e.name.zh : e.name.en]));
  }, [kb]);

  useEffect(() => {
    void platform.loadSettings().then((loaded) => {
      setSettings(loaded.settings);
      setRepaired(loaded.repaired);
    });
    // Another window, the popup or a card may change settings while this page is open.
    return platform.watchSettings(setSettings);
  }, [platform]);

  if (!settings) return <main class="pc-options" aria-busy="true"><p class="pc-hint">{t('optionsLoading')}</p></main>;

  const update = async (change: (s: Settings) => Settings) => setSettings(await platform.updateSettings(change));
  const setSiteOn = async (site: string, on: boolean) => {
    const result = await platform.setSiteOn(site, on);
    setSettings((await platform.loadSettings()).settings);
    return result;
  };
  const reset = async () => {
    setSettings(await platform.resetSettings());
    setRepaired([]);
  };
  const section = { settings, update };

  return (
    <main class="pc-options">
      <header class="pc-opt-head">
        <h1>{t('optionsTitle')}</h1>
        <p class="pc-hint">{t('optionsIntro')}</p>
      </header>
      {repaired.length > 0 && (
        <p class="pc-notice pc-opt-repaired" role="alert">
          {t('optionsRepaired', repaired.join(', '))}
        </p>
      )}
      <MasterSwitch {...section} />
      <div class={settings.enabled ? 'pc-opt-body' : 'pc-opt-body pc-opt-off'}>
        <CategoriesSection {...section} />
        <HighlightStyleSection {...section} />
        <FirstMentionSection {...section} />
        <HoverDelaySection {...section} />
        <SitesSection settings={settings} setSiteOn={setSiteOn} />
        <NotThisSection {...section} nameOf={(id) => names.get(id)} download={platform.download} />
        <div class="pc-opt-section">
          <PacksPanel platform={platform.packs} />
        </div>
        <ResetSection reset={reset} />
      </div>
      <footer class="pc-opt-foot">
        {kb.asOf ? t('optionsFooter', kb.version, kb.asOf, kb.entities.length) : t('optionsFooterUndated', kb.version, kb.entities.length)}
      </footer>
    </main>
  );
}
