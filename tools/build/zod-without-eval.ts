// A Vite plugin that removes zod 4's two uses of the Function constructor from our bundles: the
// probe that decides whether zod may compile parsers with eval, and the compiler itself. We run
// zod jitless (z.config in core/kb-schema.ts; extension CSPs forbid eval anyway), so both are dead
// code; removing them means the shipped extension cannot eval at all, and store linters
// (web-ext's DANGEROUS_EVAL) have nothing to flag. If zod's code changes shape, the build fails
// here rather than silently shipping the paths again.
import type { Plugin } from 'vite';

const UTIL = /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;
const DOC = /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/;
const PROBE = /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/;
const COMPILE = /compile\(\)\s*\{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/;

function replaceOnce(code: string, pattern: RegExp, replacement: string, id: string): string {
  if (!pattern.test(code)) throw new Error(`zod-without-eval: the expected code is not in ${id}; check zod's new version`);
  return code.replace(pattern, replacement);
}

export function zodWithoutEval(): Plugin {
  return {
    name: 'policy-context:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (UTIL.test(id)) return { code: replaceOnce(code, PROBE, 'return false;', id), map: null };
      if (DOC.test(id)) {
        const out = replaceOnce(code, COMPILE, 'compile() { throw new Error("zod code generation is not available in Policy Context"); }', id);
        return { code: out, map: null };
      }
      return undefined;
    },
  };
}
