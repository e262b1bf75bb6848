// The master switch: on or off for every site at once.
import { t } from '../../platform/i18n';
import type { SectionProps } from './section';

export function MasterSwitch({ settings, update }: SectionProps) {
  return (
    <section class="pc-opt-section pc-opt-master" aria-labelledby="pc-opt-enabled-label">
      <label class="pc-switch pc-opt-big">
        <input
          id="pc-opt-enabled"
          type="checkbox"
          checked={settings.enabled}
          aria-describedby="pc-opt-enabled-hint"
          onChange={(e) => void update((s) => ({ ...s, enabled: (e.target as HTMLInputElement).checked }))}
        />
        <span id="pc-opt-enabled-label">{t('optionsEnabled')}</span>
      </label>
      <p id="pc-opt-enabled-hint" class="pc-hint">{t('optionsEnabledHint')}</p>
    </section>
  );
}
