// Whether only the first mention of each entity is marked; auto decides by the story's length.
import { LONG_STORY_WORDS, type FirstMentionMode } from '../../core/settings';
import { t } from '../../platform/i18n';
import { RadioGroup } from './RadioGroup';
import type { SectionProps } from './section';

export function FirstMentionSection({ settings, update }: SectionProps) {
  return (
    <RadioGroup<FirstMentionMode>
      name="first-mention"
      legend={t('optionsFirstLegend')}
      value={settings.firstMentionOnly}
      onChange={(firstMentionOnly) => void update((s) => ({ ...s, firstMentionOnly }))}
      choices={[
        { value: 'auto', label: t('optionsFirstAuto') },
        { value: 'on', label: t('optionsFirstOn') },
        { value: 'off', label: t('optionsFirstOff') },
      ]}
    >
      <p class="pc-hint pc-opt-why">{t('optionsFirstAutoWhy', LONG_STORY_WORDS)}</p>
    </RadioGroup>
  );
}
