// A page's element named "browser" (Chrome's content-script world sees it on window, and a form's
// named field shadows the API Chrome attaches to it) must not stand in for the extension API (ADR 0013).
import { afterEach, describe, expect, it, vi } from 'vitest';

const real = () => ({
  runtime: { id: 'ext', sendMessage: vi.fn(), onMessage: { addListener: vi.fn() } },
  storage: { local: { get: vi.fn() }, onChanged: { addListener: vi.fn() } },
  i18n: { getMessage: vi.fn() },
});
const scope = globalThis as Record<string, unknown>;

afterEach(() => {
  delete scope.browser;
  delete scope.chrome;
  vi.resetModules();
});

describe('extensionApi', () => {
  it('takes a namespace from chrome when browser is a page element whose field shadows it', async () => {
    const chrome = real();
    scope.chrome = chrome;
    scope.browser = { runtime: { id: 'forged' }, storage: chrome.storage, i18n: chrome.i18n }; // <form id="browser"><input name="runtime" id="forged">
    const { extensionApi } = await import('../../platform/extension-api');
    expect(extensionApi.runtime).toBe(chrome.runtime);
    expect(extensionApi.storage).toBe(chrome.storage);
  });
  it('prefers browser when both are real (Firefox, and Chrome with its own browser)', async () => {
    const browser = real();
    scope.browser = browser;
    scope.chrome = real();
    const { extensionApi } = await import('../../platform/extension-api');
    expect(extensionApi.runtime).toBe(browser.runtime);
    expect(extensionApi.i18n).toBe(browser.i18n);
  });
});
