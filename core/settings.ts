// The user's settings: one schema, defaults, and a parse that turns anything stored into valid settings.
// Corrupt or partial stored values never break the extension: each bad field falls back to its default.
// Hand-written rather than zod: this module ships in the content script, and zod would triple its size.
import { isCuratedNewsHost } from './news-sites';

export const DWELL_MS_DEFAULT = 250; // local data, so faster than Page Previews' 500 ms; still no flicker on pass-over
export const DWELL_MS_MAX = 2000;
/** The version this code writes. Version 1 had only the four site/hover fields. */
export const SETTINGS_VERSION = 2;

/** What a reader switches on and off in options; each entity type belongs to one. */
export const CATEGORIES = ['people', 'plans', 'funds', 'bodies', 'companies', 'measures', 'concepts'] as const;
export type Category = (typeof CATEGORIES)[number];
const CATEGORY_OF_TYPE: Record<string, Category> = {
  person: 'people',
  plan: 'plans', document: 'plans', target: 'plans',
  fund: 'funds',
  body: 'bodies', meeting: 'bodies', media: 'bodies',
  company: 'companies', product: 'companies',
  measure: 'measures', event: 'measures',
  concept: 'concepts',
};
/** The category of an entity type (an unknown type, e.g. from a newer pack, counts as a concept). */
export function categoryOf(type: string): Category {
  return CATEGORY_OF_TYPE[type] ?? 'concepts';
}

/**
 * underline: dotted underline, no fill (the lightest); background: soft fill plus underline (the
 * default, easiest to spot); hold: nothing shown until the reader holds Alt, then the marks appear.
 */
export const HIGHLIGHT_STYLES = ['background', 'underline', 'hold'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/**
 * auto: every mention in a short story, only the first of each entity in a long one (over
 * LONG_STORY_WORDS): a long read would otherwise carry a mark every few lines for names the reader
 * has already met, while a short item is read at a glance and any mark may be the one hovered.
 */
export const FIRST_MENTION_MODES = ['auto', 'on', 'off'] as const;
export type FirstMentionMode = (typeof FIRST_MENTION_MODES)[number];
export const LONG_STORY_WORDS = 800;

/** A wrong match the reader told us about: that entity is not marked on that page, site, or anywhere. */
export interface NotThisRule {
  entityId: string;
  scope: 'page' | 'site' | 'everywhere';
  /** page: the address without query or fragment; site: the site key; everywhere: absent. */
  where?: string;
  /** The text that was marked, to show in options. */
  text: string;
  /** When it was added (ms since the epoch), for the list's order. */
  added: number;
}
export const MAX_NOT_THIS = 5000;

/** An imported knowledge pack as settings know it (its records live in their own storage key). */
export interface PackRef {
  id: string;
  name: string;
  enabled: boolean;
  /** Bumped on every import of this id, so pages re-read the match index. */
  revision: number;
}
export const MAX_PACKS = 50;

/** What identifies the enabled packs' contents: when it changes, match indexes and pages reload. */
export function packsSignature(packs: readonly PackRef[]): string {
  return packs.filter((p) => p.enabled).map((p) => `${p.id}@${p.revision}`).sort().join(',');
}

export interface Settings {
  /** Master switch for every site. */
  enabled: boolean;
  /** Curated news sites the reader switched off. */
  disabledSites: string[];
  /** Other sites the reader switched on (each with a granted host permission). */
  enabledSites: string[];
  /** Pointer rest before a card opens, in ms. */
  dwellMs: number;
  /** Categories of entities that are marked (all on by default). */
  categories: Record<Category, boolean>;
  highlightStyle: HighlightStyle;
  firstMentionOnly: FirstMentionMode;
  notThis: NotThisRule[];
  packs: PackRef[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  enabledSites: [],
  dwellMs: DWELL_MS_DEFAULT,
  categories: { people: true, plans: true, funds: true, bodies: true, companies: true, measures: true, concepts: true },
  highlightStyle: 'background',
  firstMentionOnly: 'auto',
  notThis: [],
  packs: [],
};

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were present but invalid and were reset to defaults (for a clear message). */
  repaired: string[];
}

const FIELD_CHECKS: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  enabled: (v): v is boolean => typeof v === 'boolean',
  disabledSites: isSiteList,
  enabledSites: isSiteList,
  dwellMs: (v): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= DWELL_MS_MAX,
  categories: (v): v is Settings['categories'] =>
    isRecord(v) && Object.keys(v).length === CATEGORIES.length && CATEGORIES.every((c) => typeof v[c] === 'boolean'),
  highlightStyle: (v): v is HighlightStyle => (HIGHLIGHT_STYLES as readonly unknown[]).includes(v),
  firstMentionOnly: (v): v is FirstMentionMode => (FIRST_MENTION_MODES as readonly unknown[]).includes(v),
  notThis: (v): v is NotThisRule[] => Array.isArray(v) && v.length <= MAX_NOT_THIS && v.every(isNotThisRule),
  packs: (v): v is PackRef[] =>
    Array.isArray(v) && v.length <= MAX_PACKS &&
    v.every((p) => isRecord(p) && isShortString(p.id, 120) && isShortString(p.name, 200) && typeof p.enabled === 'boolean' && Number.isInteger(p.revision)),
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const isShortString = (v: unknown, max = 2048): v is string => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 8.64e15;

function isNotThisRule(v: unknown): v is NotThisRule {
  // `added` is a real time (toISOString throws on NaN or beyond year 275760, and options shows it).
  if (!isRecord(v) || !isShortString(v.entityId, 120) || !isShortString(v.text, 300) || !isTime(v.added)) return false;
  if (v.scope === 'everywhere') return v.where === undefined;
  return (v.scope === 'page' || v.scope === 'site') && isShortString(v.where) && v.where.length > 0;
}

function isSiteList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= 10_000 && v.every((s) => typeof s === 'string' && s.length < 256);
}

/**
 * Any stored value, of any version, to valid current settings. A version-1 value (no `version`
 * field) is a subset of version 2: its fields are kept and the new ones take their defaults.
 * A `version` newer than this code (a downgrade) is read field by field the same way.
 */
export function parseSettings(stored: unknown): ParsedSettings {
  const source = isRecord(stored) ? stored : {};
  const settings: Settings = structuredCloneSettings(DEFAULT_SETTINGS);
  const repaired: string[] = [];
  if (!isRecord(stored) && stored !== undefined && stored !== null) repaired.push('(whole value)');
  for (const key of Object.keys(FIELD_CHECKS) as (keyof Settings)[]) {
    if (!(key in source)) continue;
    const value = source[key];
    if (FIELD_CHECKS[key](value)) (settings as unknown as Record<string, unknown>)[key] = value;
    else if (key === 'notThis' && Array.isArray(value)) {
      // One damaged rule costs that rule, not the reader's whole list.
      settings.notThis = value.filter(isNotThisRule).slice(0, MAX_NOT_THIS);
      repaired.push(key);
    } else repaired.push(key);
  }
  return { settings: structuredCloneSettings(settings), repaired };
}

/** What is written to storage: the settings with the version that wrote them. */
export function toStored(settings: Settings): Settings & { version: number } {
  return { version: SETTINGS_VERSION, ...structuredCloneSettings(settings) };
}

function structuredCloneSettings(s: Settings): Settings {
  return {
    ...s,
    disabledSites: [...s.disabledSites],
    enabledSites: [...s.enabledSites],
    categories: { ...s.categories },
    notThis: s.notThis.map((r) => ({ ...r })),
    packs: s.packs.map((p) => ({ ...p })),
  };
}

/** The page key a "not this page" rule stores: origin and path, no query or fragment. */
export function pageKey(href: string): string {
  // No query or fragment, and no user:password@ an address may carry (options lists these).
  return href.replace(/[?#][\s\S]*$/, '').replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

/** Whether a reader's "not this" rule suppresses an entity on this page. */
export function isSuppressed(rules: readonly NotThisRule[], entityId: string, href: string, hostname: string): boolean {
  return rules.some((r) =>
    r.entityId === entityId &&
    (r.scope === 'everywhere' || (r.scope === 'site' && r.where === siteKey(hostname)) || (r.scope === 'page' && r.where === pageKey(href))),
  );
}

/** Site key: the hostname without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether annotation runs on this host under these settings. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(hostname);
  if (settings.disabledSites.includes(key)) return false;
  return isCuratedNewsHost(key) || settings.enabledSites.includes(key);
}
