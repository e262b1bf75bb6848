// The reader's "not this" rules as options shows them: newest first, one removed (and put back),
// and the JSON file "Export as JSON" downloads.
import { SETTINGS_VERSION, type NotThisRule } from './settings';

/** Two rules are the same rule when every stored field matches. */
export function sameRule(a: NotThisRule, b: NotThisRule): boolean {
  return a.entityId === b.entityId && a.scope === b.scope && a.where === b.where && a.text === b.text && a.added === b.added;
}

export function withoutRule(rules: readonly NotThisRule[], rule: NotThisRule): NotThisRule[] {
  return rules.filter((r) => !sameRule(r, rule));
}

/** Undo of a removal: the rule back, unless it is already there (a second click, another window). */
export function withRule(rules: readonly NotThisRule[], rule: NotThisRule): NotThisRule[] {
  return rules.some((r) => sameRule(r, rule)) ? [...rules] : [...rules, rule];
}

export function newestFirst(rules: readonly NotThisRule[]): NotThisRule[] {
  return [...rules].sort((a, b) => b.added - a.added);
}

/** The export: the rules exactly as stored, with the settings version that defines their shape. */
export function notThisExportJson(rules: readonly NotThisRule[], exportedAt: Date): string {
  return JSON.stringify({ kind: 'policy-context/not-this', version: SETTINGS_VERSION, exportedAt: exportedAt.toISOString(), rules }, null, 2);
}
