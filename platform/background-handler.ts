// The background's answer to every message, with its dependencies passed in so it can be tested
// without a browser. Every message is parsed against the protocol first; privileged ones are
// accepted only from the extension's own pages; anything else gets an error reply.
import type { Entity, Kb } from '../core/kb-schema';
import type { MatchIndex } from '../core/match-index';
import { buildCardModel, type CardModel } from '../core/card-model';
import { displayName, type CardUi } from '../core/card-text';
import { PRIVILEGED_REQUESTS, type Ack } from '../core/protocol';
import { parseBackgroundRequest } from '../core/protocol-background';

/** At most one extension tab per this interval from one page: a real click opens one, a script's burst no more. */
export const OPEN_DETAIL_MIN_INTERVAL_MS = 1000;

export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; index?: number };
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
  now(): number;
  /** The UI's words and language for cards (the browser's language; English when left out). */
  ui?: CardUi;
}

export type BackgroundReply = MatchIndex | CardModel | null | Ack;

export function createBackgroundHandler(deps: BackgroundDeps) {
  const byId = new Map<string, Entity>(deps.kb.entities.map((e) => [e.id, e]));
  const lastDetailOpen = new Map<number | undefined, number>();

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
