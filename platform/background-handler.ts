// The background's answer to every message, with its dependencies passed in so it can be tested
// without a browser. Every message is parsed against the protocol first; privileged ones are
// accepted only from the extension's own pages; anything else gets an error reply.
import type { Entity, Kb } from '../core/kb-schema';
import type { MatchIndex } from '../core/match-index';
import { buildCardModel, type CardModel } from '../core/card-model';
import { displayName, type CardUi } from '../core/card-text';
import { PRIVILEGED_REQUESTS, type Ack, type CardStyle } from '../core/protocol';
import { HOVER_CARD_CSS } from '../components/card-styles';
import { parseBackgroundRequest } from '../core/protocol-background';
import { MAX_NOT_THIS, pageKey, siteKey, type NotThisRule, type Settings } from '../core/settings';

/** At most one extension tab per this interval from one page: a real click opens one, a script's burst no more. */
export const OPEN_DETAIL_MIN_INTERVAL_MS = 1000;
/** "Not this" and its undo from one tab: a reader clicks a few times a second at most; a script's flood stops here. */
export const NOT_THIS_MAX_PER_SECOND = 4;
/** The longest page address a rule stores (core/settings.ts accepts no longer `where`). */
const MAX_WHERE = 2048;

export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; index?: number; url?: string };
}

export interface BackgroundDeps {
  kb: Kb;
  matchIndex: MatchIndex;
  /** Entities from the reader's knowledge packs, by id: their cards say which pack. */
  packOf?: ReadonlyMap<string, { name: string }>;
  /** This extension's id and the prefix of its own pages' addresses. */
  extensionId: string;
  extensionOrigin: string;
  /** Re-registers the content script from the stored settings. */
  syncRegistration(): Promise<void>;
  /** Runs the content script in a tab now. */
  injectInto(tabId: number): Promise<void>;
  openTab(url: string, index: number): Promise<void>;
  extensionPageUrl(path: string): string;
  /** Reads, changes and stores the settings (platform/settings-store.ts). */
  updateSettings(change: (current: Settings) => Settings): Promise<Settings>;
  now(): number;
  /** The UI's words and language for cards (the browser's language; English when left out). */
  ui?: CardUi;
}

export type BackgroundReply = MatchIndex | CardModel | CardStyle | null | Ack;

export function createBackgroundHandler(deps: BackgroundDeps) {
  const byId = new Map<string, Entity>(deps.kb.entities.map((e) => [e.id, e]));
  const lastDetailOpen = new Map<number | undefined, number>();
  const notThisTimes = new Map<number | undefined, number[]>();
  // One settings change at a time: two quick clicks must not both read the old list and lose one rule.
  let settingsQueue: Promise<unknown> = Promise.resolve();
  const update = (change: (current: Settings) => Settings) => {
    const next = settingsQueue.then(() => deps.updateSettings(change));
    settingsQueue = next.catch(() => undefined);
    return next;
  };
  /** Whether this tab may change a "not this" rule now (a sliding one-second window). */
  const notThisAllowed = (tabId: number | undefined) => {
    const now = deps.now();
    const recent = (notThisTimes.get(tabId) ?? []).filter((t) => now - t < 1000);
    if (recent.length >= NOT_THIS_MAX_PER_SECOND) return false;
    recent.push(now);
    notThisTimes.set(tabId, recent);
    return true;
  };

  const isExtensionPage = (sender: MessageSenderLike) =>
    sender.id === deps.extensionId && typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin);

  return async function handle(message: unknown, sender: MessageSenderLike): Promise<BackgroundReply> {
    if (sender.id !== deps.extensionId) return { ok: false, error: 'refused: not from this extension' };
    const parsed = parseBackgroundRequest(message);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const request = parsed.request;
    if (PRIVILEGED_REQUESTS.has(request.type) && !isExtensionPage(sender)) {
      return { ok: false, error: `refused: ${request.type} is accepted only from the extension's own pages` };
    }
    switch (request.type) {
      case 'getMatchIndex':
        return deps.matchIndex;
      case 'getCard': {
        const entity = byId.get(request.id);
        if (!entity) return null;
        // The card is built here, in the UI's language: the content script only renders it.
        const lang = deps.ui?.lang ?? 'en';
        const nameOf = (id: string) => {
          const other = byId.get(id);
          return other && displayName(other.name, lang);
        };
        const model = buildCardModel(entity, nameOf, {
          ...(request.articleDate ? { articleDate: request.articleDate } : {}),
          ...(deps.kb.asOf ? { asOf: deps.kb.asOf } : {}),
          today: new Date(deps.now()).toISOString().slice(0, 10),
        }, request.match, deps.ui);
        const pack = deps.packOf?.get(entity.id);
        return pack ? { ...model, pack: pack.name } : model;
      }
      case 'getCardStyle':
        return { css: HOVER_CARD_CSS };
      case 'openDetail': {
        if (!byId.has(request.id)) return { ok: false, error: 'unknown entity' };
        const tabId = sender.tab?.id;
        const last = lastDetailOpen.get(tabId);
        if (last !== undefined && deps.now() - last < OPEN_DETAIL_MIN_INTERVAL_MS) return { ok: false, error: 'refused: too soon after the last one' };
        lastDetailOpen.set(tabId, deps.now());
        // The entity's own page, in a tab right after the article's.
        await deps.openTab(deps.extensionPageUrl(`/entity.html?${new URLSearchParams({ id: request.id })}`), (sender.tab?.index ?? 0) + 1);
        return { ok: true };
      }
      case 'addNotThis':
      case 'removeNotThis': {
        // Where the rule applies comes from the browser's record of the sender (the frame that
        // asked), never from the message: a page can only hide marks on itself or its own site.
        const where = notThisWhere(request.scope, sender.url ?? sender.tab?.url);
        if (where === null) return { ok: false, error: `refused: no web page to say "not this" ${request.scope === 'page' ? 'page' : 'site'} for` };
        if (!notThisAllowed(sender.tab?.id)) return { ok: false, error: 'refused: too many "not this" changes at once' };
        const same = (r: NotThisRule) => r.entityId === request.entityId && r.scope === request.scope && r.where === where;
        try {
          if (request.type === 'removeNotThis') {
            await update((s) => ({ ...s, notThis: s.notThis.filter((r) => !same(r)) }));
            return { ok: true };
          }
          const rule: NotThisRule = { entityId: request.entityId, scope: request.scope, ...(where === undefined ? {} : { where }), text: request.text, added: deps.now() };
          await update((s) => {
            if (s.notThis.some(same)) return s;
            // A list over the limit would be read back as corrupt (and reset): refuse instead.
            if (s.notThis.length >= MAX_NOT_THIS) throw new Error('the "not this" list is full');
            return { ...s, notThis: [...s.notThis, rule] };
          });
          return { ok: true };
        } catch (error) {
          return { ok: false, error: String(error) };
        }
      }
      case 'syncSites':
        try {
          await deps.syncRegistration();
          if (request.tabId !== undefined) await deps.injectInto(request.tabId);
          return { ok: true };
        } catch (error) {
          return { ok: false, error: String(error) };
        }
    }
  };
}

/**
 * The `where` of a "not this" rule from the sender's address: the page (no query or fragment) or
 * the site; undefined for everywhere; null when the sender is no web page (or its address is too
 * long to store).
 */
export function notThisWhere(scope: NotThisRule['scope'], url: string | undefined): string | undefined | null {
  if (scope === 'everywhere') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const where = scope === 'page' ? pageKey(parsed.href) : siteKey(parsed.hostname);
  return where.length > 0 && where.length <= MAX_WHERE ? where : null;
}
