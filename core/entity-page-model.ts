// What the entity page shows: the card's view-model (same numbering of sources, same lines) plus
// what a card leaves out: every name, the aliases, one timeline of everything dated, who says what
// in a dispute, links for related records and shareholders, and every source, cited or not.
// Labels are left to the page (it words them in the reader's language); text from the record stays.
import { buildCardModel, formatDate, roleText, type CardModel, type CitedLine } from './card-model';
import type { Alias, Entity, EntityType, Source, Target } from './kb-schema';
import { displayName, ENGLISH_UI, type CardUi } from './card-text';

export type TimelineKind = 'start' | 'end' | 'roleFrom' | 'roleTo' | 'keyDate' | 'deadline';

export interface TimelineEntry extends CitedLine {
  /** The record's own date (YYYY, YYYY-MM or YYYY-MM-DD): what the timeline is sorted by. */
  date: string;
  kind: TimelineKind;
  /** A target's status, for a deadline. */
  status?: Target['status'];
}

export interface EntityLink {
  id: string;
  name: string;
  nameZh?: string;
}

export interface DisputeView extends CitedLine {
  /** Each cited source with its publisher: who says what. */
  sides: { number: number; publisher: string }[];
}

export interface EntityPageModel {
  id: string;
  type: EntityType;
  names: Entity['name'];
  dates: Entity['dates'];
  /** Other names the record is found by, without the ones already shown as names. */
  aliases: Pick<Alias, 'text' | 'lang'>[];
  card: CardModel;
  /** The card's targets, with the deadline as the record gives it (the page words the date). */
  targets: (CardModel['targets'][number] & { deadlineDate?: string })[];
  timeline: TimelineEntry[];
  disputes: DisputeView[];
  related: EntityLink[];
  /** The card's shareholders, with a link where the shareholder has its own record. */
  shareholders: (CardModel['shareholders'][number] & { entityId?: string })[];
  /** Every source of the record, numbered: cited ones as the card numbers them, then the rest. */
  sources: (Source & { number: number; cited: boolean })[];
}

export function buildEntityPageModel(
  entity: Entity,
  lookup: (id: string) => Pick<Entity, 'name'> | undefined,
  dates: { asOf?: string; today?: string } = {},
  ui: CardUi = ENGLISH_UI,
): EntityPageModel {
  // The card's lines in the UI's language, related names in the order the UI reads them.
  const card = buildCardModel(entity, (id) => {
    const other = lookup(id);
    return other && displayName(other.name, ui.lang);
  }, dates, undefined, ui);
  const numbers = new Map(card.sources.map((s) => [s.id, s.number]));
  const sources: EntityPageModel['sources'] = card.sources.map((s) => ({ ...s, cited: true }));
  for (const source of entity.sources) {
    if (numbers.has(source.id)) continue;
    numbers.set(source.id, numbers.size + 1);
    sources.push({ ...source, number: numbers.size, cited: false });
  }
  const cite = (ids: readonly string[]) => ids.flatMap((id) => numbers.get(id) ?? []);
  const byNumber = new Map(sources.map((s) => [s.number, s]));

  const shown = new Set(Object.values(entity.name).filter(Boolean).map((n) => n!.toLowerCase()));
  const aliases = entity.aliases.filter((a) => {
    const key = a.text.toLowerCase();
    if (shown.has(key)) return false;
    shown.add(key);
    return true;
  }).map(({ text, lang }) => ({ text, lang }));

  return {
    id: entity.id,
    type: entity.type,
    names: entity.name,
    dates: entity.dates,
    aliases,
    card,
    targets: card.targets.map((t, i) => {
      const deadline = entity.targets[i]?.deadline;
      return deadline ? { ...t, deadlineDate: deadline } : t;
    }),
    timeline: buildTimeline(entity, cite),
    disputes: entity.disputes.map((d) => {
      const cites = cite(d.sourceIds);
      return { text: d.text, cites, sides: cites.map((number) => ({ number, publisher: byNumber.get(number)!.publisher })) };
    }),
    related: entity.related.flatMap((id) => {
      const other = lookup(id);
      return other ? [{ id, name: other.name.en, ...(other.name.zh ? { nameZh: other.name.zh } : {}) }] : [];
    }),
    shareholders: card.shareholders.map((h, i) => {
      const entityId = entity.shareholders[i]?.entityId;
      return entityId && lookup(entityId) ? { ...h, entityId } : h;
    }),
    sources,
  };
}

/** Everything dated in the record, oldest first; entries on the same date keep the record's order. */
export function buildTimeline(entity: Entity, cite: (ids: readonly string[]) => number[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  if (entity.dates?.start) entries.push({ date: entity.dates.start, kind: 'start', text: entity.name.en, cites: [] });
  if (entity.dates?.end) entries.push({ date: entity.dates.end, kind: 'end', text: entity.name.en, cites: [] });
  for (const role of entity.roles) {
    if (role.from) entries.push({ date: role.from, kind: 'roleFrom', text: roleText(role), cites: cite(role.sourceIds) });
    if (role.to) entries.push({ date: role.to, kind: 'roleTo', text: roleText(role), cites: cite(role.sourceIds) });
  }
  for (const d of entity.keyDates) entries.push({ date: d.date, kind: 'keyDate', text: d.text, cites: cite(d.sourceIds) });
  for (const t of entity.targets) {
    if (!t.deadline) continue;
    entries.push({ date: t.deadline, kind: 'deadline', text: `${t.metric}: ${t.value}`, status: t.status, cites: cite(t.sourceIds) });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

/** A KB date in the UI's language (one formatter for cards and pages: core/card-text.ts). */
export function formatDateFor(date: string, chinese: boolean): string {
  return formatDate(date, chinese ? 'zh' : 'en');
}
