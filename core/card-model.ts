// What a card shows, computed from an entity record: every fact carries the numbers of its
// sources, numbered in order of first citation, so the card can footnote each line.
import { currentRoles, inForceOn, rolesAt, staleSince, targetPendingOn } from './as-of';
import { ENGLISH_UI, formatDate, statusLabelKey, typeLabelKey, type CardUi, type UiLang } from './card-text';
import type { Entity, EntityType, Role, Source, Target } from './kb-schema';
import type { MatchVia } from './matcher';

export { formatDate } from './card-text';

const ENTITY_TYPES: EntityType[] = ['plan', 'fund', 'body', 'meeting', 'person', 'company', 'measure', 'concept', 'product', 'event', 'target', 'media', 'document'];
/** English labels, for tools and tests (and code written before the UI spoke Chinese); the UI translates. */
export const TYPE_LABELS = Object.fromEntries(ENTITY_TYPES.map((type) => [type, ENGLISH_UI.t(typeLabelKey(type))])) as Record<EntityType, string>;
export const STATUS_LABELS = Object.fromEntries(
  (['met', 'missed', 'pending', 'unclear'] as const).map((status) => [status, ENGLISH_UI.t(statusLabelKey(status))]),
) as Record<Target['status'], string>;

export interface CitedLine {
  text: string;
  /** 1-based numbers into `sources`. */
  cites: number[];
}

export interface CardTarget extends CitedLine {
  metric: string;
  value: string;
  deadline?: string;
  status: Target['status'];
  statusLabel: string;
  outcome?: string;
  /** With an article date before the deadline: "Pending at this article's date (Mar 2021)". */
  then?: string;
}

/** A line that places the entity at the article's date, or today: "In this article (Mar 2021): ...". */
export interface ContextLine extends CitedLine {
  label: string;
}

export interface CardDates {
  /** The article's publication date (YYYY-MM-DD), when the page states one. */
  articleDate?: string;
  /** The knowledge base's as-of date: what "now" means on the card. */
  asOf?: string;
  /** Today (YYYY-MM-DD): a plan's status is told for today when the article has no date. */
  today?: string;
}

export interface CardModel {
  id: string;
  /** The English name (the KB's own); `nameZh` the Chinese one. */
  title: string;
  nameZh?: string;
  /** The UI language the card's words are in; 'zh' also shows the Chinese name first. */
  lang: UiLang;
  pinyin?: string;
  typeLabel: string;
  period?: string;
  /** Where the entity stood at the article's date, and now (empty when there is nothing to say). */
  context: ContextLine[];
  /** "Knowledge base as of 27 Nov 2026". */
  asOf?: string;
  summary: CitedLine;
  keyDates: (CitedLine & { date: string })[];
  roles: CitedLine[];
  /** Key figures: registered capital, manager, main investments. */
  facts: (CitedLine & { label: string })[];
  /** Who owns it and how much. */
  shareholders: (CitedLine & { share: string })[];
  targets: CardTarget[];
  disputes: CitedLine[];
  related: { id: string; name: string }[];
  sources: (Source & { number: number })[];
  /** Small print when the mark was not the KB's own name: how the text was matched to this entity. */
  matchNote?: string;
  /** The name of the reader's knowledge pack this entity comes from (absent for the bundled KB). */
  pack?: string;
}

/**
 * What the card says about a mark that was not an exact name, so a reader can judge it; nothing
 * for an exact name. `text` is the page's own words.
 */
export function matchNote(via: MatchVia, text: string, ui: CardUi = ENGLISH_UI): string | undefined {
  switch (via) {
    case 'exact':
      return undefined;
    case 'variant':
      return ui.t('cardMatchVariant', text);
    case 'fuzzy':
      return ui.t('cardMatchFuzzy', text);
    case 'context':
      return ui.t('cardMatchContext', text);
    case 'backref':
      return ui.t('cardMatchBackref', text);
  }
}

export function formatPeriod(dates: Entity['dates'], ui: CardUi = ENGLISH_UI): string | undefined {
  if (!dates?.start && !dates?.end) return undefined;
  const date = (d: string) => formatDate(d, ui.lang);
  if (dates.start && dates.end) return ui.t('cardPeriodRange', date(dates.start), date(dates.end));
  return dates.start ? ui.t('cardPeriodSince', date(dates.start)) : ui.t('cardPeriodUntil', date(dates.end!));
}

/**
 * The card for an entity. `nameOf` names related entities (the caller picks the language); `ui`
 * gives the words and the language (English when left out: Node tests and tools).
 */
export function buildCardModel(
  entity: Entity,
  nameOf: (id: string) => string | undefined,
  dates: CardDates = {},
  match?: { via: MatchVia; text: string },
  ui: CardUi = ENGLISH_UI,
): CardModel {
  const { t } = ui;
  const date = (d: string) => formatDate(d, ui.lang);
  const numbers = new Map<string, number>();
  const cite = (ids: readonly string[]) =>
    ids.map((id) => {
      let n = numbers.get(id);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(id, n);
      }
      return n;
    });

  const context = contextLines(entity, dates, cite, ui);
  const summary = { text: entity.summary, cites: cite(entity.summarySourceIds) };
  const keyDates = [...entity.keyDates]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({ date: date(d.date), text: d.text, cites: cite(d.sourceIds) }));
  const roles = entity.roles.map((r) => {
    const start = r.from ? date(r.from) : r.heldBy ? t('cardRoleHeldBy', date(r.heldBy)) : '?';
    // An open role whose newest page is old: not "Mar 2018 – present", nor a range that reads as if it ended.
    const stale = staleSince(r, entity.sources, dates.asOf);
    if (stale) {
      const since = r.from ? t('cardRoleFrom', date(r.from)) : r.heldBy ? t('cardRoleHeldBy', date(r.heldBy)) : '';
      const latest = t('cardRoleLatestSource', date(stale));
      return { text: `${roleText(r)}${since ? t('cardRoleSpanStale', since, latest) : t('cardFactDate', latest)}`, cites: cite(r.sourceIds) };
    }
    const end = r.to ? date(r.to) : r.leftBy ? t('cardRoleLeftBy', date(r.leftBy)) : t('cardRolePresent');
    const span = r.from || r.heldBy || r.to || r.leftBy ? t('cardRoleSpan', start, end) : '';
    return { text: `${roleText(r)}${span}`, cites: cite(r.sourceIds) };
  });
  const facts = entity.facts.map((f) => ({
    label: f.label,
    text: `${f.value}${f.date ? t('cardFactDate', date(f.date)) : ''}`,
    cites: cite(f.sourceIds),
  }));
  const shareholders = entity.shareholders.map((h) => ({ text: h.name, share: h.share, cites: cite(h.sourceIds) }));
  const targets = entity.targets.map((target) => {
    const statusLabel = t(statusLabelKey(target.status));
    return {
      metric: target.metric,
      value: target.value,
      ...(target.deadline ? { deadline: date(target.deadline) } : {}),
      status: target.status,
      statusLabel,
      ...(target.outcome ? { outcome: target.outcome } : {}),
      ...(dates.articleDate && targetPendingOn(target, dates.articleDate)
        ? { then: t('cardPendingThen', date(dates.articleDate), statusLabel) }
        : {}),
      text: target.deadline ? t('cardTargetTextBy', target.metric, target.value, date(target.deadline)) : t('cardTargetText', target.metric, target.value),
      cites: cite(target.sourceIds),
    };
  });
  const disputes = entity.disputes.map((d) => ({ text: d.text, cites: cite(d.sourceIds) }));
  const related = entity.related.flatMap((id) => {
    const name = nameOf(id);
    return name ? [{ id, name }] : [];
  });
  const byId = new Map(entity.sources.map((s) => [s.id, s]));
  const sources = [...numbers].map(([id, number]) => ({ ...byId.get(id)!, number }));

  const period = formatPeriod(entity.dates, ui);
  const note = match && matchNote(match.via, match.text, ui);
  return {
    id: entity.id,
    title: entity.name.en,
    ...(entity.name.zh ? { nameZh: entity.name.zh } : {}),
    lang: ui.lang,
    ...(entity.name.pinyin ? { pinyin: entity.name.pinyin } : {}),
    typeLabel: t(typeLabelKey(entity.type)),
    ...(period ? { period } : {}),
    context,
    ...(dates.asOf ? { asOf: t('cardAsOf', date(dates.asOf)) } : {}),
    summary,
    keyDates,
    roles,
    facts,
    shareholders,
    targets,
    disputes,
    related,
    sources,
    ...(note ? { matchNote: note } : {}),
  };
}

/** "Chair, Big Fund": a role's title and organisation, without its dates. */
export function roleText(r: Role): string {
  return `${r.title}${r.org ? `, ${r.org}` : ''}`;
}

/**
 * A person: the roles held at the article's date and now. A plan or measure: whether it was in
 * force then (or, with no article date, today). Nothing for other types or without dates.
 */
function contextLines(entity: Entity, dates: CardDates, cite: (ids: readonly string[]) => number[], { t, lang }: CardUi): ContextLine[] {
  const lines: ContextLine[] = [];
  const { articleDate, today } = dates;
  const date = (d: string) => formatDate(d, lang);
  const citeRoles = (roles: Role[]) => cite([...new Set(roles.flatMap((r) => r.sourceIds))]);
  // A role is only as current as its newest page: one last shown long before the day in question
  // (the article's date, or the KB's date for "now") names that page instead of reading as held.
  const list = (roles: Role[], day: string | undefined) => roles.map((r) => {
    const stale = staleSince(r, entity.sources, day);
    return stale ? `${roleText(r)}${t('cardFactDate', t('cardRoleLatestSource', date(stale)))}` : roleText(r);
  }).join(t('cardListSeparator'));
  if (entity.type === 'person' && entity.roles.length > 0) {
    const now = currentRoles(entity.roles);
    const staleNow = now.filter((r) => staleSince(r, entity.sources, dates.asOf));
    // Every open role last shown over a year before the KB's date: the line cannot say "Now".
    const nowLabel = now.length > 0 && staleNow.length === now.length ? t('cardLatestOnRecord') : t('cardNow');
    if (articleDate) {
      const then = rolesAt(entity.roles, articleDate);
      const thenText = then.length > 0 ? list(then, articleDate) : t('cardNoRoleThen');
      lines.push({ label: t('cardInArticle', date(articleDate)), text: thenText, cites: citeRoles(then) });
      const same = now.length === then.length && now.every((r) => then.includes(r));
      // The same roles then and now still get a "now" line when it warns of something the line
      // above does not already say.
      const nowText = now.length > 0 ? list(now, dates.asOf) : t('cardNoRoleNow');
      if (!same || (staleNow.length > 0 && nowText !== thenText)) lines.push({ label: nowLabel, text: nowText, cites: citeRoles(now) });
    } else if (now.length > 0) {
      lines.push({ label: nowLabel, text: list(now, dates.asOf), cites: citeRoles(now) });
    }
  }
  if ((entity.type === 'plan' || entity.type === 'measure' || entity.type === 'document') && (articleDate || today)) {
    const day = (articleDate ?? today)!;
    const state = inForceOn(entity.dates, day);
    if (state) {
      const label = articleDate ? t('cardInArticle', date(articleDate)) : t('cardToday');
      const text = state === 'not-yet' ? t('cardNotYetInForce', date(entity.dates!.start!))
        : state === 'ended' ? t('cardNoLongerInForce', date(entity.dates!.end!))
          : t('cardInForce');
      lines.push({ label, text, cites: [] });
    }
  }
  return lines;
}
