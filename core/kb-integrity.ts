// Cross-record rules the schema alone cannot state: unique ids, resolvable references,
// cited sources, and no alias silently claimed by two entities.
import type { Entity } from './kb-schema';
import { normalizeForMatch } from './normalize';

export interface IntegrityOptions {
  /** Off while checking one file on its own (its related ids may live in another file). */
  requireRelatedExist?: boolean;
  /** Hosts that mirror or repost others' pages (data/source-denylist.json); a source there fails. */
  deniedHosts?: readonly string[];
}

/** True when host is a denied host or one of its subdomains. */
export function isDeniedHost(host: string, denied: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return denied.some((d) => h === d || h.endsWith(`.${d}`));
}

/** Targets are keyed by their metric: the same metric in two records is one fact stated twice. */
function targetKey(metric: string): string {
  return normalizeForMatch(metric).replace(/[^\p{L}\p{N}%]+/gu, ' ').trim();
}

export function checkKbIntegrity(entities: readonly Entity[], options: IntegrityOptions = {}): string[] {
  const { requireRelatedExist = true, deniedHosts = [] } = options;
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of entities) {
    if (ids.has(e.id)) problems.push(`${e.id}: duplicate id`);
    ids.add(e.id);
  }

  const aliasOwners = new Map<string, { id: string; ambiguous: boolean }[]>();
  for (const e of entities) {
    const sourceIds = new Set(e.sources.map((s) => s.id));
    if (sourceIds.size !== e.sources.length) problems.push(`${e.id}: duplicate source id`);
    const cited = [
      ...e.summarySourceIds.map((id) => ['summary', id] as const),
      ...e.keyDates.flatMap((d) => d.sourceIds.map((id) => [`keyDate ${d.date}`, id] as const)),
      ...e.targets.flatMap((t) => t.sourceIds.map((id) => [`target ${t.metric}`, id] as const)),
      ...e.roles.flatMap((r) => r.sourceIds.map((id) => [`role ${r.title}`, id] as const)),
      ...e.disputes.flatMap((d) => d.sourceIds.map((id) => ['dispute', id] as const)),
      ...e.facts.flatMap((f) => f.sourceIds.map((id) => [`fact ${f.label}`, id] as const)),
      ...e.shareholders.flatMap((h) => h.sourceIds.map((id) => [`shareholder ${h.name}`, id] as const)),
    ];
    for (const s of e.sources) {
      const host = new URL(s.url).hostname;
      if (isDeniedHost(host, deniedHosts)) problems.push(`${e.id}: source "${s.id}" is on a denied mirror/repost host (${host})`);
    }
    for (const h of e.shareholders) {
      if (h.entityId && requireRelatedExist && !ids.has(h.entityId)) {
        problems.push(`${e.id}: shareholder "${h.name}" links to unknown id "${h.entityId}"`);
      }
    }
    for (const [where, id] of cited) {
      if (!sourceIds.has(id)) problems.push(`${e.id}: ${where} cites unknown source "${id}"`);
    }
    const used = new Set(cited.map(([, id]) => id));
    for (const s of e.sources) {
      if (!used.has(s.id)) problems.push(`${e.id}: source "${s.id}" is listed but no fact cites it`);
    }
    for (const r of e.related) {
      if (r === e.id) problems.push(`${e.id}: related to itself`);
      else if (requireRelatedExist && !ids.has(r)) problems.push(`${e.id}: related id "${r}" does not exist`);
    }
    const seenHere = new Set<string>();
    for (const alias of e.aliases) {
      const key = normalizeForMatch(alias.text);
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const owners = aliasOwners.get(key) ?? [];
      owners.push({ id: e.id, ambiguous: alias.ambiguous === true });
      aliasOwners.set(key, owners);
    }
  }
  const targetOwners = new Map<string, string>();
  for (const e of entities) {
    for (const t of e.targets) {
      const key = targetKey(t.metric);
      const owner = targetOwners.get(key);
      if (owner && owner !== e.id) problems.push(`${e.id}: target "${t.metric}" is also stated in ${owner}; keep it in one record and link with related`);
      else targetOwners.set(key, e.id);
    }
  }
  for (const [alias, owners] of aliasOwners) {
    if (owners.length > 1 && owners.some((o) => !o.ambiguous)) {
      problems.push(`alias "${alias}" is claimed by ${owners.map((o) => o.id).join(', ')} without being marked ambiguous on each`);
    }
  }
  return problems;
}
