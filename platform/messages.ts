// Sending the protocol's messages (core/protocol.ts) between the extension's contexts.
import { answered, extensionApi as browser } from './extension-api';
import type { BackgroundRequest, BackgroundResponse, ContentRequest } from '../core/protocol';

export type { PageMentionsResponse, PageMentionSummary } from '../core/protocol';

/** Undefined when nothing answered (a worker stopped mid-reply): every caller must say what then. */
export function askBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R> | undefined> {
  return answered(browser.runtime.sendMessage(request)) as Promise<BackgroundResponse<R> | undefined>;
}

export function askTab(tabId: number, request: ContentRequest): Promise<unknown> {
  return answered(browser.tabs.sendMessage(tabId, request));
}
