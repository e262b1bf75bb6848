// Runs at document_start, before the page has any element, in the same content-script world as the
// main script (which runs at document_idle). Chrome builds its `chrome` object for that world when
// the first script arrives: if a page's <form id="chrome"> already exists then, Chrome attaches the
// API to that form, where the page's named fields (<input name="runtime">) shadow it, and Policy
// Context was off on such a page (tests/e2e hostile "clobber-both"). Arriving first, this script
// makes Chrome create a real `chrome` (and `browser`) object the page's elements cannot cover. It
// does nothing else. Chrome only: Firefox's content-script globals are never the page's elements.
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    const scope = globalThis as { chrome?: unknown; browser?: unknown };
    void scope.chrome;
    void scope.browser;
  },
});
