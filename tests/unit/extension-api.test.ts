// The content script's modules use the browser's own API without webextension-polyfill (ADR 0013).
// The one difference a caller could see: Chrome rejects a message nobody answered, where Firefox and
// the polyfill resolve it as undefined. `answered` makes Chrome behave like the others, and nothing more.
import { describe, expect, it } from 'vitest';
import { answered, replyThrough } from '../../platform/extension-api';

describe('answered', () => {
  it('a message nobody answered resolves as undefined, as in Firefox', async () => {
    await expect(answered(Promise.reject(new Error('The message port closed before a response was received.')))).resolves.toBeUndefined();
  });
  it('an answer passes through', async () => {
    await expect(answered(Promise.resolve({ ok: true }))).resolves.toEqual({ ok: true });
  });
  it('any other failure still rejects (no receiver, a closed context)', async () => {
    await expect(answered(Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')))).rejects.toThrow('Receiving end');
    await expect(answered(Promise.reject(new Error('Extension context invalidated.')))).rejects.toThrow('invalidated');
  });
});

describe('replyThrough: the one way the background and the content script answer a message', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  it('an answer goes to sendResponse and the channel is kept open', async () => {
    const sent: unknown[] = [];
    expect(replyThrough((a) => sent.push(a), () => Promise.resolve({ ok: true }))).toBe(true);
    await settle();
    expect(sent).toEqual([{ ok: true }]);
  });
  it('no answer: the channel is not kept open', () => {
    expect(replyThrough(() => undefined, () => undefined)).toBe(false);
  });
  it('a handler that throws or rejects still answers, with an error reply', async () => {
    const sent: unknown[] = [];
    expect(replyThrough((a) => sent.push(a), () => { throw new Error('boom'); })).toBe(true);
    expect(replyThrough((a) => sent.push(a), () => Promise.reject(new Error('late')))).toBe(true);
    await settle();
    expect(sent).toEqual([{ ok: false, error: 'Error: boom' }, { ok: false, error: 'Error: late' }]);
  });
  it('a sender that closed meanwhile (sendResponse throws) is ignored', async () => {
    expect(replyThrough(() => { throw new Error('closed'); }, () => Promise.resolve(1))).toBe(true);
    await settle();
  });
});

