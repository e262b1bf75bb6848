// The words a card's view-model is built from, and the language it is built for. core/ has no
// browser: the background and the popup pass the extension's real t() (public/_locales through
// browser.i18n); Node tests and tools get the English table below, which a unit test keeps equal
// to public/_locales/en/messages.json. Messages use $1..$9 for their substitutions.
import type { EntityType, Target } from './kb-schema';

export const CARD_TEXT_EN = {
  cardTypePlan: 'Plan',
  cardTypeFund: 'State fund',
  cardTypeBody: 'Body',
  cardTypeMeeting: 'Meeting',
  cardTypePerson: 'Person',
  cardTypeCompany: 'Company',
  cardTypeMeasure: 'Measure',
  cardTypeConcept: 'Policy concept',
  cardTypeProduct: 'Product',
  cardTypeEvent: 'Event',
  cardTypeTarget: 'Policy target',
  cardTypeMedia: 'Media outlet',
  cardTypeDocument: 'Document',
  cardStatusMet: 'Met',
  cardStatusMissed: 'Missed',
  cardStatusPending: 'Pending',
  cardStatusUnclear: 'Unclear',
  cardMatchVariant: 'Matched from another form of the name (“$1”)',
  cardMatchFuzzy: 'Matched despite a spelling difference (“$1”)',
  cardMatchContext: '“$1” can mean other things; matched because the article is about China',
  cardMatchBackref: 'Matched from a shortened form: “$1” after the full name',
  cardPeriodRange: '$1 – $2',
  cardPeriodSince: 'since $1',
  cardPeriodUntil: 'until $1',
  cardRoleSpan: ' ($1 – $2)',
  cardRolePresent: 'present',
  cardRoleHeldBy: 'in post by $1',
  cardRoleLeftBy: 'out of post by $1',
  cardRoleLatestSource: 'latest source $1',
  cardRoleFrom: 'from $1',
  cardRoleSpanStale: ' ($1; $2)',
  cardFactDate: ' ($1)',
  cardTargetText: '$1: $2',
  cardTargetTextBy: '$1: $2 by $3',
  cardPendingThen: "Pending at this article's date ($1); now: $2",
  cardAsOf: 'Knowledge base as of $1',
  cardInArticle: 'In this article ($1)',
  cardNoRoleThen: 'no role on record at that date',
  cardNow: 'Now',
  cardLatestOnRecord: 'On record',
  cardNoRoleNow: 'none of the roles on record',
  cardToday: 'Today',
  cardNotYetInForce: 'not yet in force (from $1)',
  cardNoLongerInForce: 'no longer in force (ended $1)',
  cardInForce: 'in force',
  cardListSeparator: '; ',
} as const;

export type CardTextKey = keyof typeof CARD_TEXT_EN;
export type Translate = (key: CardTextKey, ...subs: (string | number)[]) => string;
/** The UI's language as far as a card cares: Chinese puts Chinese names first and writes 2021年3月. */
export type UiLang = 'en' | 'zh';

export interface CardUi {
  t: Translate;
  lang: UiLang;
}

/** Fills $1..$9 in a message the way browser.i18n.getMessage does ("$$" is a literal "$"). */
export function fillMessage(message: string, subs: readonly (string | number)[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

export const ENGLISH_UI: CardUi = {
  t: (key, ...subs) => fillMessage(CARD_TEXT_EN[key], subs),
  lang: 'en',
};

const TYPE_KEYS: Record<EntityType, CardTextKey> = {
  plan: 'cardTypePlan', fund: 'cardTypeFund', body: 'cardTypeBody', meeting: 'cardTypeMeeting', person: 'cardTypePerson',
  company: 'cardTypeCompany', measure: 'cardTypeMeasure', concept: 'cardTypeConcept', product: 'cardTypeProduct',
  event: 'cardTypeEvent', target: 'cardTypeTarget', media: 'cardTypeMedia', document: 'cardTypeDocument',
};
const STATUS_KEYS: Record<Target['status'], CardTextKey> = {
  met: 'cardStatusMet', missed: 'cardStatusMissed', pending: 'cardStatusPending', unclear: 'cardStatusUnclear',
};

export const typeLabelKey = (type: EntityType): CardTextKey => TYPE_KEYS[type];
export const statusLabelKey = (status: Target['status']): CardTextKey => STATUS_KEYS[status];

/** An entity's names in the order the UI shows them: Chinese first in the Chinese UI, when there is one. */
export function namesInOrder(name: { en: string; zh?: string | undefined }, lang: UiLang): { text: string; lang: 'en' | 'zh' }[] {
  const en = { text: name.en, lang: 'en' as const };
  if (!name.zh) return [en];
  const zh = { text: name.zh, lang: 'zh' as const };
  return lang === 'zh' ? [zh, en] : [en, zh];
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A KB date (YYYY, YYYY-MM or YYYY-MM-DD) as a reader writes it: "Mar 2021", "11 Mar 2021", "2021"
 * in English; "2021年3月", "2021年3月11日", "2021年" in Chinese. Anything else is returned as given.
 */
export function formatDate(date: string, lang: UiLang = 'en'): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match as unknown as [string, string, string | undefined, string | undefined];
  const month = m ? Number(m) : undefined;
  const day = d ? Number(d) : undefined;
  if (lang === 'zh') return `${y}年${month ? `${month}月` : ''}${month && day ? `${day}日` : ''}`;
  if (!month) return y;
  const name = MONTHS_EN[month - 1] ?? m!;
  return day ? `${day} ${name} ${y}` : `${name} ${y}`;
}

/** The one name a list shows (related entities, the page index): the first of namesInOrder. */
export const displayName = (name: { en: string; zh?: string | undefined }, lang: UiLang): string => namesInOrder(name, lang)[0]!.text;
