// The background's message handling, with fakes for the browser: privileged requests only from
// extension pages, unknown messages get an error, one extension tab per click at most.
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundHandler, OPEN_DETAIL_MIN_INTERVAL_MS } from '../../platform/background-handler';
import { TOY_ENTITIES, TOY_INDEX } from './toy-kb';

const ID = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
function setup() {
  let now = 10_000;
  const deps = {
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
  return { deps, handle: createBackgroundHandler(deps), advance: (ms: number) => (now += ms) };
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
});
