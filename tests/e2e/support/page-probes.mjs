// Functions evaluated inside the page (the page's own world, as a site's script would see it).
// Kept as plain functions so Playwright and Puppeteer can both serialise them.

/** Texts of all highlighted ranges (our registry entries: "policy-context-" + a per-page suffix). */
export function highlightedTexts() {
  const texts = [];
  for (const [name, h] of CSS.highlights) {
    if (name.startsWith('policy-context-') && !name.startsWith('policy-context-active-')) texts.push(...[...h].map((r) => r.toString()));
  }
  return texts;
}

/** The page's DOM as markup, minus the extension's one card host (a <div data-policy-context-card> on <html>). */
export function domWithoutCardHost() {
  const clone = document.documentElement.cloneNode(true);
  clone.querySelectorAll('[data-policy-context-card]').forEach((n) => n.remove());
  return clone.outerHTML;
}

/** The card hosts the extension added: never more than one. */
export function cardHostCount() {
  return document.querySelectorAll('[data-policy-context-card]').length;
}

/** The page as the server sent it, parsed by the same browser, for comparison. */
export async function pristineDom() {
  const html = await (await fetch(location.href, { cache: 'no-store' })).text();
  return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
}

/** Centre of the nth occurrence of text in the page (scrolled into view), or null. */
export function pointOfText([text, nth]) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let i = node.data.indexOf(text);
    while (i !== -1) {
      if (seen === nth) {
        node.parentElement.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + text.length);
        const r = range.getClientRects()[0];
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      seen++;
      i = node.data.indexOf(text, i + 1);
    }
  }
  return null;
}

/** Text of the open card, or '' when none is open (test build only: its shadow root is open). */
export function cardText() {
  const popover = document.querySelector('[data-policy-context-card]')?.shadowRoot?.querySelector('.pc-popover');
  return popover ? popover.textContent : '';
}

/** Centre of an element inside the card's shadow root. */
export function pointInCard(selector) {
  const el = document.querySelector('[data-policy-context-card]')?.shadowRoot?.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'nearest' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 20) };
}
