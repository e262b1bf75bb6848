// What a card shows, computed from an entity record: every fact carries the numbers of its
// sources, numbered in order of first citation, so the card can footnote each line.
import type { Entity, EntityType, Source, Target } from './kb-schema';
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
}

export interface CardModel {
  id: string;
  title: string;
  nameZh?: string;
  pinyin?: string;
  typeLabel: string;
  period?: string;
  summary: CitedLine;
  keyDates: (CitedLine & { date: string })[];
  roles: CitedLine[];
  targets: CardTarget[];
  disputes: CitedLine[];
  related: { id: string; name: string }[];
  sources: (Source & { number: number })[];
  /** Small print when the mark was not the KB's own name: how the text was matched to this entity. */
  matchNote?: string;
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

  const summary = { text: entity.summary, cites: cite(entity.summarySourceIds) };
  const keyDates = [...entity.keyDates]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({ date: formatDate(d.date), text: d.text, cites: cite(d.sourceIds) }));
  const roles = entity.roles.map((r) => {
    const span = r.from || r.to ? ` (${r.from ? formatDate(r.from) : '?'} – ${r.to ? formatDate(r.to) : 'present'})` : '';
    return { text: `${r.title}${r.org ? `, ${r.org}` : ''}${span}`, cites: cite(r.sourceIds) };
  });
  const targets = entity.targets.map((t) => ({
    metric: t.metric,
    value: t.value,
    ...(t.deadline ? { deadline: formatDate(t.deadline) } : {}),
    status: t.status,
    statusLabel: STATUS_LABELS[t.status],
    ...(t.outcome ? { outcome: t.outcome } : {}),
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
    summary,
    keyDates,
    roles,
    targets,
    disputes,
    related,
    sources,
    ...(match && matchNote(match.via, match.text) ? { matchNote: matchNote(match.via, match.text)! } : {}),
  };
}
