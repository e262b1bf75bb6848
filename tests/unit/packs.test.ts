import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, packToJson, parsePack, PACK_FORMAT, utf8Bytes } from '../../core/packs';
import { buildMatchIndex } from '../../core/match-index';
import { CompiledMatcher } from '../../core/matcher';
import { splitPinyin } from '../../core/variants';
import { TOY_ENTITIES, entity } from './toy-kb';

const sample = readFileSync(new URL('../../docs/sample-pack.json', import.meta.url), 'utf8');
// The sample links to the bundled CHIPS Act record; the toy KB stands in with that id.
const bundled = [...TOY_ENTITIES, entity('chips-and-science-act', 'measure', [{ text: 'CHIPS and Science Act', lang: 'en' }])];

function pack(entities: unknown[], extra: Record<string, unknown> = {}) {
  return JSON.stringify({ format: PACK_FORMAT, version: 1, id: 'my-pack', name: 'My pack', entities, ...extra });
}
const good = () => JSON.parse(JSON.stringify(JSON.parse(sample).entities[0]));

describe('knowledge packs', () => {
  it('accepts the sample pack in docs/ and exports it in the form it was imported', () => {
    const r = parsePack(sample, bundled);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.entities.map((e) => e.id)).toEqual(['european-chips-act']);
    expect(parsePack(packToJson(r.pack), bundled)).toEqual(r);
  });

  it('names the first bad field by its place in the file', () => {
    const e = good();
    e.sources[0].url = 'http://www.ukro.ac.uk/news/x';
    const r = parsePack(pack([good(), e]), bundled);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^entities\[1\]\.sources\[0\]\.url: /) });
  });

  it('refuses what is not a pack, with a message a reader can act on', () => {
    expect(parsePack('{not json', bundled)).toEqual({ ok: false, error: expect.stringMatching(/^The file is not valid JSON/) });
    expect(parsePack('[]', bundled)).toEqual({ ok: false, error: expect.stringMatching(/^The file: /) });
    expect(parsePack(pack([]), bundled)).toEqual({ ok: false, error: expect.stringMatching(/^entities: /) });
    expect(parsePack(pack([good()], { format: 'other' }), bundled)).toEqual({ ok: false, error: expect.stringMatching(/^format: /) });
    expect(parsePack('x'.repeat(1_000_001), bundled)).toEqual({ ok: false, error: expect.stringMatching(/larger than/) });
  });

  it('keeps the bundled rules: no reused id, no dangling link, no uncited source, no silent alias clash', () => {
    const reused = { ...good(), id: 'big-fund' };
    expect(parsePack(pack([reused]), bundled)).toEqual({ ok: false, error: expect.stringContaining('entities[0].id: "big-fund" is already used by') });
    const dangling = { ...good(), related: ['no-such-entity'] };
    expect(parsePack(pack([dangling]), bundled)).toEqual({ ok: false, error: expect.stringContaining('related id "no-such-entity" does not exist') });
    const uncited = good();
    uncited.sources.push({ ...uncited.sources[0], id: 'spare' });
    expect(parsePack(pack([uncited]), bundled)).toEqual({ ok: false, error: expect.stringContaining('"spare" is listed but no fact cites it') });
    const clash = good();
    clash.aliases.push({ text: 'Made in China 2025', lang: 'en' });
    expect(parsePack(pack([clash]), bundled)).toEqual({ ok: false, error: expect.stringContaining('"Made in China 2025" (made-in-china-2025) written another way') });
  });

  it("refuses a bundled name in disguise, which would take the name's marks (found in review)", () => {
    for (const disguise of ["Xiao Yaqing's", 'Xiao Yaqing,', 'Made in China 2025s', 'made-in-china 2025', '大基金', '十四五']) {
      const e = good();
      e.aliases.push({ text: disguise, lang: 'en' });
      const r = parsePack(pack([e]), bundled);
      expect(r.ok, disguise).toBe(false);
      expect(r.ok ? '' : r.error, disguise).toMatch(/^entities\[0\]\.aliases\[2\]: .* written another way/);
    }
    const ok = good();
    ok.aliases.push({ text: 'Xiao Yaqing Foundation', lang: 'en' }); // a longer, different name is fine
    expect(parsePack(pack([ok]), bundled).ok).toBe(true);
  });

  it('caps what would slow every page: alias length, aliases per entity and per pack, file size in bytes', () => {
    const long = good();
    long.aliases.push({ text: 'x'.repeat(121), lang: 'en' });
    expect(parsePack(pack([long]), bundled)).toEqual({ ok: false, error: expect.stringMatching(/^entities\[0\]\.aliases\[2\]\.text: at most 120/) });
    const many = good();
    many.aliases = Array.from({ length: 51 }, (_, i) => ({ text: `Name ${i}`, lang: 'en' }));
    expect(parsePack(pack([many]), bundled)).toEqual({ ok: false, error: expect.stringMatching(/^entities\[0\]\.aliases: at most 50/) });
    // 1 MB counts UTF-8 bytes: 350,000 Chinese characters are over it, though fewer than a million characters.
    expect(parsePack(pack([good()], { description: '中'.repeat(350_000) }), bundled)).toEqual({ ok: false, error: expect.stringMatching(/larger than 1 MB/) });
    expect(utf8Bytes('a中😀')).toBe(1 + 3 + 4);
  });

  it('formats zod paths', () => {
    expect(formatPath(['entities', 2, 'sources', 0, 'url'])).toBe('entities[2].sources[0].url');
    expect(formatPath([])).toBe('');
  });
});

describe('pack names in the match index', () => {
  it("are marked, but do not vouch that a page is about China (an everyday word in a pack must not unlock the KB's ambiguous names)", () => {
    const everyday = entity('pack-word', 'concept', [{ text: 'the game', lang: 'en' }]);
    const entities = [...TOY_ENTITIES, everyday];
    const withPack = new CompiledMatcher(buildMatchIndex('t', entities, { noVouchFor: new Set(['pack-word']) }));
    const text = 'In the game every NPC talks.';
    expect(withPack.match(text).map((m) => m.entityId)).toEqual(['pack-word']);
    // The same word as a bundled name would vouch, and NPC would be marked.
    expect(new CompiledMatcher(buildMatchIndex('t', entities)).match(text).map((m) => m.entityId)).toEqual(['pack-word', 'npc']);
  });
});

describe('packs against the knowledge base (found in review)', () => {
  it('a disguised bundled name is refused even when marked ambiguous, and so is a disguised pinyin name', () => {
    const e = good();
    e.aliases.push({ text: "Xiao Yaqing's", lang: 'en', ambiguous: true });
    expect(parsePack(pack([e]), bundled).ok).toBe(false);
    const p = { ...good(), name: { en: 'Other', pinyin: 'Xiao-Yaqing' } };
    expect(parsePack(pack([p]), bundled)).toEqual({ ok: false, error: expect.stringMatching(/^entities\[0\]\.name\.pinyin: /) });
  });

  it("a spelling the matcher derives from a bundled name is the bundled entity's too", () => {
    for (const text of ['Fourteenth Five-Year Plan', 'Big Fund Phase 3', 'third phase of the Big Fund']) {
      const e = good();
      e.aliases.push({ text, lang: 'en' });
      expect(parsePack(pack([e]), bundled)).toEqual({ ok: false, error: expect.stringMatching(/^entities\[0\]\.aliases\[\d+\]: .* a pack may not take a name/) });
    }
  });

  it('a long pinyin-like alias is split in linear time (it hung the background before)', () => {
    expect(splitPinyin(`${'an'.repeat(60)}q`)).toBeUndefined();
    expect(splitPinyin('zhuanjingtexin')).toEqual(['zhuan', 'jing', 'te', 'xin']);
  });
});
