// The background's message handling, with fakes for the browser: privileged requests only from
// extension pages, unknown messages get an error, one extension tab per click at most.
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundHandler, NOT_THIS_MAX_PER_SECOND, OPEN_DETAIL_MIN_INTERVAL_MS } from '../../platform/background-handler';
import { DEFAULT_SETTINGS, isSuppressed, MAX_NOT_THIS, parseSettings, type Settings } from '../../core/settings';
import { TOY_ENTITIES, TOY_INDEX } from './toy-kb';
import { HOVER_CARD_CSS } from '../../components/card-styles';

const ID = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
function setup() {
  let now = 10_000;
  // A store as platform/settings-store.ts keeps it: every write parsed, and slow enough to interleave.
  let stored: Settings = DEFAULT_SETTINGS;
  const updateSettings = vi.fn(async (change: (s: Settings) => Settings) => {
    const current = stored;
    await new Promise((r) => setTimeout(r, 1));
    stored = parseSettings(change(current)).settings;
    return stored;
  });
  const deps = {
    updateSettings,
    kb: { version: 't', entities: TOY_ENTITIES },
    matchIndex: TOY_INDEX,
    extensionId: ID,
    extensionOrigin: ORIGIN,
    syncRegistration: vi.fn(async () => undefined),
    injectInto: vi.fn(async () => undefined),
    openTab: vi.fn(async () => undefined),
    extensionPageUrl: (p: string) => `${ORIGIN}${p.slice(1)}`,
    now: () => now,
  };
  return { deps, handle: createBackgroundHandler(deps), advance: (ms: number) => (now += ms), settings: () => stored, store: (s: Settings) => (stored = s) };
}
const contentScript = { id: ID, url: 'http://www.chinadaily.com.cn/a', tab: { id: 7, index: 2 } };
const extensionPage = { id: ID, url: `${ORIGIN}popup.html`, tab: { id: 9, index: 0 } };

describe('background handler', () => {
  it('answers a card in one round trip: its view-model, for the article date asked', async () => {
    const { handle } = setup();
    const reply = await handle({ type: 'getCard', id: 'big-fund', articleDate: '2021-03-05' }, contentScript);
    expect(reply).toMatchObject({ id: 'big-fund', typeLabel: 'State fund', summary: { cites: [1] } });
    expect((await handle({ type: 'getCard', id: 'big-fund', articleDate: 'yesterday' }, contentScript))).toMatchObject({ ok: false });
    expect(await handle({ type: 'getCard', id: 'no-such' }, contentScript)).toBeNull();
  });
  it('serves the card its stylesheet (kept out of the content script, ADR 0016), to a content script of this extension only', async () => {
    const { handle } = setup();
    const reply = await handle({ type: 'getCardStyle' }, contentScript);
    expect(reply).toEqual({ css: HOVER_CARD_CSS });
    expect(HOVER_CARD_CSS).toContain('.pc-popover');
    expect(await handle({ type: 'getCardStyle' }, { ...contentScript, id: 'other-extension' })).toMatchObject({ ok: false });
  });
  it("says on a pack entity's card which knowledge pack it comes from, and nothing on a bundled one", async () => {
    const { deps } = setup();
    const handle = createBackgroundHandler({ ...deps, packOf: new Map([['xiao-yaqing', { name: 'My pack' }]]) });
    expect(await handle({ type: 'getCard', id: 'xiao-yaqing' }, contentScript)).toMatchObject({ pack: 'My pack' });
    expect(await handle({ type: 'getCard', id: 'big-fund' }, contentScript)).not.toHaveProperty('pack');
  });
  it('refuses syncSites (which injects into tabs) from a content script, accepts it from an extension page', async () => {
    const { handle, deps } = setup();
    expect(await handle({ type: 'syncSites', tabId: 1 }, contentScript)).toEqual({ ok: false, error: expect.stringContaining('only from the extension') });
    expect(deps.injectInto).not.toHaveBeenCalled();
    expect(await handle({ type: 'syncSites', tabId: 1 }, extensionPage)).toEqual({ ok: true });
    expect(deps.injectInto).toHaveBeenCalledWith(1);
  });
  it('refuses a page URL that merely contains the extension origin, and another extension', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'syncSites' }, { id: ID, url: `http://evil.test/?${ORIGIN}` })).toMatchObject({ ok: false });
    expect(await handle({ type: 'getMatchIndex' }, { id: 'other-extension', url: ORIGIN })).toMatchObject({ ok: false });
  });
  it('replies with an error to unknown or malformed messages', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'getEntity', id: 'x' }, contentScript)).toEqual({ ok: false, error: expect.stringMatching(/^refused message \(getEntity\)/) });
    expect(await handle('hello', contentScript)).toMatchObject({ ok: false });
  });
  it('opens the entity page next to the article, at most one tab per interval from one page', async () => {
    const { handle, deps, advance } = setup();
    const replies = [];
    for (let i = 0; i < 5; i++) replies.push(await handle({ type: 'openDetail', id: 'npc' }, contentScript));
    expect(deps.openTab).toHaveBeenCalledTimes(1);
    expect(replies.filter((r) => (r as { ok: boolean }).ok)).toHaveLength(1);
    advance(OPEN_DETAIL_MIN_INTERVAL_MS);
    await handle({ type: 'openDetail', id: 'npc' }, contentScript);
    expect(deps.openTab).toHaveBeenCalledTimes(2);
    expect(deps.openTab).toHaveBeenLastCalledWith(`${ORIGIN}entity.html?id=npc`, 3);
  });

  describe('"not this"', () => {
    const page = { id: ID, url: 'https://www.ft.com/content/abc?utm=x#top', tab: { id: 7, index: 2, url: 'https://www.ft.com/content/abc?utm=x' } };

    it('stores a rule for the sender\'s page, site or everywhere, and undo removes it', async () => {
      const { handle, settings, advance } = setup();
      expect(await handle({ type: 'addNotThis', entityId: 'npc', scope: 'page', text: 'NPC' }, page)).toEqual({ ok: true });
      expect(await handle({ type: 'addNotThis', entityId: 'big-fund', scope: 'site', text: 'Big Fund' }, page)).toEqual({ ok: true });
      expect(await handle({ type: 'addNotThis', entityId: 'xi', scope: 'everywhere', text: 'Xi' }, page)).toEqual({ ok: true });
      expect(settings().notThis).toEqual([
        { entityId: 'npc', scope: 'page', where: 'https://www.ft.com/content/abc', text: 'NPC', added: 10_000 },
        { entityId: 'big-fund', scope: 'site', where: 'ft.com', text: 'Big Fund', added: 10_000 },
        { entityId: 'xi', scope: 'everywhere', text: 'Xi', added: 10_000 },
      ]);
      // The content script decides with the same keys from its own location.
      expect(isSuppressed(settings().notThis, 'npc', 'https://www.ft.com/content/abc?other', 'www.ft.com')).toBe(true);
      expect(isSuppressed(settings().notThis, 'big-fund', 'https://ft.com/other', 'ft.com')).toBe(true);
      advance(1000);
      expect(await handle({ type: 'removeNotThis', entityId: 'big-fund', scope: 'site' }, page)).toEqual({ ok: true });
      expect(settings().notThis.map((r) => r.entityId)).toEqual(['npc', 'xi']);
    });

    it('never takes a `where` from the message (refused): a rule is for the sender\'s own page or site', async () => {
      const { handle, settings } = setup();
      expect(await handle({ type: 'addNotThis', entityId: 'npc', scope: 'site', text: 'NPC', where: 'bbc.com' }, page)).toMatchObject({ ok: false });
      expect(settings().notThis).toEqual([]);
      // A frame's own address wins over its tab's: the rule covers the page whose marks were shown.
      const frame = { ...page, url: 'https://embed.example.org/w' };
      await handle({ type: 'addNotThis', entityId: 'npc', scope: 'site', text: 'NPC' }, frame);
      expect(settings().notThis).toMatchObject([{ where: 'embed.example.org' }]);
    });

    it('refuses bad scopes, bad ids, oversized text, and page or site rules from no web page', async () => {
      const { handle, settings } = setup();
      for (const bad of [
        { type: 'addNotThis', entityId: 'npc', scope: 'world', text: 'NPC' },
        { type: 'addNotThis', entityId: 'npc', scope: 'Page', text: 'NPC' },
        { type: 'addNotThis', entityId: 'NPC!', scope: 'page', text: 'NPC' },
        { type: 'addNotThis', entityId: 'npc', scope: 'page', text: 'x'.repeat(301) },
        { type: 'addNotThis', entityId: 'npc', scope: 'page' },
        { type: 'removeNotThis', entityId: 'npc', scope: 'galaxy' },
      ]) expect(await handle(bad, page)).toMatchObject({ ok: false });
      expect(await handle({ type: 'addNotThis', entityId: 'npc', scope: 'page', text: 'NPC' }, extensionPage)).toMatchObject({ ok: false });
      expect(await handle({ type: 'addNotThis', entityId: 'npc', scope: 'site', text: 'NPC' }, { id: ID })).toMatchObject({ ok: false });
      expect(await handle({ type: 'addNotThis', entityId: 'npc', scope: 'page', text: 'NPC' }, { ...page, id: 'other-extension' })).toMatchObject({ ok: false });
      expect(settings().notThis).toEqual([]);
    });

    it(`takes at most ${NOT_THIS_MAX_PER_SECOND} changes a second from one tab, and loses none of quick clicks`, async () => {
      const { handle, settings, advance } = setup();
      const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
      const replies = await Promise.all(ids.map((entityId) => handle({ type: 'addNotThis', entityId, scope: 'page', text: entityId }, page)));
      expect(replies.map((r) => (r as { ok: boolean }).ok)).toEqual([true, true, true, true, false, false]);
      expect(settings().notThis.map((r) => r.entityId)).toEqual(['a', 'b', 'c', 'd']);
      // Another tab has its own allowance; this one gets more after a second.
      expect(await handle({ type: 'addNotThis', entityId: 'e', scope: 'page', text: 'e' }, { ...page, tab: { id: 8 } })).toEqual({ ok: true });
      advance(1000);
      expect(await handle({ type: 'addNotThis', entityId: 'f', scope: 'page', text: 'f' }, page)).toEqual({ ok: true });
    });

    it('adds a rule once, and refuses (rather than overflow and lose the list) when the list is full', async () => {
      const { handle, settings, store, advance } = setup();
      await handle({ type: 'addNotThis', entityId: 'npc', scope: 'page', text: 'NPC' }, page);
      await handle({ type: 'addNotThis', entityId: 'npc', scope: 'page', text: 'NPC' }, page);
      expect(settings().notThis).toHaveLength(1);
      const full = Array.from({ length: MAX_NOT_THIS }, (_, i) => ({ entityId: `e-${i}`, scope: 'everywhere' as const, text: 'x', added: i }));
      store({ ...DEFAULT_SETTINGS, notThis: full });
      advance(1000);
      expect(await handle({ type: 'addNotThis', entityId: 'npc', scope: 'everywhere', text: 'NPC' }, page)).toMatchObject({ ok: false, error: expect.stringContaining('full') });
      expect(settings().notThis).toHaveLength(MAX_NOT_THIS);
    });
  });
});
