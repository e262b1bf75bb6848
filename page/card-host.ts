// Owns the card's one shadow host (the only node the extension ever adds to a page), positions the
// card next to a mention (core/card-placement.ts), and lets the Preact view render inside it.
import { render } from 'preact';
import { h } from 'preact';
import { HoverCard } from '../components/HoverCard';
import type { NotThisProps } from '../components/NotThis';
import type { CardModel } from '../core/card-model';
import { placeCard } from '../core/card-placement';
import { randomSuffix } from './highlights';

/**
 * The host is a plain <div> marked with this attribute, never a custom element: a page can define
 * any custom element name first, and its constructor (attachInternals) would then reach our closed
 * shadow root. The attribute only lets tests find the host; the page can see it appear anyway.
 */
export const CARD_HOST_ATTRIBUTE = 'data-policy-context-card';

/**
 * The host's own box, every declaration !important: the page's stylesheets (even `!important`
 * rules on `html > *` or `* { all: unset }`) cannot restyle, hide or cover it. Inside the shadow
 * root the page's CSS does not reach at all.
 */
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['pointer-events', 'auto'],
  ['direction', 'ltr'],
  ['z-index', '2147483647'],
];

export interface CardHandlers {
  onClose: () => void;
  onRelated: (id: string) => void;
  /** Called only for a real (trusted) click; see HoverCard. */
  onOpenDetail: (id: string) => void;
  /** "Not this" on the marked entity's card; see NotThis. */
  notThis?: NotThisProps | undefined;
}

export class CardHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  private readonly doc: Document;
  private readonly shadowMode: ShadowRootMode;

  /** shadowMode is 'closed' in every build readers get; only the test build opens it for probes. */
  constructor(doc: Document, shadowMode: ShadowRootMode = 'closed') {
    this.doc = doc;
    this.shadowMode = shadowMode;
  }

  /** The host element, if a card was ever shown (hit tests ask whether the pointer is inside). */
  get element(): HTMLElement | undefined {
    return this.host;
  }

  /** `css` is the card's stylesheet, served by the background (ADR 0016). */
  show(model: CardModel, css: string, anchor: Range, handlers: CardHandlers): void {
    const root = this.ensureRoot(css);
    if (!root) return;
    this.reclaimHost();
    render(h(HoverCard, { model, ...handlers }), root);
    const popover = root.querySelector<HTMLElement>('.pc-popover');
    if (!popover) return;
    this.stopAutoUpdate?.();
    const place = () => {
      const win = this.doc.defaultView;
      if (!win) return;
      // The mark's first line box: a name broken over two lines gets its card under the first part.
      const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
      popover.style.maxHeight = '';
      const { x, y, maxHeight } = placeCard(rect, { width: popover.offsetWidth, height: popover.scrollHeight }, { width: win.innerWidth, height: win.innerHeight });
      popover.style.maxHeight = `${maxHeight}px`;
      popover.style.transform = `translate(${x}px, ${y}px)`;
    };
    this.stopAutoUpdate = followScrollAndResize(this.doc.defaultView, place);
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    if (this.root) render(null, this.root);
  }

  /** Moves the keyboard focus into the open card (its dialog element), without scrolling the page. */
  focus(): void {
    this.root?.querySelector<HTMLElement>('.pc-popover')?.focus({ preventScroll: true });
  }

  /** Whether the focus is inside the card (the document sees only the host as its active element). */
  hasFocus(): boolean {
    return !!this.host && this.doc.activeElement === this.host;
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
  private ensureRoot(css: string): ShadowRoot | undefined {
    if (this.root && this.host) return this.root;
    // The host sits on <html>, outside the page's <body>, above everything the page stacks.
    const host = this.doc.createElement('div');
    host.setAttribute(CARD_HOST_ATTRIBUTE, '');
    let root: ShadowRoot;
    try {
      root = host.attachShadow({ mode: this.shadowMode });
    } catch {
      return undefined; // a page that broke attachShadow itself: no card, no breakage
    }
    const sheet = new CSSStyleSheet();
    // Our colour variables get a name no page can guess: a page may register a property of the same
    // name (CSS.registerProperty, document-wide, shadow roots included) with a syntax our colours fail.
    sheet.replaceSync(css.replaceAll('--pc-', `--pc${randomSuffix()}-`));
    root.adoptedStyleSheets = [sheet];
    this.host = host;
    this.applyHostStyle();
    this.doc.documentElement.appendChild(host);
    this.root = root;
    return root;
  }

  /**
   * Before every show: a page script may have moved the host, removed it, made it inert or hidden,
   * or edited its inline style. Put it back as ours. (A page's top-layer element, a dialog or
   * popover, can still cover it: nothing outside the top layer can be above those.)
   */
  private reclaimHost(): void {
    const host = this.host;
    if (!host) return;
    for (const attribute of ['inert', 'hidden', 'popover', 'class', 'id']) host.removeAttribute(attribute);
    this.applyHostStyle();
    if (host.parentNode !== this.doc.documentElement || host !== this.doc.documentElement.lastElementChild) {
      this.doc.documentElement.appendChild(host);
    }
  }

  /** The host's own box, every declaration !important and inline (it beats page `!important` rules). */
  private applyHostStyle(): void {
    if (!this.host) return;
    for (const [property, value] of HOST_STYLE) this.host.style.setProperty(property, value, 'important');
  }
}

/**
 * Re-places the card when the page scrolls (any scroller: capture phase) or the window resizes, at
 * most once a frame, until the returned function is called.
 */
function followScrollAndResize(win: Window | null, place: () => void): () => void {
  if (!win) return () => undefined;
  const controller = new AbortController();
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  const options = { capture: true, passive: true, signal: controller.signal };
  win.addEventListener('scroll', schedule, options);
  win.addEventListener('resize', schedule, options);
  place();
  return () => {
    controller.abort();
    win.cancelAnimationFrame(frame);
  };
}
