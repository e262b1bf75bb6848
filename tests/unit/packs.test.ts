import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, packToJson, parsePack, PACK_FORMAT } from '../../core/packs';
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
    expect(parsePack('x'.repeat(4_000_001), bundled)).toEqual({ ok: false, error: expect.stringMatching(/larger than/) });
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
    expect(parsePack(pack([clash]), bundled)).toEqual({ ok: false, error: expect.stringContaining('alias "made in china 2025" is claimed by') });
  });

  it('formats zod paths', () => {
    expect(formatPath(['entities', 2, 'sources', 0, 'url'])).toBe('entities[2].sources[0].url');
    expect(formatPath([])).toBe('');
  });
});
