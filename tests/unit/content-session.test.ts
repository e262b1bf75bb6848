// ContentSession with fakes for the browser and the page: it answers only this extension's
// well-formed messages, loads nothing on a site that is off, and tears itself down completely the
// moment the extension's context is gone.
import { describe, expect, it, vi } from 'vitest';
import { ContentSession, GUARD_INTERVAL_MS, type ContentSessionDeps } from '../../page/content-session';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';

function fakes(hostname: string) {
  let extensionId: string | undefined = 'ext';
  let onMessage: ((m: unknown, s: { id?: string }) => Promise<unknown> | undefined) | undefined;
  let settingsListener: ((s: Settings) => void) | undefined;
  const intervals: (() => void)[] = [];
  const cleanups = { settings: vi.fn(), messages: vi.fn(), interval: vi.fn() };
  const deps: ContentSessionDeps = {
    doc: {} as Document,
    win: {
      setInterval: (fn: () => void) => intervals.push(fn),
      clearInterval: cleanups.interval,
      performance: { now: () => 0 },
    } as unknown as Window,
    hostname,
    ask: vi.fn(async () => { throw new Error('not expected in this test'); }) as ContentSessionDeps['ask'],
    loadSettings: async () => DEFAULT_SETTINGS,
    watchSettings: (cb) => {
      settingsListener = cb;
      return cleanups.settings;
    },
    listen: (handler) => {
      onMessage = handler;
      return cleanups.messages;
    },
    extensionId: () => extensionId,
    shadowMode: 'closed',
    t: (key) => key,
  };
  return {
    deps,
    cleanups,
    send: (m: unknown, id = 'ext') => onMessage!(m, { id }),
    tickGuard: () => intervals.forEach((fn) => fn()),
    invalidate: () => (extensionId = undefined),
    changeSettings: (s: Settings) => settingsListener!(s),
  };
}

describe('ContentSession', () => {
  it('on a site that is off: asks the background for nothing, answers "not active"', async () => {
    const f = fakes('www.example-blog.test');
    const session = new ContentSession(f.deps);
    await session.begin();
    expect(f.deps.ask).not.toHaveBeenCalled();
    expect(session.isActive).toBe(false);
    expect(await f.send({ type: 'getPageMentions' })).toEqual({ active: false, mentions: [] });
  });

  it('refuses messages from another sender and malformed ones, with an error', async () => {
    const f = fakes('www.example-blog.test');
    await new ContentSession(f.deps).begin();
    expect(await f.send({ type: 'getPageMentions' }, 'someone-else')).toEqual({ ok: false, error: 'refused: not from this extension' });
    expect(await f.send({ type: 'stepMention', step: 5 })).toMatchObject({ ok: false, error: expect.stringMatching(/^refused message/) });
    expect(await f.send({ type: 'optInSitesChanged', tabId: 1 })).toMatchObject({ ok: false });
  });

  it('disposes itself on the first guard tick after the extension context is gone, removing every listener', async () => {
    const f = fakes('www.example-blog.test');
    const session = new ContentSession(f.deps);
    await session.begin();
    f.tickGuard();
    expect(session.isDisposed).toBe(false);
    f.invalidate();
    f.tickGuard();
    expect(session.isDisposed).toBe(true);
    expect(f.cleanups.settings).toHaveBeenCalledOnce();
    expect(f.cleanups.messages).toHaveBeenCalledOnce();
    expect(f.cleanups.interval).toHaveBeenCalledOnce();
    expect(() => session.dispose()).not.toThrow();
    expect(GUARD_INTERVAL_MS).toBeLessThanOrEqual(1000);
  });

  it('a failed call into a reloaded extension disposes instead of throwing', async () => {
    const f = fakes('www.chinadaily.com.cn');
    f.invalidate();
    f.deps.ask = vi.fn(async () => { throw new Error('Extension context invalidated.'); }) as ContentSessionDeps['ask'];
    f.deps.extensionId = () => undefined;
    const session = new ContentSession(f.deps);
    await expect(session.begin()).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 0));
    expect(session.isDisposed).toBe(true);
  });
});
