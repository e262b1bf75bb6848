// One pass over the page: find the story, collect its text, match, paint. Long stories are matched
// and painted in slices with a yield between them, so no single task blocks the page for long.
// Re-runs on demand (content changed, settings changed); a newer run cancels an older one.
import { applyContextGate, passesContextGate, type CompiledMatcher, type Mention, type UngatedMention } from '../core/matcher';
import { firstOnly, selectMarks, storyWords } from '../core/mark-filter';
import { BLOCK_BREAK } from '../core/normalize';
import type { FirstMentionMode } from '../core/settings';
import { readArticleDate } from './article-date';
import { findStoryRoots } from './article-root';
import { HighlightPainter, rangeForMention, type MarkLook, type PaintedMention } from './highlights';
import { MentionHitTester } from './hit-test';
import { collectText, type CollectedText } from './text-collect';

/** Characters matched per slice: about 2,000 words, a few milliseconds of work. */
export const SLICE_CHARS = 12_000;
/**
 * The most marks one page gets. Nobody reads 20,000 marks; a page built to hold millions of names
 * must cost bounded work and memory, and a few thousand more ranges per slice stay cheap.
 */
export const MAX_MARKS = 20_000;
/** How many undecided mentions of one entity wait for the rest of the story (ambiguous or generic). */
export const MAX_WAITING_PER_ENTITY = 2_000;

/** The reader's settings as the annotator applies them (core/mark-filter.ts). */
export interface MarkRules {
  hidden: (entityId: string) => boolean;
  firstMention: FirstMentionMode;
}

export class PageAnnotator {
  private readonly painter: HighlightPainter;
  /** Every mark found, in reading order once a run completes. */
  private found: PaintedMention[] = [];
  /** The marks of entities not hidden (the page index counts these). */
  private visible: PaintedMention[] = [];
  /** The marks painted: visible ones, thinned to first mentions when that applies. */
  private painted: PaintedMention[] = [];
  /** Words in the story last scanned ("first mention only: auto" depends on it). */
  private words = 0;
  private active: PaintedMention | undefined;
  /** The generation of the run in progress, 0 when none: a refilter waits for the run's end. */
  private running = 0;
  private tester = new MentionHitTester([]);
  private roots: Element[] = [];
  private generation = 0;
  /** What the last completed run scanned, to skip a re-scan that would find the same thing. */
  private lastScan: CollectedText | undefined;
  private lastSignature = '';
  /** The reader asked to mark the whole page (the popup's button): no story detection. */
  private wholePage = false;
  private date: string | undefined;
  private dateRead = false;

  constructor(
    private readonly doc: Document,
    private readonly matcher: CompiledMatcher,
    /** Read at every run and every refilter: settings change while the page is open. */
    private readonly rules: () => MarkRules,
  ) {
    this.painter = new HighlightPainter(doc);
  }

  /** The painted marks, in reading order (hover, keyboard). */
  get mentions(): readonly PaintedMention[] {
    return this.painted;
  }

  /** Every mark of the entities shown, painted or not (the page index, opening a mention). */
  get visibleMentions(): readonly PaintedMention[] {
    return this.visible;
  }

  /**
   * The article's publication date, read once per run from the page's own signals (meta tags,
   * JSON-LD, <time>, the address): shared names and cards use the same one.
   */
  get articleDate(): string | undefined {
    if (!this.dateRead) {
      this.date = readArticleDate(this.doc, this.roots[0]);
      this.dateRead = true;
    }
    return this.date;
  }

  /** The story's root element(s) of the last run; empty when the page showed no story. */
  get storyRoots(): readonly Element[] {
    return this.roots;
  }

  /** 'found': a story was found; 'none': no story, nothing marked; 'whole-page': the reader chose it. */
  get storyState(): 'found' | 'none' | 'whole-page' {
    return this.wholePage ? 'whole-page' : this.roots.length > 0 ? 'found' : 'none';
  }

  /** Marks the whole page from now on (this page only: the annotator lives as long as the page). */
  markWholePage(): Promise<{ count: number; marksChanged: boolean; skipped?: true }> {
    this.wholePage = true;
    return this.annotate();
  }

  /** Keeps our marks on the page if the page removed our style sheet or registry entries. */
  reassert(): void {
    this.painter.reassert();
  }

  /**
   * Annotates the page. `count` is the number of marks (-1 if a newer run took over);
   * `marksChanged` says whether they differ from the previous run's (re-scan back-off uses it).
   * When the story's text and its text nodes are exactly as last scanned, nothing is redone.
   */
  async annotate(): Promise<{ count: number; marksChanged: boolean; skipped?: true }> {
    const generation = ++this.generation;
    // A page being edited as a whole (designMode, an editable body or story) is the reader's own
    // text being typed: no marks in it.
    const roots = this.wholePage ? [this.doc.body ?? this.doc.documentElement] : findStoryRoots(this.doc);
    this.roots = this.doc.designMode === 'on' ? [] : roots.filter((root) => !(root as HTMLElement).isContentEditable);
    this.dateRead = false;
    const collected = collectText(this.roots);
    if (this.lastScan && sameScan(this.lastScan, collected)) return { count: this.found.length, marksChanged: false, skipped: true };
    this.running = generation;
    const found: PaintedMention[] = [];
    const painted: PaintedMention[] = [];
    const tester = new MentionHitTester([]);
    const words = storyWords(collected.text);
    let first = true;
    // Marks appear slice by slice; the previous run's marks stay until this run's first slice.
    // While slices arrive the rules apply in arrival order; the run ends with a selection in
    // reading order (late marks, such as vouched ambiguous names, may come earlier in the text).
    const { hidden, firstMention } = this.rules();
    const onlyFirst = firstOnly(firstMention, words);
    const seen = new Set<string>();
    const show = (mentions: Mention[]) => {
      const added: PaintedMention[] = [];
      for (const mention of mentions) {
        if (found.length >= MAX_MARKS) break;
        const range = rangeForMention(this.doc, collected, mention);
        if (!range) continue;
        const p = { mention, range };
        found.push(p);
        if (hidden(mention.entityId) || (onlyFirst && seen.has(mention.entityId))) continue;
        seen.add(mention.entityId);
        added.push(p);
      }
      // One push per item: spreading a huge array into one call overflows the stack.
      for (const p of added) painted.push(p);
      tester.addAll(added);
      this.found = found;
      this.visible = painted;
      this.painted = painted;
      this.tester = tester;
      if (first) this.painter.paint(added);
      else this.painter.append(added);
      first = false;
    };
    // Ambiguous names without a cue wait until the document has shown it is about China; generic
    // phrases not named where they stand wait until the whole story shows whether it names the
    // entity otherwise.
    const waiting: UngatedMention[] = [];
    const shared: UngatedMention[] = [];
    // Each entity may hold only part of the waiting room: a page full of one unnamed phrase must not
    // crowd out the others.
    const waitingPerEntity = new Map<string, number>();
    const named = new Set<string>();
    let vouched = false;
    for (const [from, to] of slices(collected.text)) {
      if (from > 0) {
        await yieldToPage();
        if (generation !== this.generation) return { count: -1, marksChanged: false };
      }
      const matched = this.matcher.matchUngated(collected.text.slice(from, to), {}, from);
      vouched ||= matched.some((m) => m.vouches);
      const ready: UngatedMention[] = [];
      for (const m of matched) {
        // A name several entities share waits for the whole story: which one it names may come later.
        if (m.alternatives) {
          if (shared.length < MAX_MARKS) shared.push(m);
        } else if (passesContextGate(m, vouched, named)) ready.push(m);
        else {
          const held = waitingPerEntity.get(m.entityId) ?? 0;
          if (waiting.length >= MAX_MARKS || held >= MAX_WAITING_PER_ENTITY) continue;
          waitingPerEntity.set(m.entityId, held + 1);
          waiting.push(m);
        }
      }
      const decided = applyContextGate(ready, vouched, named);
      for (const m of decided) named.add(m.entityId);
      show(decided);
      if (found.length >= MAX_MARKS) break;
    }
    if (waiting.length > 0) show(applyContextGate(waiting, vouched, named));
    if (shared.length > 0) {
      const resolved = this.matcher.resolveShared(collected.text, shared, found.map((p) => p.mention), this.articleDate);
      show(applyContextGate(resolved, vouched, named));
    }
    // Surnames alone ("Xiao said") once the whole story is known: who was named in full, and where.
    const backRefs = this.matcher.backReferences(collected.text, found.map((p) => p.mention));
    if (backRefs.length > 0) show(backRefs);
    found.sort((a, b) => a.mention.start - b.mention.start); // reading order, for the keyboard
    if (first) show([]); // nothing found: clear the previous run's marks
    this.words = words;
    this.running = 0;
    this.refilter(painted);
    this.lastScan = collected;
    const signature = found.map((p) => `${p.mention.entityId}:${p.mention.text}`).join('|');
    const marksChanged = signature !== this.lastSignature;
    this.lastSignature = signature;
    return { count: found.length, marksChanged };
  }

  /**
   * Applies the current rules to the marks found, without matching the text again (a settings
   * change, or the end of a run). Repaints only when the painted set changed.
   */
  refilter(current: readonly PaintedMention[] = this.painted): void {
    // A run in progress applies the rules as they are when it ends.
    if (this.running === this.generation) return;
    const { hidden, firstMention } = this.rules();
    const { visible, painted } = selectMarks(this.found, hidden, firstOnly(firstMention, this.words));
    this.visible = visible;
    this.painted = painted;
    const kept = new Set(current);
    if (painted.length !== current.length || !painted.every((p) => kept.has(p))) {
      this.painter.paint(painted);
      this.tester = new MentionHitTester(painted);
    }
    // The open card's mark goes with its entity (the reader said "not this"); a card opened on a
    // mention that is only unpainted (not the first) keeps its anchor.
    if (this.active && hidden(this.active.mention.entityId)) this.setActive(undefined);
  }

  /** How the marks look: the highlight style, with "hold" resolved by whether Alt is held. */
  setLook(look: MarkLook): void {
    this.painter.setLook(look);
  }

  hit(x: number, y: number): PaintedMention | undefined {
    return this.tester.hit(this.doc, x, y);
  }

  setActive(p: PaintedMention | undefined): void {
    this.active = p;
    this.painter.setActive(p?.range);
  }

  clear(): void {
    this.generation++;
    this.lastScan = undefined;
    this.lastSignature = '';
    this.painter.clear();
    this.found = [];
    this.visible = [];
    this.painted = [];
    this.active = undefined;
    this.tester = new MentionHitTester([]);
  }

}

/**
 * [from, to) pieces of about SLICE_CHARS, cut at block breaks (no name spans one). A block far
 * longer than a slice (a transcript, a page that is one long paragraph) is cut at a sentence end
 * ("… word. Next": a lowercase letter before the full stop, so "U.S. Commerce" stays whole; or a
 * Chinese 。！？), else at a space, else anywhere: no one slice may block the page for long, and
 * the work is linear in the text (break positions are found in one pass).
 */
export function slices(text: string): [number, number][] {
  const breaks: number[] = [];
  for (let i = text.indexOf(BLOCK_BREAK); i !== -1; i = text.indexOf(BLOCK_BREAK, i + 1)) breaks.push(i);
  const out: [number, number][] = [];
  let from = 0;
  let b = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + SLICE_CHARS);
    if (to < text.length) {
      while (b < breaks.length && breaks[b]! < to) b++;
      const limit = Math.min(text.length, to + SLICE_CHARS);
      if (b < breaks.length && breaks[b]! < limit) to = breaks[b]! + 1;
      else to = cutInsideBlock(text, to, limit);
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

/** A sentence end inside a long block: Latin (lowercase letters, stop, space, capital) or CJK. */
const SENTENCE_END = /[a-z]{2}[.!?] (?=[A-Z])|[。！？]/g;

function cutInsideBlock(text: string, from: number, limit: number): number {
  // Searched inside the window only (plus the one character the lookahead needs): a search that
  // ran on to the end of the text, or back to its start, would make slicing quadratic.
  const window = text.slice(from, limit + 1);
  SENTENCE_END.lastIndex = 0;
  const sentence = SENTENCE_END.exec(window);
  if (sentence && sentence.index < limit - from) return from + sentence.index + sentence[0].length - (sentence[0].endsWith(' ') ? 1 : 0);
  const space = window.lastIndexOf(' ', limit - from);
  return space > 0 ? from + space : limit;
}

/** Same text from the same text nodes: every Range built last time still points at the right place. */
function sameScan(a: CollectedText, b: CollectedText): boolean {
  if (a.text !== b.text || a.segments.length !== b.segments.length) return false;
  return a.segments.every((s, i) => s.node === b.segments[i]!.node && s.start === b.segments[i]!.start);
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

