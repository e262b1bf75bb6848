// What a card shows, computed from an entity record: every fact carries the numbers of its
// sources, numbered in order of first citation, so the card can footnote each line.
import { currentRoles, inForceOn, rolesAt, targetPendingOn } from './as-of';
import type { Entity, EntityType, Role, Source, Target } from './kb-schema';
import type { MatchVia } from './matcher';

export const TYPE_LABELS: Record<EntityType, string> = {
  plan: 'Plan', fund: 'State fund', body: 'Body', meeting: 'Meeting', person: 'Person',
  company: 'Company', measure: 'Measure', concept: 'Policy concept', product: 'Product',
  event: 'Event', target: 'Policy target', media: 'Media outlet', document: 'Document',
};

export const STATUS_LABELS: Record<Target['status'], string> = {
  met: 'Met', missed: 'Missed', pending: 'Pending', unclear: 'Unclear',
};

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
  title: string;
  nameZh?: string;
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
export function matchNote(via: MatchVia, text: string): string | undefined {
  switch (via) {
    case 'exact':
      return undefined;
    case 'variant':
      return `Matched from another form of the name (“${text}”)`;
    case 'fuzzy':
      return `Matched despite a spelling difference (“${text}”)`;
    case 'context':
      return `“${text}” can mean other things; matched because the article is about China`;
    case 'backref':
      return `Matched from a shortened form: “${text}” after the full name`;
  }
}

/** "2021-03" -> "Mar 2021"; "2021-03-11" -> "11 Mar 2021"; "2021" stays. */
export function formatDate(date: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = months[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatPeriod(dates: Entity['dates']): string | undefined {
  if (!dates?.start && !dates?.end) return undefined;
  if (dates.start && dates.end) return `${formatDate(dates.start)} – ${formatDate(dates.end)}`;
  return dates.start ? `since ${formatDate(dates.start)}` : `until ${formatDate(dates.end!)}`;
}

export function buildCardModel(
  entity: Entity,
  nameOf: (id: string) => string | undefined,
  dates: CardDates = {},
  match?: { via: MatchVia; text: string },
): CardModel {
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

  const context = contextLines(entity, dates, cite);
  const summary = { text: entity.summary, cites: cite(entity.summarySourceIds) };
  const keyDates = [...entity.keyDates]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({ date: formatDate(d.date), text: d.text, cites: cite(d.sourceIds) }));
  const roles = entity.roles.map((r) => {
    const start = r.from ? formatDate(r.from) : r.heldBy ? `in post by ${formatDate(r.heldBy)}` : '?';
    const span = r.from || r.heldBy || r.to ? ` (${start} – ${r.to ? formatDate(r.to) : 'present'})` : '';
    return { text: `${roleText(r)}${span}`, cites: cite(r.sourceIds) };
  });
  const facts = entity.facts.map((f) => ({
    label: f.label,
    text: `${f.value}${f.date ? ` (${formatDate(f.date)})` : ''}`,
    cites: cite(f.sourceIds),
  }));
  const shareholders = entity.shareholders.map((h) => ({ text: h.name, share: h.share, cites: cite(h.sourceIds) }));
  const targets = entity.targets.map((t) => ({
    metric: t.metric,
    value: t.value,
    ...(t.deadline ? { deadline: formatDate(t.deadline) } : {}),
    status: t.status,
    statusLabel: STATUS_LABELS[t.status],
    ...(t.outcome ? { outcome: t.outcome } : {}),
    ...(dates.articleDate && targetPendingOn(t, dates.articleDate)
      ? { then: `Pending at this article's date (${formatDate(dates.articleDate)}); now: ${STATUS_LABELS[t.status]}` }
      : {}),
    text: `${t.metric}: ${t.value}${t.deadline ? ` by ${formatDate(t.deadline)}` : ''}`,
    cites: cite(t.sourceIds),
  }));
  const disputes = entity.disputes.map((d) => ({ text: d.text, cites: cite(d.sourceIds) }));
  const related = entity.related.flatMap((id) => {
    const name = nameOf(id);
    return name ? [{ id, name }] : [];
  });
  const byId = new Map(entity.sources.map((s) => [s.id, s]));
  const sources = [...numbers].map(([id, number]) => ({ ...byId.get(id)!, number }));

  const period = formatPeriod(entity.dates);
  return {
    id: entity.id,
    title: entity.name.en,
    ...(entity.name.zh ? { nameZh: entity.name.zh } : {}),
    ...(entity.name.pinyin ? { pinyin: entity.name.pinyin } : {}),
    typeLabel: TYPE_LABELS[entity.type],
    ...(period ? { period } : {}),
    context,
    ...(dates.asOf ? { asOf: `Knowledge base as of ${formatDate(dates.asOf)}` } : {}),
    summary,
    keyDates,
    roles,
    facts,
    shareholders,
    targets,
    disputes,
    related,
    sources,
    ...(match && matchNote(match.via, match.text) ? { matchNote: matchNote(match.via, match.text)! } : {}),
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
function contextLines(entity: Entity, dates: CardDates, cite: (ids: readonly string[]) => number[]): ContextLine[] {
  const lines: ContextLine[] = [];
  const { articleDate, today } = dates;
  const citeRoles = (roles: Role[]) => cite([...new Set(roles.flatMap((r) => r.sourceIds))]);
  if (entity.type === 'person' && entity.roles.length > 0) {
    const now = currentRoles(entity.roles);
    if (articleDate) {
      const then = rolesAt(entity.roles, articleDate);
      lines.push({
        label: `In this article (${formatDate(articleDate)})`,
        text: then.length > 0 ? then.map(roleText).join('; ') : 'no role on record at that date',
        cites: citeRoles(then),
      });
      const same = now.length === then.length && now.every((r) => then.includes(r));
      if (!same) lines.push({ label: 'Now', text: now.length > 0 ? now.map(roleText).join('; ') : 'none of the roles on record', cites: citeRoles(now) });
    } else if (now.length > 0) {
      lines.push({ label: 'Now', text: now.map(roleText).join('; '), cites: citeRoles(now) });
    }
  }
  if ((entity.type === 'plan' || entity.type === 'measure' || entity.type === 'document') && (articleDate || today)) {
    const day = (articleDate ?? today)!;
    const state = inForceOn(entity.dates, day);
    if (state) {
      const label = articleDate ? `In this article (${formatDate(articleDate)})` : 'Today';
      const text = state === 'not-yet' ? `not yet in force (from ${formatDate(entity.dates!.start!)})`
        : state === 'ended' ? `no longer in force (ended ${formatDate(entity.dates!.end!)})`
          : 'in force';
      lines.push({ label, text, cites: [] });
    }
  }
  return lines;
}
