// The options view with a fake platform (linkedom, in Node): controls write what they say, the
// repaired notice names fields, a rule's removal can be undone, and reset is asked first.
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../core/settings';
import type { OptionsPlatform } from '../../platform/options-platform';

// The words: the key and its substitutions, so assertions read without a browser's i18n.
vi.mock('../../platform/i18n', () => ({ t: (key: string, ...subs: unknown[]) => [key, ...subs].join('|'), uiIsChinese: () => false }));

const { window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
Object.assign(globalThis, { window, document: window.document, Node: window.Node, Event: window.Event, HTMLElement: window.HTMLElement });
const { h, render } = await import('preact');
const { act } = await import('preact/test-utils');
const { Options } = await import('../../components/Options');

const kb = { version: '9.9.9', asOf: '2026-01-01', entities: [{ id: 'smic', name: { en: 'SMIC Corp' } }] } as never;
const RULE = { entityId: 'smic', scope: 'everywhere' as const, text: 'SMIC', added: Date.UTC(2026, 0, 2) };

function fakePlatform(initial: unknown) {
  let stored = parseSettings(initial);
  const calls: string[] = [];
  const platform: OptionsPlatform = {
    loadSettings: async () => stored,
    updateSettings: async (change) => {
      stored = { settings: parseSettings(change(stored.settings)).settings, repaired: [] };
      return stored.settings;
    },
    resetSettings: async () => platform.updateSettings((s) => ({ ...DEFAULT_SETTINGS, enabledSites: s.enabledSites })),
    watchSettings: () => () => undefined,
    setSiteOn: async (site, on) => (calls.push(`${site}:${on}`), { ok: true }),
    download: (name, text) => void calls.push(`download:${name}:${JSON.parse(text).rules.length}`),
    packs: { loadStoredPacks: async () => [], loadSettings: async () => stored, watchSettings: () => () => undefined } as never,
  };
  return { platform, calls, settings: (): Settings => stored.settings };
}

const app = () => document.getElementById('app')!;
const $ = (sel: string) => app().querySelector(sel) as HTMLElement;
const settle = () => act(async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0)); });
async function click(sel: string) {
  const el = $(sel) as HTMLInputElement;
  // linkedom has no checked property until one is set: the attribute is the state before that.
  if (el.type === 'checkbox') el.checked = !(el.checked ?? el.hasAttribute('checked'));
  if (el.type === 'radio') el.checked = true;
  await act(() => { el.dispatchEvent(new Event(el.tagName === 'INPUT' ? 'change' : 'click', { bubbles: true })); });
  await settle();
}
async function show(initial: unknown) {
  const fake = fakePlatform(initial);
  await act(() => render(h(Options, { kb, platform: fake.platform }), app()));
  await settle();
  return fake;
}

describe('Options view', () => {
  beforeEach(() => render(null, app()));

  it('writes what each control says', async () => {
    const fake = await show(undefined);
    await click('#pc-opt-enabled');
    expect(fake.settings().enabled).toBe(false);
    await click('input[name=category][value=funds]');
    expect(fake.settings().categories.funds).toBe(false);
    await click('#pc-opt-highlight-style-underline');
    await click('#pc-opt-first-mention-off');
    expect(fake.settings()).toMatchObject({ highlightStyle: 'underline', firstMentionOnly: 'off' });
    await click('input[name=curated-site][value="ft.com"]');
    expect(fake.calls).toContain('ft.com:false');
    expect($('.pc-opt-foot').textContent).toBe('optionsFooter|9.9.9|2026-01-01|1');
  });

  it('names the repaired fields', async () => {
    await show({ dwellMs: 'slow', highlightStyle: 'neon' });
    expect($('.pc-opt-repaired').textContent).toBe('optionsRepaired|dwellMs, highlightStyle');
  });

  it('removes a rule by its entity name, undoes it, and exports the list', async () => {
    const fake = await show({ notThis: [RULE] });
    expect($('.pc-opt-rules li').textContent).toContain('SMIC Corp');
    await click('.pc-opt-export');
    expect(fake.calls).toContain('download:policy-context-not-this-' + new Date().toISOString().slice(0, 10) + '.json:1');
    await click('.pc-opt-rules li button');
    expect(fake.settings().notThis).toEqual([]);
    expect($('.pc-opt-not-this').textContent).toContain('optionsNotThisEmpty');
    await click('.pc-opt-undo');
    expect(fake.settings().notThis).toEqual([RULE]);
  });

  it('asks before it resets, and keeps added sites', async () => {
    const fake = await show({ dwellMs: 900, enabledSites: ['example.org'] });
    await click('.pc-opt-reset-start');
    expect(fake.settings().dwellMs).toBe(900);
    await click('.pc-opt-reset-yes');
    expect(fake.settings()).toMatchObject({ dwellMs: 250, enabledSites: ['example.org'] });
    expect($('.pc-opt-reset').textContent).toContain('optionsResetDone');
  });

  it('refuses a typed address that is not a site without asking the browser', async () => {
    const fake = await show(undefined);
    const input = $('#pc-opt-add-site') as HTMLInputElement;
    input.value = 'not a site';
    await act(() => { input.dispatchEvent(new Event('input', { bubbles: true })); });
    await act(() => { $('.pc-opt-add-site').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });
    await settle();
    expect(fake.calls).toEqual([]);
    expect($('.pc-opt-sites .pc-opt-error').textContent).toBe('optionsAddSiteInvalid|not a site');
  });
});
