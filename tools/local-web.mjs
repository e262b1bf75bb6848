// A local stand-in for the web: the browser is pointed at it as its HTTP proxy, so a page can be
// served under a curated news host (where the extension runs out of the box) while nothing leaves
// the machine. Every request is logged, so a test can prove the extension made none of its own.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE_PAGES, hugePage, manyMentionsPage } from '../tests/fixtures/hostile/pages.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
export const REALPAGES_DIR = join(ROOT, '../shared/realpages');
export const CORPUS_DIR = join(ROOT, '../shared/corpus');

/**
 * A real page with one of the corpus's labelled articles put into its story body, as a page script
 * at the end of <body> would (so the browser, not a Node parser, builds the page): one <p data-i=N>
 * per paragraph inside <div data-pc-story-test>, appended to the element `into` selects, or, for
 * `text:WORDS`, next to the paragraph holding WORDS.
 */
function withStoryArticle(html, into, articleFile) {
  const paragraphs = readFileSync(join(CORPUS_DIR, 'articles', articleFile), 'utf8').split(/\n+/).filter((p) => p.trim());
  const script = `<script>(function () {
  var into = ${JSON.stringify(into)};
  var target = null;
  if (into.indexOf('text:') === 0) {
    var words = into.slice(5);
    var ps = document.querySelectorAll('p');
    for (var i = 0; i < ps.length && !target; i++) if (ps[i].textContent.indexOf(words) !== -1) target = ps[i].parentElement;
  } else target = document.querySelector(into);
  if (!target) { document.documentElement.setAttribute('data-pc-story-missing', into); return; }
  var box = document.createElement('div');
  box.setAttribute('data-pc-story-test', '');
  ${JSON.stringify(paragraphs)}.forEach(function (text, i) {
    var p = document.createElement('p');
    p.setAttribute('data-i', String(i));
    p.textContent = text;
    box.appendChild(p);
  });
  target.appendChild(box);
})();</script>`;
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + script : html.slice(0, at) + script + html.slice(at);
}

/** The host test pages are served under: on the curated list, and not on browsers' HSTS preload lists. */
export const TEST_HOST = 'www.chinadaily.com.cn';
/** A host outside the curated list: the extension must stay off there. */
export const OFF_HOST = 'www.example-blog.test';

const ROUTES = {
  '/pc/demo': () => readFileSync(join(ROOT, 'demo/article.html')),
  '/pc/demo-2021': () => readFileSync(join(ROOT, 'demo/article-2021.html')),
};

/**
 * A long article for the browser benchmark: the demo's paragraphs repeated to about `words` words,
 * with a page script that records long tasks (over 50 ms) and the longest main-thread stall.
 */
function longArticle(words) {
  const demo = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');
  const paragraphs = [...demo.matchAll(/<p>([^<]*(?:<(?!\/p>)[^<]*)*)<\/p>/g)].map((m) => m[0]);
  const per = paragraphs.join(' ').split(/\s+/).length;
  const body = Array.from({ length: Math.max(1, Math.ceil(words / per)) }, () => paragraphs.join('\n')).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Long article (${words} words)</title>
<script>window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
// A heartbeat: the longest gap between beats is the longest the main thread was blocked, by anyone.
window.__maxGap = 0; let last = performance.now(); setInterval(() => { const now = performance.now(); window.__maxGap = Math.max(window.__maxGap, now - last); last = now; }, 4);</script>
</head><body><article><h1>Long article for the benchmark</h1>${body}</article></body></html>`;
}

function resolve(pathname, search = '') {
  if (ROUTES[pathname]) return ROUTES[pathname]();
  const hostile = pathname.match(/^\/pc\/hostile\/([\w-]+)$/);
  if (hostile) {
    if (hostile[1] === 'huge') return hugePage();
    if (hostile[1] === 'many-mentions') return manyMentionsPage();
    const spec = HOSTILE_PAGES[hostile[1]];
    return typeof spec === 'string' ? spec : spec?.html;
  }
  if (pathname === '/pc/bench/long') return longArticle(Number(new URLSearchParams(search).get('words') ?? 10000));
  const fixture = pathname.match(/^\/pc\/fixtures\/([\w-]+\.html)$/);
  if (fixture) {
    const file = join(ROOT, 'tests/fixtures/pages', fixture[1]);
    return existsSync(file) ? readFileSync(file) : undefined;
  }
  const real = pathname.match(/^\/pc\/realpages\/([\w-]+)$/);
  if (real) {
    const file = join(REALPAGES_DIR, real[1], 'page.html');
    if (!existsSync(file)) return undefined;
    const params = new URLSearchParams(search);
    const into = params.get('story');
    const article = params.get('article');
    if (into && article && /^[\w.-]+$/.test(article)) return withStoryArticle(readFileSync(file, 'utf8'), into, article);
    return readFileSync(file);
  }
  return undefined;
}

export async function startServer() {
  const log = [];
  const server = createServer((req, res) => {
    // As a proxy we receive absolute URLs; as a plain server, paths.
    const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
    log.push({ method: req.method, url: url.href });
    const body = resolve(url.pathname, url.search);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const hostile = url.pathname.match(/^\/pc\/hostile\/([\w-]+)$/);
    const extra = hostile && typeof HOSTILE_PAGES[hostile[1]] === 'object' ? HOSTILE_PAGES[hostile[1]].headers : {};
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra });
    res.end(body);
  });
  server.on('connect', (req, socket) => {
    // HTTPS tunnels are refused: nothing here speaks TLS, and no test needs it.
    log.push({ method: 'CONNECT', url: req.url });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    port,
    log,
    pageUrl: (path, host = TEST_HOST) => `http://${host}${path}`,
    close: () => new Promise((r) => server.close(r)),
  };
}
