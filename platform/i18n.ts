// The UI's words, from the extension's _locales (public/_locales/<lang>/messages.json) through the
// browser's i18n API: it follows the browser's language, works in every context (content script
// included) and adds nothing to a bundle. English is the default locale and the fallback.
import { extensionApi as browser } from './extension-api';
import type { CardUi } from '../core/card-text';

/** Every message key, from the English catalogue (type only: nothing is bundled). */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/** The message for key, with $1..$9 filled from subs; the key itself if the catalogue lacks it. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** Whether the UI speaks Chinese (then cards show Chinese names first). */
export function uiIsChinese(): boolean {
  return /^zh\b/i.test(browser.i18n.getUILanguage());
}

/** The words and language a card's view-model is built with (background and extension pages). */
export function cardUi(): CardUi {
  return { t, lang: uiIsChinese() ? 'zh' : 'en' };
}
