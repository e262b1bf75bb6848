// The options page's pure logic: what "Add a site" accepts, and the "Not this" list's edits and export.
import { describe, expect, it } from 'vitest';
import { newestFirst, notThisExportJson, sameRule, withoutRule, withRule } from '../../core/not-this';
import { parseSettings, type NotThisRule } from '../../core/settings';
import { parseSiteInput } from '../../core/site-input';

describe('parseSiteInput', () => {
  it('keeps the site key of a typed name or a pasted address', () => {
    expect(parseSiteInput('example.com')).toEqual({ ok: true, site: 'example.com', curated: false });
    expect(parseSiteInput('  WWW.Example.COM  ')).toEqual({ ok: true, site: 'example.com', curated: false });
    expect(parseSiteInput('https://www.example-blog.test/2025/story?id=1#top')).toEqual({ ok: true, site: 'example-blog.test', curated: false });
    expect(parseSiteInput('news.example.co.uk/path')).toEqual({ ok: true, site: 'news.example.co.uk', curated: false });
    expect(parseSiteInput('example.com.')).toEqual({ ok: true, site: 'example.com', curated: false });
  });

  it('says when a site is already on the curated list', () => {
    expect(parseSiteInput('https://www.reuters.com/world/')).toEqual({ ok: true, site: 'reuters.com', curated: true });
    expect(parseSiteInput('asia.nikkei.com')).toMatchObject({ ok: true, curated: true });
  });

  it('refuses what is not one DNS name', () => {
    expect(parseSiteInput('   ')).toEqual({ ok: false, reason: 'empty' });
    for (const bad of ['localhost', '127.0.0.1', 'example.com:8080', '*.example.com', 'exa mple.com', '-bad.com', 'bad-.com',
      'a..b', 'javascript:alert(1)', 'http://', `${'a'.repeat(64)}.com`, 'exämple.com', '<script>.com']) {
      expect(parseSiteInput(bad), bad).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});

describe('not-this list', () => {
  const rule = (entityId: string, added: number, scope: NotThisRule['scope'] = 'site'): NotThisRule => ({
    entityId, scope, ...(scope === 'everywhere' ? {} : { where: scope === 'site' ? 'example.com' : 'https://example.com/a' }), text: entityId.toUpperCase(), added,
  });
  const a = rule('smic', 1000);
  const b = rule('byd', 3000, 'page');
  const c = rule('smic', 2000, 'everywhere');

  it('removes exactly one rule, and undo puts it back once', () => {
    const rules = [a, b, c];
    const without = withoutRule(rules, { ...a });
    expect(without).toEqual([b, c]);
    expect(withRule(without, a)).toHaveLength(3);
    expect(withRule(rules, a)).toHaveLength(3); // a second undo adds nothing
    expect(sameRule(a, c)).toBe(false); // same entity, other scope
  });

  it('lists the newest rule first without changing the stored order', () => {
    const rules = [a, b, c];
    expect(newestFirst(rules).map((r) => r.added)).toEqual([3000, 2000, 1000]);
    expect(rules.map((r) => r.added)).toEqual([1000, 3000, 2000]);
  });

  it('exports the rules as stored, readable back by the settings parser', () => {
    const json = JSON.parse(notThisExportJson([a, b, c], new Date('2026-01-02T03:04:05Z')));
    expect(json).toMatchObject({ kind: 'policy-context/not-this', version: 2, exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(json.rules).toEqual([a, b, c]);
    expect(parseSettings({ notThis: json.rules })).toMatchObject({ repaired: [], settings: { notThis: [a, b, c] } });
  });
});
