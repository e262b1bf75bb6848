// Everything the content script does on one page, as a named object with its dependencies passed
// in: decide whether the page is on, annotate it, show cards on hover, answer the extension's
// messages, and tear itself down without a trace when the extension's context is gone.
//
// It trusts nothing from the page: input events are checked for isTrusted (HoverController,
// HoverCard), messages are parsed against the protocol and accepted only from this extension,
// and "our context is gone" is decided from the extension's own runtime, never from a page event.
import { CompiledMatcher } from '../core/matcher';
import {
  parseContentRequest,
  type BackgroundRequest,
  type BackgroundResponse,
  type ContentRequest,
  type PageMentionsResponse,
} from '../core/protocol';
import { hiddenEntities } from '../core/mark-filter';
import { isActiveOn, packsSignature, type Settings } from '../core/settings';
import type { NotThisScope } from '../components/NotThis';
import type { MessageKey } from '../platform/i18n';
import { PageAnnotator, type MarkRules } from './annotator';
import { CardHost } from './card-host';
import type { PaintedMention } from './highlights';
import { watchHoldKey } from './hold-key';
import { HoverController } from './hover-controller';
import { watchStory } from './story-watch';
import { untilFound } from './until-found';

/** How often the session checks that the extension is still there and its marks still painted. */
export const GUARD_INTERVAL_MS = 1000;
/** A real click opens one extension tab; a second within this time is the same gesture. */
export const OPEN_DETAIL_DEBOUNCE_MS = 1000;

export interface MessageSenderLike {
  id?: string;
}

export interface ContentSessionDeps {
  doc: Document;
  win: Window;
  hostname: string;
  ask<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R> | undefined>;
  loadSettings(): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  /** Adds the extension-message listener; returns its removal. */
  listen(handler: (message: unknown, sender: MessageSenderLike) => Promise<unknown> | undefined): () => void;
  /** This extension's id, or undefined once the extension was reloaded, updated or removed. */
  extensionId(): string | undefined;
  shadowMode: ShadowRootMode;
  /** The UI's words in the browser's language (platform/i18n.ts). */
  t: (key: MessageKey) => string;
}

export class ContentSession {
  private settings: Settings | undefined;
  private active = false;
  private disposed = false;
  private matcher: CompiledMatcher | undefined;
  private annotator: PageAnnotator | undefined;
  private run: AbortController | undefined;
  private hover: HoverController | undefined;
  private readonly card: CardHost;
  private readonly cleanups: (() => void)[] = [];
  /** Each card request gets a ticket; a newer request or a close voids older ones. */
  private cardTicket = 0;
  private lastDetailOpen = -Infinity;
  /** Set by the keyboard paths (commands, page index): the next card shown takes the focus. */
  private focusOnOpen = false;
  /** What had the focus before a card took it: Esc (or any close) gives it back. */
  private returnFocus: Element | null = null;
  /** Index of the mark last opened from the keyboard, in reading order. */
  private cursor: number | undefined;
  /** The article's publication date, when the page states one: cards speak of that day and of now. */
  private articleDate: string | undefined;
  /** Which packs' entities the match index holds (packsSignature). */
  private packs = '';
  /** Whether the reader holds Alt (the "hold" highlight style shows marks only then). */
  private holding = false;
  /** The card's stylesheet, asked of the background with the first card, once until it comes (ADR 0016). */
  private readonly cardCss = untilFound(async () => {
    const style = await this.guarded(() => this.deps.ask({ type: 'getCardStyle' }));
    return style && typeof style.css === 'string' && style.css ? style.css : undefined;
  });

  constructor(private readonly deps: ContentSessionDeps) {
    this.card = new CardHost(deps.doc, deps.shadowMode);
  }

  get isActive(): boolean {
    return this.active;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  get mentions(): readonly PaintedMention[] {
    return this.annotator?.mentions ?? [];
  }

  /** Loads settings, starts if this site is on, and keeps following settings and messages. */
  async begin(): Promise<void> {
    const settings = await this.guarded(() => this.deps.loadSettings());
    if (!settings || this.disposed) return;
    this.settings = settings;
    this.packs = packsSignature(settings.packs);
    this.cleanups.push(this.deps.watchSettings((next) => {
      this.settings = next;
      this.reloadIfPacksChanged();
      this.apply();
    }));
    this.cleanups.push(this.deps.listen((message, sender) => this.onMessage(message, sender)));
    const guard = this.deps.win.setInterval(() => this.checkGuard(), GUARD_INTERVAL_MS);
    this.cleanups.push(() => this.deps.win.clearInterval(guard));
    this.apply();
  }

  /**
   * A knowledge pack was imported, switched or removed: the match index this page holds is out of
   * date. Drop it and the marks made with it; apply() then starts again with a fresh index.
   */
  private reloadIfPacksChanged(): void {
    const packs = packsSignature(this.settings?.packs ?? []);
    if (packs === this.packs) return;
    this.packs = packs;
    if (this.active) this.stop();
    this.matcher = undefined;
    this.annotator = undefined;
  }

  /** Settings may have changed (the script was injected again): re-read them. */
  async refresh(): Promise<void> {
    const settings = await this.guarded(() => this.deps.loadSettings());
    if (!settings || this.disposed) return;
    this.settings = settings;
    this.reloadIfPacksChanged();
    this.apply();
  }

  /** Removes every mark, the card host and every listener. Safe to call twice; never throws. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.stop();
    for (const cleanup of this.cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // a listener API that died with the extension: nothing left to remove
      }
    }
  }

  private checkGuard(): void {
    if (this.disposed) return;
    if (this.deps.extensionId() === undefined) return this.dispose();
    if (this.active) this.annotator?.reassert();
  }

  private apply(): void {
    if (this.disposed || !this.settings) return;
    const shouldRun = isActiveOn(this.settings, this.deps.hostname);
    if (shouldRun && !this.active) {
      this.active = true;
      void this.start().catch(() => this.stop());
    } else if (!shouldRun && this.active) {
      this.stop();
    } else if (this.active && this.annotator) {
      // Categories, "not this", first mention, style: the marks found are filtered again, not re-matched.
      this.annotator.refilter();
      this.applyLook();
    }
  }

  /** The reader's settings as the annotator applies them, for this page as it is now. */
  private markRules(): MarkRules {
    const settings = this.settings!;
    const matcher = this.matcher;
    return {
      hidden: hiddenEntities(settings, { typeOf: (id) => matcher?.entity(id)?.type, href: this.deps.win.location.href, hostname: this.deps.hostname }),
      firstMention: settings.firstMentionOnly,
    };
  }

  /** Whether marks are showing: always, except in the "hold" style while Alt is not held. */
  private get marksShown(): boolean {
    return this.settings?.highlightStyle !== 'hold' || this.holding;
  }

  private applyLook(): void {
    const style = this.settings?.highlightStyle ?? 'background';
    this.annotator?.setLook(style === 'hold' ? (this.holding ? 'background' : 'hidden') : style);
  }

  private async start(): Promise<void> {
    const run = new AbortController();
    this.run = run;
    const index = this.matcher ? undefined : await this.guarded(() => this.deps.ask({ type: 'getMatchIndex' }));
    if (run.signal.aborted || this.disposed) return;
    if (!this.matcher) {
      if (!index || !('patterns' in index)) return this.stop();
      this.matcher = new CompiledMatcher(index);
    }
    this.annotator ??= new PageAnnotator(this.deps.doc, this.matcher, () => this.markRules());
    const page = this.annotator;
    this.applyLook();
    watchHoldKey(this.deps.win, (held) => {
      this.holding = held;
      this.applyLook();
    }, run.signal);
    this.hover = new HoverController(this.deps.win, {
      // Hidden marks ("hold" without Alt) open no card: the reader sees nothing there to hover.
      hit: (x, y) => (this.marksShown ? page.hit(x, y) : undefined),
      isInsideCard: (target) => this.card.contains(target),
      open: (p) => void this.showCard(p).catch(() => undefined),
      close: () => this.closeCard(),
      dwellMs: () => this.settings?.dwellMs ?? 250,
    }, run.signal);
    const annotate = async () => {
      // A run that fails (a page that broke something we rely on) leaves the session and its
      // watcher alive: the next change tries again.
      const result = await page.annotate().catch(() => ({ count: -1, marksChanged: false, skipped: true as const }));
      // The date is read with the story (a single-page app that swaps the story may change it),
      // and only when the story was read again.
      if (!result.skipped) this.articleDate = page.articleDate;
      return result;
    };
    watchStory(this.deps.doc, () => page.storyRoots, (node) => this.card.contains(node), annotate, run.signal);
    await annotate();
  }

  private stop(): void {
    this.active = false;
    this.cardTicket++;
    this.run?.abort();
    this.run = undefined;
    this.hover = undefined;
    this.cursor = undefined;
    this.holding = false;
    try {
      this.annotator?.clear();
      this.card.destroy();
    } catch {
      // the page may have broken the DOM APIs we clean up with; nothing more we can do
    }
  }

  private closeCard(): void {
    this.cardTicket++;
    this.focusOnOpen = false;
    const hadFocus = this.card.hasFocus();
    this.card.hide();
    // A keyboard reader goes back where they were, not to the top of the page.
    const back = this.returnFocus as HTMLElement | null;
    this.returnFocus = null;
    if (hadFocus && back?.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
    this.annotator?.setActive(undefined);
  }

  private async showCard(p: PaintedMention, entityId = p.mention.entityId): Promise<void> {
    const ticket = ++this.cardTicket;
    // A slow reply (a sleeping service worker) must never show a card the reader has already left.
    const articleDate = this.articleDate;
    // The small print on how the mark was matched belongs to the marked entity, not a related one.
    const match = entityId === p.mention.entityId ? { via: p.mention.via, text: p.mention.text.slice(0, 300) } : undefined;
    const [model, css] = await Promise.all([
      this.guarded(() => this.deps.ask({ type: 'getCard', id: entityId, ...(articleDate ? { articleDate } : {}), ...(match ? { match } : {}) })),
      this.cardCss(),
    ]);
    if (!model || !('summary' in model) || !css || ticket !== this.cardTicket || !this.active) return;
    this.annotator?.setActive(p);
    // Focus moves into the card when the keyboard opened it, and stays there when a related
    // entity's button (focused, then replaced) switched it; a hover never takes the focus.
    const takeFocus = this.focusOnOpen || this.card.hasFocus();
    this.focusOnOpen = false;
    if (takeFocus && !this.card.hasFocus()) this.returnFocus = this.deps.doc.activeElement;
    this.card.show(model, css, p.range, {
      onClose: () => this.hover?.closeNow(),
      onRelated: (id) => void this.showCard(p, id).catch(() => undefined),
      onOpenDetail: (id) => this.openDetail(id),
      // "Not this" is about the mark, so only on the marked entity's own card.
      notThis: entityId === p.mention.entityId ? {
        t: this.deps.t,
        onChoose: (scope) => this.notThis({ type: 'addNotThis', entityId, scope, text: p.mention.text.slice(0, 300) }),
        onUndo: (scope) => this.notThis({ type: 'removeNotThis', entityId, scope }),
      } : undefined,
    });
    if (takeFocus) this.card.focus();
  }

  /** Asks the background to add or remove a "not this" rule; the marks follow the settings watch. */
  private async notThis(request: { type: 'addNotThis'; entityId: string; scope: NotThisScope; text: string } | { type: 'removeNotThis'; entityId: string; scope: NotThisScope }): Promise<boolean> {
    const reply = await this.guarded(() => this.deps.ask(request));
    return !!reply && 'ok' in reply && reply.ok;
  }

  private openDetail(id: string): void {
    const now = this.deps.win.performance.now();
    if (now - this.lastDetailOpen < OPEN_DETAIL_DEBOUNCE_MS) return;
    this.lastDetailOpen = now;
    void this.guarded(() => this.deps.ask({ type: 'openDetail', id }));
  }

  private onMessage(message: unknown, sender: MessageSenderLike): Promise<unknown> | undefined {
    if (this.disposed) return undefined;
    const id = this.deps.extensionId();
    if (id === undefined || sender.id !== id) return Promise.resolve({ ok: false, error: 'refused: not from this extension' });
    const parsed = parseContentRequest(message);
    if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
    return Promise.resolve(this.answer(parsed.request));
  }

  private answer(request: ContentRequest): PageMentionsResponse | boolean | Promise<PageMentionsResponse> {
    const annotator = this.annotator;
    switch (request.type) {
      case 'getPageMentions':
        return summarise(this.active, annotator, this.matcher);
      case 'markWholePage': {
        if (!this.active || !annotator) return summarise(this.active, annotator, this.matcher);
        return annotator.markWholePage().then(() => summarise(this.active, annotator, this.matcher));
      }
      case 'openMention': {
        if (!this.active || !annotator) return false;
        // Any mention the index counts, painted or not (first-mention-only paints one of several).
        const matches = annotator.visibleMentions.filter((p) => p.mention.entityId === request.entityId);
        const p = matches[(request.occurrence ?? 0) % Math.max(1, matches.length)];
        return p ? this.focusMention(p) : false;
      }
      case 'stepMention': {
        if (!this.active || !annotator || annotator.mentions.length === 0) return false;
        const count = annotator.mentions.length;
        this.cursor = this.cursor === undefined ? (request.step > 0 ? 0 : count - 1) : (this.cursor + request.step + count) % count;
        return this.focusMention(annotator.mentions[this.cursor]!);
      }
    }
  }

  private focusMention(p: PaintedMention): boolean {
    p.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.focusOnOpen = true;
    this.hover?.openNow(p);
    return true;
  }

  /**
   * Runs a call into the extension. If it fails because the extension went away (reloaded,
   * updated), the session cleans up at once; any failure resolves to undefined, never throws.
   */
  private async guarded<T>(call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch {
      if (this.deps.extensionId() === undefined) this.dispose();
      return undefined;
    }
  }
}

function summarise(active: boolean, annotator: PageAnnotator | undefined, matcher: CompiledMatcher | undefined): PageMentionsResponse {
  // Every mention of the entities shown: first-mention-only thins the marks, not the index.
  const painted = annotator?.visibleMentions ?? [];
  const counts = new Map<string, number>();
  for (const p of painted) counts.set(p.mention.entityId, (counts.get(p.mention.entityId) ?? 0) + 1);
  const mentions = [...counts].map(([entityId, count]) => {
    const e = matcher?.entity(entityId);
    return { entityId, name: e?.name ?? entityId, type: e?.type ?? '', count };
  });
  return { active, mentions, ...(annotator ? { story: annotator.storyState } : {}) };
}
