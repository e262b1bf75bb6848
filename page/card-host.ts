// Owns the card's one shadow host (the only node the extension ever adds to a page), positions the
// card next to a mention with floating-ui, and lets the Preact view render inside it.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { h } from 'preact';
import { HoverCard } from '../components/HoverCard';
import { HOVER_CARD_CSS } from '../components/card-styles';
import type { CardModel } from '../core/card-model';

export const CARD_HOST_TAG = 'policy-context-card';
const VIEWPORT_MARGIN_PX = 8;
const GAP_PX = 6;

export class CardHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  private readonly doc: Document;

  constructor(doc: Document) {
    this.doc = doc;
  }

  /** The host element, if a card was ever shown (hit tests ask whether the pointer is inside). */
  get element(): HTMLElement | undefined {
    return this.host;
  }

  show(model: CardModel, anchor: Range, handlers: { onClose: () => void; onRelated: (id: string) => void; onOpenDetail: (id: string) => void }): void {
    const root = this.ensureRoot();
    if (!root) return;
    render(h(HoverCard, { model, ...handlers }), root);
    const popover = root.querySelector<HTMLElement>('.pc-popover');
    if (!popover) return;
    this.stopAutoUpdate?.();
    const reference = { getBoundingClientRect: () => anchor.getBoundingClientRect(), getClientRects: () => anchor.getClientRects() };
    const place = () =>
      void computePosition(reference, popover, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(GAP_PX),
          flip({ padding: VIEWPORT_MARGIN_PX }),
          shift({ padding: VIEWPORT_MARGIN_PX }),
          size({
            padding: VIEWPORT_MARGIN_PX,
            apply: ({ availableHeight }) => {
              popover.style.maxHeight = `${Math.max(160, Math.min(480, availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        popover.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    this.stopAutoUpdate = autoUpdate(reference, popover, place, { animationFrame: false });
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    if (this.root) render(null, this.root);
  }

  contains(target: EventTarget | null): boolean {
    return !!this.host && target instanceof Node && (target === this.host || this.host.contains(target));
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
  }

  /** The shadow root, created on first use; undefined if the page made that impossible. */
  private ensureRoot(): ShadowRoot | undefined {
    if (this.root && this.host?.isConnected) return this.root;
    this.host?.remove();
    const host = this.doc.createElement(CARD_HOST_TAG);
    // The host sits on <html>, outside the page's <body>, above everything the page stacks.
    host.style.setProperty('all', 'initial');
    host.style.setProperty('position', 'fixed');
    host.style.setProperty('top', '0');
    host.style.setProperty('left', '0');
    host.style.setProperty('z-index', '2147483647');
    let root: ShadowRoot;
    try {
      root = host.attachShadow({ mode: 'open' });
    } catch {
      // A hostile page that registered our tag name with its own shadow root: no card, no breakage.
      return undefined;
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOVER_CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.root = root;
    return root;
  }
}
