// One line that tells the reader what just happened (or went wrong), read out by screen readers.
import type { ComponentChildren } from 'preact';

export interface Status {
  kind: 'ok' | 'error';
  text: string;
}

export function StatusLine({ status, children }: { status: Status | undefined; children?: ComponentChildren }) {
  // The live region is always in the page, so a message added later is announced.
  return (
    <p class={`pc-opt-status${status?.kind === 'error' ? ' pc-opt-error' : ''}`} role={status?.kind === 'error' ? 'alert' : 'status'}>
      {status?.text ?? ''}
      {status && children}
    </p>
  );
}
