// Reset to defaults, asked twice inside the page (no window.confirm: it blocks every tab of the
// extension and cannot be styled or read as part of the page). Sites the reader added stay.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { StatusLine, type Status } from './StatusLine';

export function ResetSection({ reset }: { reset: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question: onto its safe answer when asked, back to the button after.
  useLayoutEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (asked.current) start.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  const confirm = async () => {
    await reset();
    setConfirming(false);
    setStatus({ kind: 'ok', text: t('optionsResetDone') });
  };

  return (
    <section class="pc-opt-section pc-opt-reset" aria-labelledby="pc-opt-reset-title">
      <h2 id="pc-opt-reset-title">{t('optionsResetLegend')}</h2>
      {confirming ? (
        <div class="pc-opt-confirm" role="group" aria-labelledby="pc-opt-reset-question">
          <p id="pc-opt-reset-question">{t('optionsResetQuestion')}</p>
          <button type="button" class="pc-danger pc-opt-reset-yes" onClick={() => void confirm()}>
            {t('optionsResetConfirm')}
          </button>{' '}
          <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
            {t('optionsResetCancel')}
          </button>
        </div>
      ) : (
        <button type="button" ref={start} class="pc-opt-reset-start" onClick={() => (setStatus(undefined), setConfirming(true))}>
          {t('optionsResetButton')}
        </button>
      )}
      <StatusLine status={status} />
    </section>
  );
}
