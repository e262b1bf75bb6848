// Content script: wiring only. Decides whether this page is on, annotates it, shows cards on hover,
// answers the popup, and re-annotates when the story changes. Never changes a page node.
import { buildCardModel } from '../../core/card-model';
import { CompiledMatcher } from '../../core/matcher';
import { isActiveOn, type Settings } from '../../core/settings';
import { NEWS_SITE_MATCHES } from '../../core/news-sites';
import { PageAnnotator } from '../../page/annotator';
import { CardHost, CARD_HOST_TAG } from '../../page/card-host';
import { highlightApiAvailable, type PaintedMention } from '../../page/highlights';
import { HoverController } from '../../page/hover-controller';
import { watchStory } from '../../page/story-watch';
import { askBackground, type ContentRequest, type PageMentionsResponse } from '../../platform/messages';
import { loadSettings, watchSettings } from '../../platform/settings-store';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // Opt-in sites inject this script on demand as well as by registration: run once per page.
    const marker = globalThis as { __policyContextLoaded?: boolean };
    if (marker.__policyContextLoaded) return;
    marker.__policyContextLoaded = true;
    if (!highlightApiAvailable()) return; // older browser: no safe way to mark text, so do nothing

    const card = new CardHost(document);
    let settings: Settings = (await loadSettings()).settings;
    let active = false;
    // The index comes from the background, and only once this page is on: off pages load nothing.
    let matcher: CompiledMatcher | undefined;
    let annotator: PageAnnotator | undefined;
    let session: AbortController | undefined;

    // Each card request gets a ticket; closing or a newer request voids older tickets, so a slow
    // reply (a sleeping service worker) can never show a card the reader has already left.
    let cardTicket = 0;
    const showCard = async (p: PaintedMention, entityId = p.mention.entityId) => {
      const ticket = ++cardTicket;
      const current = () => ticket === cardTicket && !session?.signal.aborted;
      const entity = await askBackground({ type: 'getEntity', id: entityId });
      if (!entity || !current()) return;
      const names = await askBackground({ type: 'getEntityNames', ids: entity.related });
      if (!current()) return;
      annotator?.setActive(p);
      // The small print on how the mark was matched belongs to the marked entity, not a related one.
      const match = entityId === p.mention.entityId ? { via: p.mention.via, text: p.mention.text } : undefined;
      card.show(buildCardModel(entity, (id) => names[id], match), p.range, {
        onClose: () => hover?.closeNow(),
        onRelated: (id) => void showCard(p, id),
        onOpenDetail: (id) => void askBackground({ type: 'openDetail', id }),
      });
    };
    let hover: HoverController | undefined;

    const start = async () => {
      session = new AbortController();
      const signal = session.signal;
      matcher ??= new CompiledMatcher(await askBackground({ type: 'getMatchIndex' }));
      if (signal.aborted) return;
      annotator ??= new PageAnnotator(document, matcher);
      const page = annotator;
      hover = new HoverController(window, {
        hit: (x, y) => page.hit(x, y),
        isInsideCard: (target) => card.contains(target),
        open: (p) => void showCard(p),
        close: () => {
          cardTicket++;
          card.hide();
          page.setActive(undefined);
        },
        dwellMs: () => settings.dwellMs,
      }, signal);
      watchStory(document, () => page.storyRoots, CARD_HOST_TAG, () => void page.annotate(), signal);
      await page.annotate();
    };
    const stop = () => {
      cardTicket++;
      session?.abort();
      hover = undefined;
      annotator?.clear();
      card.destroy();
    };
    const apply = () => {
      const shouldRun = isActiveOn(settings, location.hostname);
      // A failed start (extension reloaded under the page) leaves the page as it was: nothing to undo.
      if (shouldRun && !active) {
        start().catch(() => {
          active = false; // let the next settings change try again
        });
      }
      if (!shouldRun && active) stop();
      active = shouldRun;
    };

    apply();
    const unwatch = watchSettings((next) => {
      settings = next;
      apply();
    });
    ctx.onInvalidated(() => {
      unwatch();
      stop();
      browser.runtime.onMessage.removeListener(onMessage);
      // A later injection (site switched on again) must be able to start afresh.
      marker.__policyContextLoaded = false;
    });

    /** Index of the mark last opened from the keyboard, in reading order. */
    let cursor: number | undefined;
    const focusMention = (p: PaintedMention) => {
      p.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      hover?.openNow(p);
      return true;
    };

    const onMessage = (message: unknown) => {
      const request = message as ContentRequest;
      if (request?.type === 'getPageMentions') return Promise.resolve(summarise(active, annotator, matcher));
      if (request?.type === 'markWholePage' && active && annotator) {
        const page = annotator;
        return page.markWholePage().then(() => summarise(active, page, matcher));
      }
      if (request?.type === 'openMention' && active && annotator) {
        const matches = annotator.mentions.filter((p) => p.mention.entityId === request.entityId);
        const p = matches[(request.occurrence ?? 0) % Math.max(1, matches.length)];
        return Promise.resolve(p ? focusMention(p) : false);
      }
      if (request?.type === 'stepMention' && active && annotator && annotator.mentions.length > 0) {
        const count = annotator.mentions.length;
        cursor = cursor === undefined ? (request.step > 0 ? 0 : count - 1) : (cursor + request.step + count) % count;
        return Promise.resolve(focusMention(annotator.mentions[cursor]!));
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
  },
});

function summarise(active: boolean, annotator: PageAnnotator | undefined, matcher: CompiledMatcher | undefined): PageMentionsResponse {
  const painted = annotator?.mentions ?? [];
  const counts = new Map<string, number>();
  for (const p of painted) counts.set(p.mention.entityId, (counts.get(p.mention.entityId) ?? 0) + 1);
  const mentions = [...counts].map(([entityId, count]) => {
    const e = matcher?.entity(entityId);
    return { entityId, name: e?.name ?? entityId, type: e?.type ?? '', count };
  });
  return { active, mentions, ...(annotator ? { story: annotator.storyState } : {}) };
}
