// The one message protocol between the extension's own contexts (background, content script,
// popup). Every message is parsed against its schema before anything acts on it: a message whose
// shape is wrong is refused with an error, never half-handled. The background's requests are
// checked with zod (protocol-background.ts); the content script's by hand here, to keep zod out of
// its size budget.
import type { CardModel } from './card-model';
import type { MatchVia } from './matcher';
import type { MatchIndex } from './match-index';

/** Asked of the background by content scripts and extension pages (schema: protocol-background.ts). */
export type BackgroundRequest =
  /** The compact match index, asked once per annotated page (kept out of the content script's bundle). */
  | { type: 'getMatchIndex' }
  /**
   * Everything a card needs in one round trip: the card's view-model, built in the background
   * (keeping the model code out of the content script), for the article's date if the page has one.
   */
  | { type: 'getCard'; id: string; articleDate?: string; match?: { via: MatchVia; text: string } }
  /**
   * The card's stylesheet, asked once per page with the first card: it is served, not bundled, to
   * keep about 1 kB (gzip) out of the script every news page loads (ADR 0016).
   */
  | { type: 'getCardStyle' }
  /** Open the extension's own page on an entity, next to the article (after a real click). */
  | { type: 'openDetail'; id: string }
  /**
   * "Not this" from a card (after a real click): hide this entity's marks on the sender's page, its
   * site, or everywhere. The background takes the page or site from the sender, never from the
   * message, so a page cannot write a rule for another site.
   */
  | { type: 'addNotThis'; entityId: string; scope: 'page' | 'site' | 'everywhere'; text: string }
  /** Undo of addNotThis: removes that rule (the same entity, scope and sender's page or site). */
  | { type: 'removeNotThis'; entityId: string; scope: 'page' | 'site' | 'everywhere' }
  /**
   * Privileged, extension pages only: settings changed, bring the content-script registration in
   * step, and run the script in tabId now if given.
   */
  | { type: 'syncSites'; tabId?: number };

/** Requests only extension pages may make; a content script (a page's agent) never may. */
export const PRIVILEGED_REQUESTS: ReadonlySet<BackgroundRequest['type']> = new Set(['syncSites']);

export interface Ack {
  ok: boolean;
  error?: string;
}

/** The card's stylesheet (components/card-styles.ts HOVER_CARD_CSS). */
export interface CardStyle {
  css: string;
}

export type BackgroundResponse<R extends BackgroundRequest> = R extends { type: 'getMatchIndex' }
  ? MatchIndex
  : R extends { type: 'getCard' }
    ? CardModel | null
    : R extends { type: 'getCardStyle' }
      ? CardStyle
      : Ack;

/**
 * Sent by the extension (popup, background's keyboard command) to a tab's content script. Checked
 * by hand rather than with zod: this side ships in the content script, under a size budget.
 */
export type ContentRequest =
  | { type: 'getPageMentions' }
  | { type: 'openMention'; entityId: string; occurrence?: number }
  /** Keyboard: open the card of the next (+1) or previous (-1) mark in reading order. */
  | { type: 'stepMention'; step: 1 | -1 }
  /** No story was found: mark the whole page, this tab only, until it is reloaded. */
  | { type: 'markWholePage' };

const ENTITY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CONTENT_FIELDS: Record<ContentRequest['type'], (m: Record<string, unknown>) => boolean> = {
  getPageMentions: () => true,
  markWholePage: () => true,
  openMention: (m) =>
    typeof m.entityId === 'string' && m.entityId.length <= 120 && ENTITY_ID.test(m.entityId) &&
    (m.occurrence === undefined || (Number.isInteger(m.occurrence) && (m.occurrence as number) >= 0)),
  stepMention: (m) => m.step === 1 || m.step === -1,
};
const CONTENT_KEYS: Record<ContentRequest['type'], string[]> = {
  getPageMentions: ['type'],
  markWholePage: ['type'],
  openMention: ['type', 'entityId', 'occurrence'],
  stepMention: ['type', 'step'],
};

function isContentRequest(message: unknown): message is ContentRequest {
  if (!message || typeof message !== 'object' || Array.isArray(message)) return false;
  const m = message as Record<string, unknown>;
  const type = m.type as ContentRequest['type'];
  if (typeof type !== 'string' || !Object.hasOwn(CONTENT_FIELDS, type)) return false;
  return Object.keys(m).every((k) => CONTENT_KEYS[type].includes(k)) && CONTENT_FIELDS[type](m);
}

export interface PageMentionSummary {
  entityId: string;
  name: string;
  type: string;
  count: number;
}

export interface PageMentionsResponse {
  active: boolean;
  mentions: PageMentionSummary[];
  /** Whether the page's story was found ('none': nothing is marked; the popup offers the whole page). */
  story?: 'found' | 'none' | 'whole-page';
}

export type Parsed<T> = { ok: true; request: T } | { ok: false; error: string };

export function refusal(message: unknown): { ok: false; error: string } {
  const type = message && typeof message === 'object' && 'type' in message ? String((message as { type: unknown }).type).slice(0, 40) : typeof message;
  return { ok: false, error: `refused message (${type}): not part of the protocol or malformed` };
}

export function parseContentRequest(message: unknown): Parsed<ContentRequest> {
  return isContentRequest(message) ? { ok: true, request: message } : refusal(message);
}
