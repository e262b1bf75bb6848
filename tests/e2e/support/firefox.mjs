// Real Firefox ESR with the built MV2 extension, through puppeteer-core (WebDriver BiDi), every
// request via our proxy. Firefox will not navigate a tab to moz-extension:// from automation, so
// extension pages are reached the way a reader reaches them: from the card's own button.
import puppeteer from 'puppeteer-core';
import { recordPageErrors } from './harness.mjs';

/** The test build (PC_TEST_BUILD=1: the card's shadow root open for probes); `production` is what readers get. */
export const FIREFOX_DIST = new URL('../../../.output-test/firefox-mv2', import.meta.url).pathname;
export const FIREFOX_PRODUCTION_DIST = new URL('../../../.output/firefox-mv2', import.meta.url).pathname;
const GECKO_ID = 'policy-context@policycontext.dev';
const FIXED_UUID = '6f1d7c36-3c55-4a57-9a8e-2f1c4b1e0a11';

/**
 * lang 'zh-CN' asks Firefox for Simplified Chinese: its UI language (what browser.i18n follows)
 * comes from intl.locale.requested, and needs the language pack (firefox-esr-l10n-zh-cn).
 */
export async function launchFirefox({ proxyPort, extension = true, production = false, lang = undefined }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'ui.systemUsesDarkTheme': 0,
      // Grants optional permissions without the prompt automation cannot answer: the popup's
      // "On for this site" runs its whole path (request, register, inject) in the test.
      'extensions.webextOptionalPermissionPrompts': false,
      ...(lang ? { 'intl.locale.requested': lang, 'intl.accept_languages': lang } : {}),
    },
  });
  const installedId = extension ? await browser.installExtension(production ? FIREFOX_PRODUCTION_DIST : FIREFOX_DIST) : undefined;
  return {
    name: 'firefox',
    extensionId: FIXED_UUID,
    newPage: async () => recordPageErrors(await browser.newPage()),
    waitForExtensionPage: async (pathPrefix) => {
      // BiDi reports a tab the extension opened as about:blank for a while; ask the page itself.
      const prefix = `moz-extension://${FIXED_UUID}/${pathPrefix}`;
      const end = Date.now() + 10000;
      while (Date.now() < end) {
        // The newest such page first: an earlier test may have left one open.
        for (const page of (await browser.pages()).reverse()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(prefix)) return page;
        }
        await new Promise((r) => setTimeout(r, 150));
      }
      throw new Error(`no extension page ${prefix} opened`);
    },
    emulateDarkMode: undefined, // BiDi has no media emulation in Firefox ESR
    /** Removes the extension, as an update or uninstall does to the running copy (Firefox). */
    uninstallExtension: () => browser.uninstallExtension(installedId),
    /** Open tabs, extension pages included. */
    pageCount: async () => (await browser.pages()).length,
    close: () => browser.close(),
  };
}
