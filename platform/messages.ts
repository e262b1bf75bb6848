// The messages that cross extension contexts, typed in one place.
import { browser } from 'wxt/browser';
import type { Entity } from '../core/kb-schema';
import type { MatchIndex } from '../core/match-index';

export type BackgroundRequest =
  | { type: 'getEntity'; id: string }
  /** The compact match index, asked once per annotated page (kept out of the content script's bundle). */
  | { type: 'getMatchIndex' }
  | { type: 'getEntityNames'; ids: string[] }
  /** The opt-in site list changed: re-register the content script, and run it in tabId if given. */
  | { type: 'optInSitesChanged'; tabId?: number }
  /** Open the extension's own page on an entity, in a tab next to the article. */
  | { type: 'openDetail'; id: string };

export type BackgroundResponse<R extends BackgroundRequest> = R extends { type: 'getEntity' }
  ? Entity | null
  : R extends { type: 'getMatchIndex' }
    ? MatchIndex
  : R extends { type: 'getEntityNames' }
    ? Record<string, string>
    : { ok: boolean; error?: string };

export type ContentRequest =
  | { type: 'getPageMentions' }
  | { type: 'openMention'; entityId: string; occurrence?: number }
  /** Keyboard: open the card of the next (+1) or previous (-1) mark in reading order. */
  | { type: 'stepMention'; step: 1 | -1 }
  /** No story was found: mark the whole page, this tab only, until it is reloaded. */
  | { type: 'markWholePage' };

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

export function askBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R>> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundResponse<R>>;
}

export function askTab(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}
