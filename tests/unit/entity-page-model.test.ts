// The entity page's view-model: the card's numbering kept, every source listed, one timeline of
// everything dated in order, who says what in a dispute, links only to records that exist.
import { describe, expect, it } from 'vitest';
import { buildCardModel } from '../../core/card-model';
import { buildEntityPageModel, formatDateFor } from '../../core/entity-page-model';
import { EntitySchema, type Entity } from '../../core/kb-schema';

const src = (id: string, publisher = 'Pub') => ({ id, title: `Title ${id}`, publisher, date: '2024-01', url: `https://example.org/${id}` });
const fund: Entity = EntitySchema.parse({
  id: 'fund-a', type: 'fund',
  name: { en: 'Fund A', zh: '基金甲', zhHant: '基金甲', pinyin: 'Jijin Jia' },
  aliases: [{ text: 'Fund A', lang: 'en' }, { text: '基金甲', lang: 'zh-Hans' }, { text: 'The A Fund', lang: 'en' }, { text: 'the a fund', lang: 'en' }],
  summary: 'A state fund used only by the entity page model tests here.', summarySourceIds: ['s1'],
  dates: { start: '2019-10', end: '2034' },
  keyDates: [{ date: '2024-05-24', text: 'Third phase registered', sourceIds: ['s2'] }, { date: '2014', text: 'First phase', sourceIds: ['s1'] }],
  roles: [{ title: 'Chair', org: 'Board', from: '2020-03', to: '2023', sourceIds: ['s3'] }],
  targets: [{ metric: 'Invested', value: '100bn', deadline: '2024-12', status: 'met', sourceIds: ['s2'] }, { metric: 'No deadline', value: 'x', status: 'unclear', sourceIds: ['s2'] }],
  disputes: [{ text: 'Capital: A says 1, B says 2.', sourceIds: ['s2', 's4'] }],
  facts: [{ label: 'Capital', value: '1bn', sourceIds: ['s1'] }],
  shareholders: [{ name: 'Ministry', entityId: 'ministry', share: '20%', sourceIds: ['s1'] }, { name: 'Ghost', entityId: 'ghost', share: '1%', sourceIds: ['s1'] }],
  related: ['ministry', 'no-such-record'],
  sources: [src('s1', 'Xinhua'), src('s2', 'Reuters'), src('s3'), src('s4', 'Caixin'), src('uncited', 'Archive')],
});
const others: Record<string, Pick<Entity, 'name'>> = { ministry: { name: { en: 'Ministry', zh: '部' } } };
const lookup = (id: string) => others[id];

describe('buildEntityPageModel', () => {
  const model = buildEntityPageModel(fund, lookup);

  it('numbers sources as the card does, then lists the uncited ones after them', () => {
    const card = buildCardModel(fund, (id) => lookup(id)?.name.en);
    expect(model.sources.slice(0, card.sources.length).map((s) => [s.id, s.number])).toEqual(card.sources.map((s) => [s.id, s.number]));
    expect(model.sources.map((s) => s.id).sort()).toEqual(['s1', 's2', 's3', 's4', 'uncited']);
    expect(model.sources.at(-1)).toMatchObject({ id: 'uncited', number: 5, cited: false });
    expect(model.sources.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts everything dated on one timeline, oldest first, each with its sources', () => {
    expect(model.timeline.map((e) => [e.date, e.kind])).toEqual([
      ['2014', 'keyDate'], ['2019-10', 'start'], ['2020-03', 'roleFrom'], ['2023', 'roleTo'],
      ['2024-05-24', 'keyDate'], ['2024-12', 'deadline'], ['2034', 'end'],
    ]);
    const number = (id: string) => model.sources.find((s) => s.id === id)!.number;
    expect(model.timeline.find((e) => e.kind === 'roleFrom')).toMatchObject({ text: 'Chair, Board', cites: [number('s3')] });
    expect(model.timeline.find((e) => e.kind === 'deadline')).toMatchObject({ text: 'Invested: 100bn', status: 'met', cites: [number('s2')] });
  });

  it('says who says what in a dispute', () => {
    expect(model.disputes[0]!.sides.map((s) => s.publisher)).toEqual(['Reuters', 'Caixin']);
  });

  it('links only to records that exist, related and shareholders alike', () => {
    expect(model.related).toEqual([{ id: 'ministry', name: 'Ministry', nameZh: '部' }]);
    expect(model.shareholders.map((h) => h.entityId)).toEqual(['ministry', undefined]);
  });

  it('lists aliases that are not already names, once each', () => {
    expect(model.aliases).toEqual([{ text: 'The A Fund', lang: 'en' }]);
    expect(model.names).toEqual({ en: 'Fund A', zh: '基金甲', zhHant: '基金甲', pinyin: 'Jijin Jia' });
  });
});

describe('formatDateFor', () => {
  it('words a partial date for an English or a Chinese reader', () => {
    expect(['2024', '2024-05', '2024-05-07'].map((d) => formatDateFor(d, false))).toEqual(['2024', 'May 2024', '7 May 2024']);
    expect(['2024', '2024-05', '2024-05-07'].map((d) => formatDateFor(d, true))).toEqual(['2024年', '2024年5月', '2024年5月7日']);
  });
  it('keeps the raw deadline beside the card\'s worded one', () => {
    expect(buildEntityPageModel(fund, lookup).targets.map((t) => t.deadlineDate)).toEqual(['2024-12', undefined]);
  });
});
