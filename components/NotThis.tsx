// "Not this" on the hover card: the reader says a mark is a wrong match and chooses where it stays
// hidden (this page, this site, everywhere); then "Hidden on … Undo". Only real (trusted) clicks act:
// a page script's synthetic click must not hide marks or undo. A class component, not hooks: the
// content script already carries Preact's core, and hooks would add to its size budget.
import { Component } from 'preact';
import type { NotThisRule } from '../core/settings';
import type { MessageKey } from '../platform/i18n';

export type NotThisScope = NotThisRule['scope'];

export interface NotThisProps {
  /** The UI's words (platform/i18n.ts, wired by the entrypoint). */
  t: (key: MessageKey) => string;
  /** Asks the background to add the rule; resolves whether it was stored. */
  onChoose: (scope: NotThisScope) => Promise<boolean>;
  /** Asks the background to remove the rule just added; resolves whether it was removed. */
  onUndo: (scope: NotThisScope) => Promise<boolean>;
}

interface NotThisState {
  hidden?: NotThisScope;
  failed?: boolean;
}

const CHOICES: [NotThisScope, MessageKey][] = [['page', 'cardNotThisPage'], ['site', 'cardNotThisSite'], ['everywhere', 'cardNotThisEverywhere']];
const HIDDEN: Record<NotThisScope, MessageKey> = { page: 'cardHiddenPage', site: 'cardHiddenSite', everywhere: 'cardHiddenEverywhere' };

export class NotThis extends Component<NotThisProps, NotThisState> {
  override state: NotThisState = {};

  private act(e: MouseEvent, call: () => Promise<boolean>, next: NotThisState): void {
    if (!e.isTrusted) return;
    void call().catch(() => false).then((ok) => this.setState(ok ? next : { ...this.state, failed: true }));
  }

  override render() {
    const { hidden, failed } = this.state;
    const t = this.props.t;
    return (
      <div class="pc-not-this" role="group" aria-label={t('cardNotThis')}>
        {hidden ? (
          <>
            <span role="status">{t(HIDDEN[hidden])}</span>{' '}
            <button type="button" class="pc-not-this-undo" onClick={(e) => this.act(e, () => this.props.onUndo(hidden), {})}>
              {t('cardNotThisUndo')}
            </button>
          </>
        ) : (
          <>
            <span>{t('cardNotThis')}</span>
            {CHOICES.map(([scope, key]) => (
              <button type="button" key={scope} class={`pc-not-this-${scope}`} onClick={(e) => this.act(e, () => this.props.onChoose(scope), { hidden: scope })}>
                {t(key)}
              </button>
            ))}
          </>
        )}
        {failed && <span role="alert"> {t('cardNotThisFailed')}</span>}
      </div>
    );
  }
}
