// The floating card shown next to a highlighted mention: a labelled dialog-like region that screen
// readers announce, with a close button; Esc is handled by the content script.
import type { CardModel } from '../core/card-model';
import { EntityCard } from './EntityCard';

export interface HoverCardProps {
  model: CardModel;
  onClose: () => void;
  onRelated: (id: string) => void;
}

export function HoverCard({ model, onClose, onRelated }: HoverCardProps) {
  const headingId = `pc-title-${model.id}`;
  return (
    <div class="pc-popover" role="dialog" aria-modal="false" aria-labelledby={headingId}>
      <button type="button" class="pc-close" aria-label="Close card" onClick={onClose}>
        ×
      </button>
      <EntityCard model={model} onRelated={onRelated} headingId={headingId} />
    </div>
  );
}
