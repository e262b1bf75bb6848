import { describe, expect, it } from 'vitest';
import { buildCardModel, formatDate, formatPeriod } from '../../core/card-model';
import { EntitySchema } from '../../core/kb-schema';

const entity = EntitySchema.parse({
  id: 'plan-x', type: 'plan', name: { en: 'Plan X', zh: '计划X' },
  aliases: [{ text: 'Plan X', lang: 'en' }],
  summary: 'A plan used to test how cards number their sources.', summarySourceIds: ['b'],
  dates: { start: '2021', end: '2025-12' },
  keyDates: [{ date: '2021-03-11', text: 'Approved', sourceIds: ['a', 'b'] }, { date: '2020-10', text: 'Proposed', sourceIds: ['c'] }],
  targets: [{ metric: 'Share of X', value: '70%', deadline: '2025', status: 'missed', outcome: 'About 20% by 2024', sourceIds: ['c'] }],
  disputes: [{ text: 'Sources give different dates', sourceIds: ['a', 'c'] }],
  related: ['known', 'unknown'],
  sources: [
    { id: 'a', title: 'Source A', publisher: 'Pub A', date: '2021-03-12', url: 'https://a.example/x' },
    { id: 'b', title: 'Source B', publisher: 'Pub B', accessed: '2026-11-27', url: 'https://b.example/x' },
    { id: 'c', title: 'Source C', publisher: 'Pub C', date: '2024', url: 'https://c.example/x' },
  ],
});

describe('card view-model', () => {
  const model = buildCardModel(entity, (id) => (id === 'known' ? 'Known Entity' : undefined));

  it('numbers sources in order of first citation and footnotes every fact', () => {
    expect(model.summary.cites).toEqual([1]);
    expect(model.sources.map((s) => [s.number, s.id])).toEqual([[1, 'b'], [2, 'c'], [3, 'a']]);
    expect(model.keyDates).toEqual([
      { date: 'Oct 2020', text: 'Proposed', cites: [2] },
      { date: '11 Mar 2021', text: 'Approved', cites: [3, 1] },
    ]);
    expect(model.targets[0]).toMatchObject({ value: '70%', deadline: '2025', statusLabel: 'Missed', outcome: 'About 20% by 2024', cites: [2] });
    expect(model.disputes[0]!.cites).toEqual([3, 2]);
  });

  it('lists only related entities that exist', () => {
    expect(model.related).toEqual([{ id: 'known', name: 'Known Entity' }]);
  });

  it('formats partial dates and periods', () => {
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate('2024-05')).toBe('May 2024');
    expect(formatDate('2024-05-24')).toBe('24 May 2024');
    expect(formatPeriod({ start: '2021', end: '2025-12' })).toBe('2021 – Dec 2025');
    expect(formatPeriod({ start: '2024-05-24' })).toBe('since 24 May 2024');
    expect(formatPeriod(undefined)).toBeUndefined();
  });
});

describe('how a mark was matched, in small print', () => {
  it('says nothing for an exact name', () => {
    expect(buildCardModel(entity, () => undefined, {}, { via: 'exact', text: 'Plan X' }).matchNote).toBeUndefined();
    expect(buildCardModel(entity, () => undefined).matchNote).toBeUndefined();
  });

  it('names the kind of match otherwise, quoting the page', () => {
    const note = (via: 'variant' | 'fuzzy' | 'context' | 'backref', text: string) => buildCardModel(entity, () => undefined, {}, { via, text }).matchNote;
    expect(note('backref', 'Xiao')).toBe('Matched from a shortened form: “Xiao” after the full name');
    expect(note('fuzzy', 'Plan Y')).toBe('Matched despite a spelling difference (“Plan Y”)');
    expect(note('variant', 'Plans X')).toMatch(/another form of the name/);
    expect(note('context', 'Big Fund')).toMatch(/can mean other things/);
  });
});
