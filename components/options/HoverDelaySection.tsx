// How long the pointer rests on a mark before its card opens: a slider and a number, in ms.
import { useEffect, useState } from 'preact/hooks';
import { DWELL_MS_DEFAULT, DWELL_MS_MAX } from '../../core/settings';
import { t } from '../../platform/i18n';
import type { SectionProps } from './section';

const STEP_MS = 50;

/** A typed value to a stored one: a whole number of ms within range, or undefined if it is not a number. */
function toDwell(text: string): number | undefined {
  const n = Math.round(Number(text));
  if (text.trim() === '' || !Number.isFinite(n)) return undefined;
  return Math.min(DWELL_MS_MAX, Math.max(0, n));
}

export function HoverDelaySection({ settings, update }: SectionProps) {
  // What the reader is typing; stored on change (blur, Enter, slider release), not on every key.
  const [draft, setDraft] = useState(String(settings.dwellMs));
  useEffect(() => setDraft(String(settings.dwellMs)), [settings.dwellMs]);
  const commit = (text: string) => {
    const ms = toDwell(text);
    if (ms === undefined) return setDraft(String(settings.dwellMs));
    setDraft(String(ms));
    if (ms !== settings.dwellMs) void update((s) => ({ ...s, dwellMs: ms }));
  };
  const onInput = (e: Event) => setDraft((e.target as HTMLInputElement).value);
  const onChange = (e: Event) => commit((e.target as HTMLInputElement).value);
  return (
    <fieldset class="pc-opt-section pc-opt-dwell">
      <legend>{t('optionsDwellLabel')}</legend>
      <div class="pc-opt-dwell-row">
        <input
          id="pc-opt-dwell-range"
          type="range"
          min={0}
          max={DWELL_MS_MAX}
          step={STEP_MS}
          value={toDwell(draft) ?? settings.dwellMs}
          aria-label={t('optionsDwellLabel')}
          aria-describedby="pc-opt-dwell-hint"
          onInput={onInput}
          onChange={onChange}
        />
        <label class="pc-visually-hidden" for="pc-opt-dwell">{t('optionsDwellLabel')}</label>
        <input
          id="pc-opt-dwell"
          type="number"
          min={0}
          max={DWELL_MS_MAX}
          step={10}
          inputMode="numeric"
          value={draft}
          aria-describedby="pc-opt-dwell-hint"
          onInput={onInput}
          onChange={onChange}
        />
        <span aria-hidden="true">{t('optionsDwellUnit')}</span>
      </div>
      <p id="pc-opt-dwell-hint" class="pc-hint">{t('optionsDwellHint', DWELL_MS_MAX, DWELL_MS_DEFAULT)}</p>
    </fieldset>
  );
}
