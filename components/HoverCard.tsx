// The floating card shown next to a highlighted mention: a labelled dialog-like region that screen
// readers announce, with a close button; Esc is handled by the content script. Its buttons act only
// on trusted input: a page script's synthetic click never opens a tab or switches the card.
import type { CardModel } from '../core/card-model';
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
    <div class="pc-popover" role="dialog" aria-modal="false" aria-labelledby={headingId}>
      <div class="pc-actions">
        <button type="button" class="pc-open-detail" title="Open in Policy Context: search and full detail" onClick={(e) => e.isTrusted && onOpenDetail(model.id)}>
          Open ↗
        </button>
        <button type="button" class="pc-close" aria-label="Close card" onClick={(e) => e.isTrusted && onClose()}>
          ×
        </button>
      </div>
      <EntityCard model={model} onRelated={(id, e) => e.isTrusted && onRelated(id)} headingId={headingId} />
      {notThis && <NotThis key={model.id} {...notThis} />}
    </div>
  );
}
