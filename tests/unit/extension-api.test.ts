// The content script's modules use the browser's own API without webextension-polyfill (ADR 0013).
// The one difference a caller could see: Chrome rejects a message nobody answered, where Firefox and
// the polyfill resolve it as undefined. `answered` makes Chrome behave like the others, and nothing more.
import { describe, expect, it } from 'vitest';
import { answered } from '../../platform/extension-api';

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
