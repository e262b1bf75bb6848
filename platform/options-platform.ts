// What the options page needs from the browser, behind one small interface so its views stay
// testable with a fake (the popup does the same with platform/popup-platform.ts).
import type { ParsedSettings, Settings } from '../core/settings';
import { packsPlatform, type PacksPlatform } from './pack-store';
import { loadSettings, resetSettings, updateSettings, watchSettings } from './settings-store';
import { setSiteOn, type SiteSwitchResult } from './site-access';

export interface OptionsPlatform {
  loadSettings(): Promise<ParsedSettings>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  /** Defaults again, keeping the sites the reader added (their browser grants stay with them). */
  resetSettings(): Promise<Settings>;
  /** Calls back on every stored change (this page's own, another window's, the popup's). */
  watchSettings(onChange: (s: Settings) => void): () => void;
  /**
   * On or off for one site; a site outside the curated list asks for (or gives back) the
   * browser's access to it. Call it before any other await in a click handler. Never rejects.
   */
  setSiteOn(site: string, on: boolean): Promise<SiteSwitchResult>;
  /** Saves text as a file through the browser's downloads (a Blob URL and <a download>). */
  download(fileName: string, text: string, type: string): void;
  packs: PacksPlatform;
}

export function createOptionsPlatform(): OptionsPlatform {
  return {
    loadSettings,
    updateSettings,
    resetSettings,
    watchSettings,
    setSiteOn: (site, on) => setSiteOn(site, on),
    download(fileName, text, type) {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      // Revoked later, not at once: Firefox starts the download after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    packs: packsPlatform,
  };
}
