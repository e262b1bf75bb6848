// How marks look: a soft background, an underline, or nothing until the reader holds Alt.
import type { HighlightStyle } from '../../core/settings';
import { t } from '../../platform/i18n';
import { RadioGroup } from './RadioGroup';
import type { SectionProps } from './section';

export function HighlightStyleSection({ settings, update }: SectionProps) {
  return (
    <RadioGroup<HighlightStyle>
      name="highlight-style"
      legend={t('optionsStyleLegend')}
      value={settings.highlightStyle}
      onChange={(highlightStyle) => void update((s) => ({ ...s, highlightStyle }))}
      choices={[
        { value: 'background', label: t('optionsStyleBackground'), hint: t('optionsStyleBackgroundHint') },
        { value: 'underline', label: t('optionsStyleUnderline'), hint: t('optionsStyleUnderlineHint') },
        { value: 'hold', label: t('optionsStyleHold'), hint: t('optionsStyleHoldHint') },
      ]}
    />
  );
}
