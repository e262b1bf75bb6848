// The floating card shown next to a highlighted mention: a labelled dialog-like region that screen
// readers announce, with a close button; Esc is handled by the content script. Its buttons act only
// on trusted input: a page script's synthetic click never opens a tab or switches the card.
import type { CardModel } from '../core/card-model';
import { t } from '../platform/i18n';
import { EntityCard } from './EntityCard';
import { NotThis, type NotThisProps } from './NotThis';

export interface HoverCardProps {
  model: CardModel;
  onClose: () => void;
  onRelated: (id: string) => void;
  /** Opens this entity in the extension's own page (search, full detail). */
  onOpenDetail: (id: string) => void;
  /** "Not this" for the marked entity (absent when the card shows a related one). */
  notThis?: NotThisProps | undefined;
}

export function HoverCard({ model, onClose, onRelated, onOpenDetail, notThis }: HoverCardProps) {
  const headingId = `pc-title-${model.id}`;
  return (
    // lang: the card speaks the UI's language, whatever the page's <html lang> says. tabIndex -1: the
    // keyboard commands move focus here (not into the page's tab order).
    <div class="pc-popover" role="dialog" aria-modal="false" aria-labelledby={headingId} lang={t('uiLang')} tabIndex={-1}>
      <div class="pc-actions">
        <button type="button" class="pc-open-detail" title={t('cardOpenTitle')} onClick={(e) => e.isTrusted && onOpenDetail(model.id)}>
          {t('cardOpen')} <span aria-hidden="true">↗</span>
        </button>
        <button type="button" class="pc-close" aria-label={t('cardClose')} onClick={(e) => e.isTrusted && onClose()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <EntityCard model={model} onRelated={(id, e) => e.isTrusted && onRelated(id)} headingId={headingId} />
      {notThis && <NotThis key={model.id} {...notThis} />}
    </div>
  );
}
