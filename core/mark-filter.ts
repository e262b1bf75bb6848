// Which of the marks found on a page are painted, under the reader's settings: categories switched
// off and "not this" rules hide an entity; "first mention only" keeps one mark per entity. Pure, so
// the content script can re-filter at once when settings change, without matching the text again.
import { categoryOf, isSuppressed, LONG_STORY_WORDS, type FirstMentionMode, type Settings } from './settings';

/**
 * Words in a story, for "first mention only: auto". Latin-script words count one each; Chinese,
 * Japanese and Korean text has no spaces, so its characters count one word per two (a common
 * rough equivalence for reading length).
 */
export function storyWords(text: string): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) {
      cjk++;
      inWord = false;
    } else if (c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) {
      // spaces, and CJK punctuation (which separates like a space)
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words + Math.ceil(cjk / 2);
}

/** Whether only the first mark of each entity is painted, in a story of this many words. */
export function firstOnly(mode: FirstMentionMode, words: number): boolean {
  return mode === 'on' || (mode === 'auto' && words > LONG_STORY_WORDS);
}

/** What the page knows when deciding which entities are hidden. */
export interface MarkContext {
  /** An entity's type (from the match index), or undefined for one the index does not know. */
  typeOf(entityId: string): string | undefined;
  href: string;
  hostname: string;
}

/** Whether an entity's marks are hidden: its category is off, or a "not this" rule covers this page. */
export function hiddenEntities(settings: Settings, context: MarkContext): (entityId: string) => boolean {
  const cache = new Map<string, boolean>();
  return (entityId) => {
    let hidden = cache.get(entityId);
    if (hidden === undefined) {
      hidden = !settings.categories[categoryOf(context.typeOf(entityId) ?? '')] ||
        isSuppressed(settings.notThis, entityId, context.href, context.hostname);
      cache.set(entityId, hidden);
    }
    return hidden;
  };
}

/**
 * The marks to paint, from all found (in reading order), and those the page index counts: every
 * mark of an entity not hidden. First-mention-only thins the painted ones, never the counted ones.
 */
export function selectMarks<T extends { mention: { entityId: string } }>(
  found: readonly T[],
  hidden: (entityId: string) => boolean,
  onlyFirst: boolean,
): { visible: T[]; painted: T[] } {
  const visible: T[] = [];
  const painted: T[] = [];
  const seen = new Set<string>();
  for (const mark of found) {
    const id = mark.mention.entityId;
    if (hidden(id)) continue;
    visible.push(mark);
    if (onlyFirst && seen.has(id)) continue;
    seen.add(id);
    painted.push(mark);
  }
  return { visible, painted };
}
