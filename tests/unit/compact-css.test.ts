// The build compacts the card's CSS (tools/build/compact-css.ts): only whitespace CSS ignores goes.
import { describe, expect, it } from 'vitest';
import { CARD_CSS } from '../../components/card-styles';
import { compactCss } from '../../tools/build/compact-css';

describe('compacting the card CSS for the content script', () => {
  it('drops comments and layout whitespace, keeps descendant selectors and quoted names', () => {
    const css = `/* note */\n.pc-card :focus-visible { outline: 2px solid red; }\n.a > .b , .c * { font: 13px/1.45 "Segoe UI", sans-serif; }\n@media (prefers-color-scheme: dark) {\n  .x { color: #fff; }\n}`;
    expect(compactCss(css)).toBe('.pc-card :focus-visible{outline:2px solid red}.a>.b,.c *{font:13px/1.45 "Segoe UI",sans-serif}@media (prefers-color-scheme:dark){.x{color:#fff}}');
  });
  it('keeps every rule of the real card CSS: same selectors, same declarations, fewer bytes', () => {
    const norm = (t: string) => t.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '').replace(/;}/g, '}');
    const compact = compactCss(CARD_CSS);
    expect(norm(compact)).toBe(norm(CARD_CSS));
    expect(compact.length).toBeLessThan(CARD_CSS.length * 0.9);
    // A space before a colon is a descendant selector and must survive.
    for (const m of CARD_CSS.matchAll(/[\w)\]] :[a-z-]+/g)) expect(compact).toContain(m[0]);
  });
  it('leaves quoted strings and url(...) exactly as written (review s6b)', () => {
    expect(compactCss('.a::before { content: " ; } " ; }\n.b { background: url( "x ;}.svg" ) ; }')).toBe('.a::before{content:" ; } "}.b{background:url( "x ;}.svg" )}');
    for (const quoted of CARD_CSS.match(/"[^"]*"|'[^']*'/g) ?? []) expect(compactCss(CARD_CSS)).toContain(quoted);
  });
});
