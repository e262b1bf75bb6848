// Cards that know the article's date: a person's role then and now, a plan in force or not, a
// target pending then; the article's date read from the page's own signals.
import { describe, expect, it } from 'vitest';
import { articleDateFrom, parseDay } from '../../core/article-date';
import { inForceOn, rolesAt, withinPeriod } from '../../core/as-of';
import { buildCardModel } from '../../core/card-model';
import { EntitySchema, RoleSchema } from '../../core/kb-schema';

const src = [{ id: 's', title: 'A page', publisher: 'Pub', date: '2024', url: 'https://p.example/a' }];
const minister = EntitySchema.parse({
  id: 'minister-x', type: 'person', name: { en: 'Minister X' }, aliases: [{ text: 'Minister X', lang: 'en' }],
  summary: 'A person used only to test cards that know the date.', summarySourceIds: ['s'], sources: src,
  roles: [
    { title: 'Minister of Industry', org: 'MIIT', from: '2020-07', to: '2022-07', sourceIds: ['s'] },
    { title: 'Vice-chair', org: 'A committee', from: '2023-03', sourceIds: ['s'] },
  ],
});
const plan = EntitySchema.parse({
  id: 'plan-y', type: 'plan', name: { en: 'Plan Y' }, aliases: [{ text: 'Plan Y', lang: 'en' }],
  summary: 'A plan used only to test cards that know the date.', summarySourceIds: ['s'], sources: src,
  dates: { start: '2021', end: '2025' },
  targets: [{ metric: 'Share of Z', value: '10%', deadline: '2025', status: 'met', sourceIds: ['s'] }],
});
const names = () => undefined;

describe('periods with partial dates', () => {
  it('a role "from 2020-07" covers any day of July 2020; an open end is unbounded', () => {
    expect(withinPeriod('2020-07-01', '2020-07', '2022-07')).toBe(true);
    expect(withinPeriod('2022-07-31', '2020-07', '2022-07')).toBe(true);
    expect(withinPeriod('2022-08-01', '2020-07', '2022-07')).toBe(false);
    expect(withinPeriod('2030-01-01', '2023-03')).toBe(true);
    expect(inForceOn({ start: '2021', end: '2025' }, '2020-12-31')).toBe('not-yet');
    expect(inForceOn({ start: '2021', end: '2025' }, '2025-12-31')).toBe('in-force');
    expect(inForceOn({ start: '2021', end: '2025' }, '2026-01-01')).toBe('ended');
  });
});

describe('card context', () => {
  it('a person in an older article: the role then and the role now', () => {
    const m = buildCardModel(minister, names, { articleDate: '2021-03-11', asOf: '2026-11-27' });
    expect(m.context.map((c) => `${c.label}: ${c.text}`)).toEqual([
      'In this article (11 Mar 2021): Minister of Industry, MIIT',
      'Now: Vice-chair, A committee',
    ]);
    expect(m.context[0]!.cites).toEqual([1]);
    expect(m.asOf).toBe('Knowledge base as of 27 Nov 2026');
  });
  it('a role with no sourced start is never claimed for the article date', () => {
    const undated = { ...minister, roles: [{ title: 'Director', org: 'A fund', sourceIds: ['s'] }] };
    expect(buildCardModel(undated, names, { articleDate: '2005-01-01' }).context[0]!.text).toBe('no role on record at that date');
  });
  it('without an article date a person card speaks of now only', () => {
    expect(buildCardModel(minister, names).context.map((c) => c.label)).toEqual(['Now']);
  });
  it('a plan: in force at the article date or not; its target pending then and how it ended', () => {
    const then = buildCardModel(plan, names, { articleDate: '2021-03-11' });
    expect(then.context.map((c) => c.text)).toEqual(['in force']);
    expect(then.targets[0]!.then).toBe("Pending at this article's date (11 Mar 2021); now: Met");
    expect(buildCardModel(plan, names, { articleDate: '2019-05-01' }).context[0]!.text).toBe('not yet in force (from 2021)');
    expect(buildCardModel(plan, names, { today: '2026-11-27' }).context).toEqual([{ label: 'Today', text: 'no longer in force (ended 2025)', cites: [] }]);
    expect(buildCardModel(plan, names, { articleDate: '2026-02-01' }).targets[0]!.then).toBeUndefined();
  });
});

describe('article date from the page', () => {
  const none = { meta: [], jsonLd: [], times: [], url: 'https://news.example/story' };
  it('prefers meta tags, then JSON-LD (also in @graph), then <time>, then the address', () => {
    expect(articleDateFrom({ ...none, meta: ['2021-03-11T08:00:00Z'], times: ['2020-01-01'] })).toBe('2021-03-11');
    expect(articleDateFrom({ ...none, jsonLd: ['{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-10-17T12:00:00+08:00"}]}'] })).toBe('2023-10-17');
    expect(articleDateFrom({ ...none, times: ['2024-05-24'] })).toBe('2024-05-24');
    expect(articleDateFrom({ ...none, url: 'https://www.reuters.com/technology/2024/05/27/china-chip-fund/' })).toBe('2024-05-27');
    expect(articleDateFrom({ ...none, url: 'https://www.news.cn/20250308/abc/c.html' })).toBe('2025-03-08');
  });
  it('ignores broken JSON-LD, huge blocks, impossible dates and no date at all', () => {
    expect(articleDateFrom({ ...none, jsonLd: ['{not json', `{"datePublished":"2021-01-01","x":"${'a'.repeat(300_000)}"}`] })).toBeUndefined();
    expect(parseDay('2021-13-01')).toBeUndefined();
    expect(parseDay('1066-10-14')).toBeUndefined();
    expect(articleDateFrom(none)).toBeUndefined();
  });
});

describe('a role known only as "in post by" a date', () => {
  const role = { title: 'Spokesperson', heldBy: '2023-07', sourceIds: ['s'] };
  it('is held from the day a source shows it, never claimed before', () => {
    expect(rolesAt([role], '2023-07-15')).toEqual([role]);
    expect(rolesAt([role], '2024-01-01')).toEqual([role]);
    expect(rolesAt([role], '2023-06-30')).toEqual([]);
  });
  it('cannot also have a start: the schema refuses both', () => {
    expect(RoleSchema.safeParse({ ...role, from: '2021-09' }).success).toBe(false);
    expect(RoleSchema.safeParse(role).success).toBe(true);
  });
});

describe('a role known only to have ended "by" a date', () => {
  // A source shows a successor in post (or the person in another post), but none says when he left.
  const role = { title: 'Vice Premier', org: 'State Council', from: '2013-03', leftBy: '2018-03-19', sourceIds: ['s'] };
  const person = EntitySchema.parse({
    id: 'vp', type: 'person', name: { en: 'Vice Premier V' }, aliases: [{ text: 'Vice Premier V', lang: 'en' }],
    summary: 'A person used only to test roles that ended by a date.', summarySourceIds: ['s'], sources: src, roles: [role],
  });
  it('is not held after that date, and is not current', () => {
    expect(rolesAt([role], '2016-05-01')).toEqual([role]);
    expect(rolesAt([role], '2018-03-20')).toEqual([]);
    const lines = buildCardModel(person, names, { articleDate: '2016-05-01', asOf: '2026-11-27' }).context.map((c) => `${c.label}: ${c.text}`);
    expect(lines).toEqual(['In this article (1 May 2016): Vice Premier, State Council', 'Now: none of the roles on record']);
  });
  it('says so on the card instead of giving an end date', () => {
    expect(buildCardModel(person, names).roles[0]!.text).toBe('Vice Premier, State Council (Mar 2013 – out of post by 19 Mar 2018)');
  });
  it('cannot also have an end: the schema refuses both', () => {
    expect(RoleSchema.safeParse({ ...role, to: '2018-03' }).success).toBe(false);
    expect(RoleSchema.safeParse(role).success).toBe(true);
  });
});
