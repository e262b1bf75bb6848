// The UI's two languages: the catalogues agree with each other and with the English table core/
// uses without a browser; the card model takes every word from its translator; Chinese dates and
// Chinese-first names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCardModel, formatPeriod } from '../../core/card-model';
import { CARD_TEXT_EN, displayName, fillMessage, formatDate, namesInOrder, type CardUi } from '../../core/card-text';
import { EntitySchema } from '../../core/kb-schema';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { createBackgroundHandler } from '../../platform/background-handler';
import { entity as toyEntity, TOY_INDEX } from './toy-kb';

type Catalogue = Record<string, { message: string; placeholders?: unknown }>;
const read = (lang: string) => JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalogue;
const en = read('en');
const zh = read('zh_CN');

/** The Chinese catalogue through the same substitution browser.i18n does. */
const ZH_UI: CardUi = { t: (key, ...subs) => fillMessage(zh[key]!.message, subs), lang: 'zh' };

const plan = EntitySchema.parse({
  id: 'plan-x', type: 'plan', name: { en: 'Plan X', zh: '计划X' },
  aliases: [{ text: 'Plan X', lang: 'en' }],
  summary: 'A plan used to test the translator.', summarySourceIds: ['a'],
  dates: { start: '2021-03', end: '2025-12' },
  targets: [{ metric: 'Share of X', value: '70%', deadline: '2025', status: 'met', sourceIds: ['a'] }],
  related: ['person-y'],
  sources: [{ id: 'a', title: 'Source A', publisher: 'Pub A', date: '2021-03-12', url: 'https://a.example/x' }],
});
const person = EntitySchema.parse({
  id: 'person-y', type: 'person', name: { en: 'Person Y', zh: '某人' },
  aliases: [{ text: 'Person Y', lang: 'en' }],
  summary: 'A person used to test the translator.', summarySourceIds: ['a'],
  roles: [{ title: 'Minister', org: 'MIIT', from: '2020-07', sourceIds: ['a'] }],
  sources: [{ id: 'a', title: 'Source A', publisher: 'Pub A', accessed: '2026-01-01', url: 'https://a.example/x' }],
});

describe('message catalogues', () => {
  it('English and Chinese have the same keys, each a non-empty message with the same $n substitutions', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const subs = (m: string) => [...m.matchAll(/\$([1-9])/g)].map((x) => x[1]).sort().join();
    for (const key of Object.keys(en)) {
      expect(zh[key]!.message.trim(), key).not.toBe('');
      expect(subs(zh[key]!.message), key).toBe(subs(en[key]!.message));
    }
  });

  it('the English table core/ uses without a browser is the English catalogue', () => {
    for (const [key, message] of Object.entries(CARD_TEXT_EN)) expect(en[key]?.message, key).toBe(message);
  });

  it('Chinese messages are Chinese (every card and popup message but pure punctuation has Han characters)', () => {
    const untranslated = Object.entries(zh)
      .filter(([key]) => /^(card|popup)/.test(key) && !['cardPeriodRange', 'cardTargetText', 'cardLabelled', 'cardListSeparator', 'cardRoleSpan', 'cardRoleSpanStale', 'cardFactDate'].includes(key))
      .filter(([, v]) => !/\p{Script=Han}/u.test(v.message));
    expect(untranslated).toEqual([]);
  });

  it('fills $1..$9 as browser.i18n does', () => {
    expect(fillMessage('$1 – $2', ['a', 'b'])).toBe('a – b');
    expect(fillMessage('costs $$1', ['x'])).toBe('costs $1');
  });
});

describe('dates in each language', () => {
  it('Chinese: 2021年, 2021年3月, 2021年3月11日', () => {
    expect(formatDate('2021', 'zh')).toBe('2021年');
    expect(formatDate('2021-03', 'zh')).toBe('2021年3月');
    expect(formatDate('2021-03-11', 'zh')).toBe('2021年3月11日');
  });
  it('English as before, and anything that is not a KB date is left alone', () => {
    expect(formatDate('2021-03', 'en')).toBe('Mar 2021');
    expect(formatDate('2021-03-01')).toBe('1 Mar 2021');
    expect(formatDate('spring 2021', 'zh')).toBe('spring 2021');
  });
  it('periods read naturally in Chinese', () => {
    expect(formatPeriod({ start: '2021-03', end: '2025-12' }, ZH_UI)).toBe('2021年3月至2025年12月');
    expect(formatPeriod({ start: '2024' }, ZH_UI)).toBe('自2024年起');
  });
});

describe('the card model takes its words from the translator', () => {
  it('every phrase comes from t(), with its substitutions', () => {
    const calls: string[] = [];
    const ui: CardUi = { t: (key, ...subs) => (calls.push(key), `<${key}${subs.length ? `:${subs.join('|')}` : ''}>`), lang: 'en' };
    const m = buildCardModel(plan, () => undefined, { articleDate: '2021-01-05', asOf: '2026-11-27' }, { via: 'fuzzy', text: 'Plan Y' }, ui);
    expect(m.typeLabel).toBe('<cardTypePlan>');
    expect(m.period).toBe('<cardPeriodRange:Mar 2021|Dec 2025>');
    expect(m.context).toEqual([{ label: '<cardInArticle:5 Jan 2021>', text: '<cardNotYetInForce:Mar 2021>', cites: [] }]);
    expect(m.targets[0]).toMatchObject({ statusLabel: '<cardStatusMet>', then: '<cardPendingThen:5 Jan 2021|<cardStatusMet>>' });
    expect(m.asOf).toBe('<cardAsOf:27 Nov 2026>');
    expect(m.matchNote).toBe('<cardMatchFuzzy:Plan Y>');
    expect(m.lang).toBe('en');
  });

  it('in Chinese the whole card reads in Chinese, dates included', () => {
    const m = buildCardModel(plan, () => undefined, { articleDate: '2021-01-05', asOf: '2026-11-27' }, { via: 'backref', text: 'X' }, ZH_UI);
    expect(m.lang).toBe('zh');
    expect(m.typeLabel).toBe('规划');
    expect(m.period).toBe('2021年3月至2025年12月');
    expect(m.context[0]).toMatchObject({ label: '本文发表时（2021年1月5日）', text: '尚未生效（2021年3月起施行）' });
    expect(m.targets[0]).toMatchObject({ deadline: '2025年', statusLabel: '已实现', then: '本文发表时（2021年1月5日）尚待实现；现状：已实现' });
    expect(m.asOf).toBe('知识库截至2026年11月27日');
    expect(m.matchNote).toBe('按简称匹配：全称之后出现的“X”');
    const p = buildCardModel(person, () => undefined, {}, undefined, ZH_UI);
    expect(p.context).toEqual([{ label: '现在', text: 'Minister, MIIT', cites: [1] }]);
    expect(p.roles[0]!.text).toBe('Minister, MIIT（2020年7月至今）');
  });

  it('English without a translator (Node tools and tests)', () => {
    const m = buildCardModel(person, () => undefined);
    expect(m.roles[0]!.text).toBe('Minister, MIIT (Jul 2020 – present)');
    expect(m.lang).toBe('en');
  });
});

describe('Chinese names first in the Chinese UI', () => {
  it('orders names by UI language; an entity without a Chinese name keeps its English one', () => {
    expect(namesInOrder({ en: 'Big Fund', zh: '大基金' }, 'zh')).toEqual([{ text: '大基金', lang: 'zh' }, { text: 'Big Fund', lang: 'en' }]);
    expect(namesInOrder({ en: 'Big Fund', zh: '大基金' }, 'en')).toEqual([{ text: 'Big Fund', lang: 'en' }, { text: '大基金', lang: 'zh' }]);
    expect(namesInOrder({ en: 'BYD' }, 'zh')).toEqual([{ text: 'BYD', lang: 'en' }]);
    expect(displayName({ en: 'Big Fund', zh: '大基金' }, 'zh')).toBe('大基金');
  });

  it('the background builds a Chinese card for the Chinese UI: Chinese words, related entities by their Chinese names', async () => {
    const entities = [plan, person, toyEntity('no-zh', 'company', [{ text: 'No Zh Co', lang: 'en' }])];
    const withRelated = { ...plan, related: ['person-y', 'no-zh'] };
    const handler = (ui?: CardUi) => createBackgroundHandler({
      kb: { version: 't', entities: [withRelated, ...entities.slice(1)] }, matchIndex: TOY_INDEX, extensionId: 'x', extensionOrigin: 'chrome-extension://x/',
      syncRegistration: async () => undefined, injectInto: async () => undefined, openTab: async () => undefined,
      extensionPageUrl: (p) => p, now: () => Date.parse('2026-01-01'), updateSettings: async () => DEFAULT_SETTINGS, ...(ui ? { ui } : {}),
    });
    const sender = { id: 'x', url: 'https://news.example/a' };
    const zhCard = await handler(ZH_UI)({ type: 'getCard', id: 'plan-x' }, sender);
    expect(zhCard).toMatchObject({ lang: 'zh', title: 'Plan X', nameZh: '计划X', typeLabel: '规划', related: [{ id: 'person-y', name: '某人' }, { id: 'no-zh', name: 'No Zh Co' }] });
    const enCard = await handler()({ type: 'getCard', id: 'plan-x' }, sender);
    expect(enCard).toMatchObject({ lang: 'en', typeLabel: 'Plan', related: [{ id: 'person-y', name: 'Person Y' }, { id: 'no-zh', name: 'No Zh Co' }] });
  });
});
