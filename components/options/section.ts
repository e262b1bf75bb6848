// What every options section gets: the current settings and a way to change them.
import type { Settings } from '../../core/settings';

export interface SectionProps {
  settings: Settings;
  /** Applies a change to the stored settings (the page re-renders from what was stored). */
  update: (change: (s: Settings) => Settings) => Promise<void>;
}
