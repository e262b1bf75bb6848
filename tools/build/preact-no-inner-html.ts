// A Vite plugin that removes Preact's one innerHTML write (the dangerouslySetInnerHTML path) from
// our bundles. We never render HTML from strings (ESLint forbids dangerouslySetInnerHTML), so the
// path is dead code; removing it means the shipped extension cannot write HTML at all, and store
// linters (web-ext's UNSAFE_VAR_ASSIGNMENT) have nothing to flag. If Preact's code changes shape,
// the build fails here rather than silently shipping the path again.
import type { Plugin } from 'vite';

const PREACT_MODULE = /[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const INNER_HTML_WRITE = /\(([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\)/g;

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'policy-context:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_MODULE.test(id)) return undefined;
      let count = 0;
      const out = code.replace(INNER_HTML_WRITE, () => {
        count++;
        // A short message: the path is dead, and the content script has a size budget.
        return '(()=>{throw Error("innerHTML")})()';
      });
      if (count !== 1) throw new Error(`preact-without-inner-html: expected one innerHTML write in ${id}, found ${count}`);
      return { code: out, map: null };
    },
  };
}
