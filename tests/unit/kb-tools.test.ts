// `npm run kb -- get | search | report`: resolving names as a reader would, and the report's
// counts and gaps, on small records of our own.
import { describe, expect, it } from 'vitest';
import { resolveEntity } from '../../core/kb-lookup';
import { buildKbReport, formatKbReport } from '../../core/kb-report';
import { EntitySchema, type Entity } from '../../core/kb-schema';

const source = (url: string, dated = true) => ({ id: 's', title: 'A page', publisher: 'Pub', ...(dated ? { date: '2024' } : { accessed: '2026-11-27' }), url });
function e(id: string, type: Entity['type'], en: string, aliases: { text: string; ambiguous?: boolean }[], extra: Record<string, unknown> = {}): Entity {
  return EntitySchema.parse({
    id, type, name: { en }, aliases: aliases.map((a) => ({ lang: 'en', ...a })),
    summary: 'A record used only by the KB tool tests.', summarySourceIds: ['s'], sources: [source('https://www.gov.example/a')], ...extra,
  });
}
const fund = e('big-fund', 'fund', 'National IC Industry Investment Fund', [{ text: 'Big Fund', ambiguous: true }], { related: ['big-fund-3'] });
const phase = e('big-fund-3', 'fund', 'Big Fund III', [{ text: 'Big Fund', ambiguous: true }, { text: 'Big Fund 3.0' }], { related: ['big-fund'] });
const phase2 = e('big-fund-2', 'fund', 'Big Fund II', [{ text: 'Big Fund', ambiguous: true }], { related: ['big-fund'] });
const person = e('xiao', 'person', 'Xiao Yaqing', [{ text: 'Xiao Yaqing' }], { sources: [source('https://news.example/b', false)] });
const all = [fund, phase, phase2, person];

describe('resolveEntity', () => {
  it('resolves ids, names and aliases, and an ambiguous short name to the entity the others point to', () => {
    expect(resolveEntity(all, 'big-fund-3')?.id).toBe('big-fund-3');
    expect(resolveEntity(all, 'xiao yaqing')?.id).toBe('xiao');
    expect(resolveEntity(all, 'Big Fund 3.0')?.id).toBe('big-fund-3');
    expect(resolveEntity(all, 'Big Fund')?.id).toBe('big-fund');
    expect(resolveEntity(all, 'xiao yaqng')?.id).toBe('xiao'); // a typo falls back to search
    expect(resolveEntity(all, 'qqqqzzzz')).toBeUndefined();
    // A loose search hit is not an answer: an id nobody has must not resolve to a record that
    // merely shares letters with it (found when "li-zhanshu" printed the Two Sessions).
    expect(resolveEntity(all, 'xiao-fund-office')).toBeUndefined();
    expect(resolveEntity(all, 'big-fund-33')?.id).toBe('big-fund-3'); // one edit in eleven is a typo
  });
});

describe('KB report', () => {
  it('counts types and hosts, and lists what records lack', () => {
    const r = buildKbReport(all);
    expect(r.entities).toBe(4);
    expect(r.byType).toEqual({ fund: 3, person: 1 });
    expect(r.byHost[0]).toEqual(['gov.example', 3]);
    expect(r.undatedSources).toBe(1);
    expect(r.missing).toContainEqual({ id: 'xiao', what: 'dated roles' });
    expect(r.missing).toContainEqual({ id: 'big-fund', what: 'Chinese name (name.zh)' });
    expect(formatKbReport(r)).toContain('4 entities, 4 source records');
  });
});
