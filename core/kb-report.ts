// `npm run kb -- report`: what the knowledge base holds, where its sources come from, and every
// entity or source missing something the rules want (beyond what the build already refuses).
import { CONFIRMED_FRESH_MONTHS, staleSince } from './as-of';
import { roleText } from './card-model';
import type { Entity, EntityType } from './kb-schema';

export interface KbReport {
  entities: number;
  sources: number;
  distinctAddresses: number;
  byType: Partial<Record<EntityType, number>>;
  /** Source records per host, most first. */
  byHost: [string, number][];
  /** Sources that show no date on their page (they carry the day they were read). */
  undatedSources: number;
  missing: { id: string; what: string }[];
  /**
   * Open roles whose newest cited page is over CONFIRMED_FRESH_MONTHS older than the KB's date: not
   * an error (cards say "latest source ..." instead of "present"), a to-do for whoever updates the KB.
   */
  unconfirmedRoles: { id: string; role: string; latestSource: string }[];
  /** The KB date open roles were checked against, if one was given. */
  asOf?: string;
}

/** Types whose records are Chinese: they should carry Chinese names and pinyin. */
const CHINESE_TYPES = new Set<EntityType>(['plan', 'fund', 'body', 'meeting', 'concept', 'document']);

export function buildKbReport(entities: readonly Entity[], asOf?: string): KbReport {
  const byType: Partial<Record<EntityType, number>> = {};
  const hosts = new Map<string, number>();
  const addresses = new Set<string>();
  const missing: KbReport['missing'] = [];
  const unconfirmedRoles: KbReport['unconfirmedRoles'] = [];
  let sources = 0;
  let undatedSources = 0;
  for (const e of entities) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    for (const s of e.sources) {
      sources++;
      addresses.add(s.url);
      const host = new URL(s.url).hostname.replace(/^www\./, '');
      hosts.set(host, (hosts.get(host) ?? 0) + 1);
      if (!s.date) undatedSources++;
    }
    const chineseEntity = CHINESE_TYPES.has(e.type) || e.aliases.some((a) => a.lang === 'zh-Hans');
    if (chineseEntity && !e.name.zh) missing.push({ id: e.id, what: 'Chinese name (name.zh)' });
    if (e.name.zh && !e.name.zhHant) missing.push({ id: e.id, what: 'traditional Chinese name (name.zhHant)' });
    if (e.name.zh && !e.name.pinyin) missing.push({ id: e.id, what: 'pinyin (name.pinyin)' });
    if (e.type === 'person' && e.roles.length === 0) missing.push({ id: e.id, what: 'dated roles' });
    if (e.type === 'person' && e.roles.some((r) => !r.from && !r.heldBy)) missing.push({ id: e.id, what: 'a start date (or an in-post-by date) on every role' });
    // Plans and measures have a period in force; recurring meetings (the Two Sessions) do not.
    if (['plan', 'measure'].includes(e.type) && !e.dates?.start) missing.push({ id: e.id, what: 'dates.start' });
    if (e.related.length === 0) missing.push({ id: e.id, what: 'related entities' });
    for (const r of e.roles) {
      const latestSource = staleSince(r, e.sources, asOf);
      if (latestSource) unconfirmedRoles.push({ id: e.id, role: roleText(r), latestSource });
    }
  }
  return {
    entities: entities.length,
    sources,
    distinctAddresses: addresses.size,
    byType,
    byHost: [...hosts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    undatedSources,
    missing,
    unconfirmedRoles,
    ...(asOf ? { asOf } : {}),
  };
}

export function formatKbReport(r: KbReport): string {
  const lines = [
    `${r.entities} entities, ${r.sources} source records (${r.distinctAddresses} distinct addresses), ${r.undatedSources} from pages that show no date (read on the day given)`,
    '',
    'By type:',
    ...Object.entries(r.byType).sort((a, b) => b[1] - a[1]).map(([t, n]) => `  ${t.padEnd(10)} ${n}`),
    '',
    'Sources by host:',
    ...r.byHost.map(([h, n]) => `  ${String(n).padStart(4)}  ${h}`),
    '',
    r.missing.length === 0 ? 'Nothing missing.' : `Missing (${r.missing.length}):`,
    ...r.missing.map((m) => `  ${m.id}: ${m.what}`),
    '',
    !r.asOf
      ? 'Open roles not checked against a KB date (none given).'
      : r.unconfirmedRoles.length === 0
      ? `Every open role has a page from the last ${CONFIRMED_FRESH_MONTHS} months before the KB's date.`
      : `Open roles whose newest page is over ${CONFIRMED_FRESH_MONTHS} months older than the KB's date (${r.unconfirmedRoles.length}; cards say "latest source" instead of "present"):`,
    ...r.unconfirmedRoles.map((u) => `  ${u.id}: ${u.role} (latest source ${u.latestSource})`),
  ];
  return lines.join('\n');
}
