// Cards that know the article's date: a person's role then and now, a plan in force or not, a
// target pending then; the article's date read from the page's own signals.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleDateFrom, parseDay } from '../../core/article-date';
import { inForceOn, rolesAt, staleSince, withinPeriod } from '../../core/as-of';
import { buildKbReport, formatKbReport } from '../../core/kb-report';
import { buildCardModel } from '../../core/card-model';
import { fillMessage, type CardUi } from '../../core/card-text';
import { EntitySchema, RoleSchema } from '../../core/kb-schema';

const src = [{ id: 's', title: 'A page', publisher: 'Pub', date: '2026-06', url: 'https://p.example/a' }];
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
const zhMessages = JSON.parse(readFileSync(new URL('../../public/_locales/zh_CN/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
const zhUi: CardUi = { t: (key, ...subs) => fillMessage(zhMessages[key]!.message, subs), lang: 'zh' };

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

describe('an open role whose newest page is old', () => {
  // "Now" is only as good as the newest page cited for a role: a vice-chair last shown in 2020 whose
  // term ended in 2023 must not read "present" on a card dated 2026.
  const sources = [
    { id: 'old', title: 'Old page', publisher: 'Pub', date: '2020-12-08', url: 'https://p.example/old' },
    { id: 'new', title: 'New page', publisher: 'Pub', date: '2026-03-12', url: 'https://p.example/new' },
    { id: 'read', title: 'Undated page', publisher: 'Pub', accessed: '2026-11-27', url: 'https://p.example/read' },
  ];
  const person = (ids: string[], role: Record<string, unknown> = { from: '2018-03' }, more: Record<string, unknown>[] = []) => EntitySchema.parse({
    id: 'vc', type: 'person', name: { en: 'Vice-chair W' }, aliases: [{ text: 'Vice-chair W', lang: 'en' }],
    summary: 'A person used only to test roles whose newest page is old.', summarySourceIds: ['old'], sources,
    roles: [{ title: 'Vice-chair', org: 'A committee', ...role, sourceIds: ids }, ...more],
  });
  const lines = (m: ReturnType<typeof buildCardModel>) => m.context.map((c) => `${c.label}: ${c.text}`);
  it('names the newest page instead of "present", and the line is headed "On record", not "Now"', () => {
    const m = buildCardModel(person(['old']), names, { asOf: '2026-11-27' });
    expect(m.roles[0]!.text).toBe('Vice-chair, A committee (from Mar 2018; latest source 8 Dec 2020)');
    expect(lines(m)).toEqual(['On record: Vice-chair, A committee (latest source 8 Dec 2020)']);
    const heldBy = buildCardModel(person(['old'], { heldBy: '2020-12' }), names, { asOf: '2026-11-27' });
    expect(heldBy.roles[0]!.text).toBe('Vice-chair, A committee (in post by Dec 2020; latest source 8 Dec 2020)');
  });
  it('a page from the last twelve months keeps "present", an undated page counts from the day it was read; a card without a KB date never warns', () => {
    for (const ids of [['old', 'new'], ['old', 'read']]) {
      const fresh = buildCardModel(person(ids), names, { asOf: '2026-11-27' });
      expect(fresh.roles[0]!.text).toBe('Vice-chair, A committee (Mar 2018 – present)');
      expect(lines(fresh)).toEqual(['Now: Vice-chair, A committee']);
    }
    expect(buildCardModel(person(['old']), names).roles[0]!.text).toBe('Vice-chair, A committee (Mar 2018 – present)');
  });
  it('with an article date: the role then carries the warning too; the "now" line stays when it says more, not to repeat it', () => {
    // The line for the article already says all the "now" line would: it is not said twice.
    const m = buildCardModel(person(['old']), names, { articleDate: '2026-10-01', asOf: '2026-11-27' });
    expect(lines(m)).toEqual(['In this article (1 Oct 2026): Vice-chair, A committee (latest source 8 Dec 2020)']);
    // An article within a year of the page: the role then needs no warning, "now" still does.
    expect(lines(buildCardModel(person(['old']), names, { articleDate: '2021-06-01', asOf: '2026-11-27' }))).toEqual([
      'In this article (1 Jun 2021): Vice-chair, A committee',
      'On record: Vice-chair, A committee (latest source 8 Dec 2020)',
    ]);
  });
  it('one fresh role and one stale: the line says "Now" and flags only the stale one', () => {
    const mixed = person(['old'], { from: '2018-03' }, [{ title: 'Member', org: 'A council', from: '2025-03', sourceIds: ['new'] }]);
    expect(lines(buildCardModel(mixed, names, { asOf: '2026-11-27' }))).toEqual(['Now: Vice-chair, A committee (latest source 8 Dec 2020); Member, A council']);
  });
  it('an ended role is never flagged, however old its page', () => {
    const ended = buildCardModel(person(['old'], { from: '2018-03', to: '2020-12' }), names, { asOf: '2026-11-27' });
    expect(ended.roles[0]!.text).toBe('Vice-chair, A committee (Mar 2018 – Dec 2020)');
    expect(staleSince({ title: 'T', from: '2018', leftBy: '2021', sourceIds: ['old'] }, sources, '2026-11-27')).toBeUndefined();
  });
  it('counts calendar months, reading a year alone as its December, a month as itself', () => {
    const role = { title: 'T', from: '2020', sourceIds: ['s'] };
    const at = (page: Record<string, string>, day: string) => staleSince(role, [{ id: 's', title: 't', publisher: 'p', url: 'https://p.example/', ...page }], day);
    expect(at({ date: '2025' }, '2026-12-31')).toBeUndefined(); // Dec 2025 to Dec 2026: twelve months
    expect(at({ date: '2025' }, '2027-01-01')).toBe('2025');
    expect(at({ date: '2025-03' }, '2026-03-31')).toBeUndefined();
    expect(at({ date: '2025-03' }, '2026-04-01')).toBe('2025-03');
    expect(at({ date: '2025-10-31' }, '2026-11-27')).toBe('2025-10-31');
  });
  it('ranks pages by the month they reach: a year alone is not outranked by an earlier precise day', () => {
    const two = [
      { id: 'y', title: 't', publisher: 'p', url: 'https://p.example/y', date: '2025' },
      { id: 'd', title: 't', publisher: 'p', url: 'https://p.example/d', date: '2025-03-01' },
    ];
    expect(staleSince({ title: 'T', from: '2020', sourceIds: ['y', 'd'] }, two, '2026-12-01')).toBeUndefined();
    expect(staleSince({ title: 'T', from: '2020', sourceIds: ['d', 'y'] }, two, '2026-12-01')).toBeUndefined();
  });
  it('speaks Chinese on a Chinese card', () => {
    const zh = buildCardModel(person(['old']), names, { asOf: '2026-11-27' }, undefined, zhUi);
    expect(zh.roles[0]!.text).toBe('Vice-chair, A committee（2018年3月起；最新来源为2020年12月8日）');
    expect(zh.context[0]!.label).toBe('最新记录');
  });
  it('the KB report lists such roles for whoever updates the knowledge base, and says when no KB date was given', () => {
    const r = buildKbReport([person(['old']), person(['old', 'new'])].map((p, i) => ({ ...p, id: `vc-${i}` })), '2026-11-27');
    expect(r.unconfirmedRoles).toEqual([{ id: 'vc-0', role: 'Vice-chair, A committee', latestSource: '2020-12-08' }]);
    expect(formatKbReport(r)).toContain('vc-0: Vice-chair, A committee (latest source 2020-12-08)');
    expect(formatKbReport(buildKbReport([person(['old'])]))).toContain('Open roles not checked against a KB date');
  });
});
