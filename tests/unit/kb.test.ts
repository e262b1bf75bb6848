// The real knowledge base: it builds, every rule in data/README.md holds, and search finds what readers type.
import { describe, expect, it } from 'vitest';
import { buildKb } from '../../core/kb-build';
import { checkKbIntegrity } from '../../core/kb-integrity';
import { KbSearch } from '../../core/search-index';
import { loadKb, readKbSources } from '../../scripts/kb-files';

const result = loadKb();
if (!result.ok) throw new Error(`KB invalid:\n${result.problems.join('\n')}`);
const { kb } = result;

describe('knowledge base', () => {
  it('validates against the schema with no integrity problems', () => {
    expect(checkKbIntegrity(kb.entities)).toEqual([]);
  });

  it('holds every entity the seed articles name', () => {
    const ids = new Set(kb.entities.map((e) => e.id));
    const required = [
      'two-sessions', 'npc', 'cppcc', 'government-work-report', 'fyp-14', 'fyp-15', 'long-range-objectives-2035',
      'made-in-china-2025', 'miit', 'xiao-yaqing', 'li-keqiang', 'li-qiang', 'xi-jinping', 'big-fund',
      'big-fund-phase-1', 'big-fund-phase-2', 'big-fund-phase-3', 'chip-self-sufficiency-70', 'rd-spending-targets',
      'cpc-central-committee', 'fourth-plenum-2025', 'cpc-20th-national-congress', 'new-quality-productive-forces',
      'high-quality-development', 'new-whole-nation-system', 'chokepoint-technologies', 'little-giants', 'huawei',
      'kunpeng-920', 'smic', 'ymtc', 'byd', 'changan', 'us-entity-list', 'us-chip-export-controls-2022',
      'global-times', 'cgtn', 'xiang-ligang', 'zhu-huarong',
    ];
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('marks every entity by its English name where that name is a name (no parenthesised description)', () => {
    const missing = kb.entities.filter((e) => !e.name.en.includes('(') && !e.aliases.some((a) => a.text.toLowerCase() === e.name.en.toLowerCase()));
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('holds at least 250 entities', () => {
    expect(kb.entities.length).toBeGreaterThanOrEqual(250);
  });

  it('has an as-of date, and every source is https and dated (the date the page shows, or the day it was read)', () => {
    expect(kb.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const e of kb.entities) for (const s of e.sources) {
      expect(s.url.startsWith('https://'), `${e.id}/${s.id}`).toBe(true);
      expect(!!(s.date ?? s.accessed), `${e.id}/${s.id}`).toBe(true);
    }
  });

  it('gives every entity an English and a Chinese name where one exists, and a source', () => {
    for (const e of kb.entities) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.aliases.length, e.id).toBeGreaterThan(0);
    }
  });

  it('never uses a bare surname or a generic back-reference as a page alias', () => {
    const banned = new Set(['xi', 'li', 'xiao', 'the fund', 'the plan', 'the ministry', 'the party', 'five year plan', 'self reliance', 'self sufficiency']);
    for (const e of kb.entities) {
      for (const a of e.aliases) {
        if (!a.searchOnly) expect(banned.has(a.text.toLowerCase().replace(/-/g, ' ')), `${e.id}: ${a.text}`).toBe(false);
      }
    }
  });

  it("never gives a person an alias holding another entity's name: the mark would swallow it (found on held-out set 5: 'CSRC chairman Wu Qing')", () => {
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const names = kb.entities.flatMap((e) => e.aliases.filter((a) => !a.searchOnly && a.text.length >= 3).map((a) => ({
      id: e.id,
      text: a.text,
      lower: a.text.toLowerCase(),
      within: new RegExp(`(?<![\\p{L}\\p{N}])${escape(a.text)}(?![\\p{L}\\p{N}])`, a.text === a.text.toUpperCase() ? 'u' : 'ui'),
    })));
    const personAliases = kb.entities.filter((e) => e.type === 'person').flatMap((p) => p.aliases.map((a) => ({ id: p.id, text: a.text, lower: a.text.toLowerCase() })));
    const swallowed: string[] = [];
    for (const other of names) {
      for (const a of personAliases) {
        if (other.id !== a.id && other.text !== a.text && a.lower.includes(other.lower) && other.within.test(a.text)) swallowed.push(`${a.id}: "${a.text}" holds ${other.id}'s "${other.text}"`);
      }
    }
    expect(swallowed).toEqual([]);
  });
});

describe('KB validation reports bad input clearly and keeps the rest', () => {
  const good = readKbSources();
  it('names the file and field of a schema error', () => {
    const broken = { name: 'broken.json', json: [{ id: 'Bad Id', type: 'plan' }] };
    const r = buildKb([...good, broken], 'test');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.some((p) => p.startsWith('broken.json: entity Bad Id: id'))).toBe(true);
  });
  /** Builds the real KB with its first entity changed: the rest must stay valid. */
  function problemsWithFirstEntity(change: (entity: { related: string[]; summarySourceIds: string[] }) => void): string {
    const [first, ...rest] = good;
    const json = structuredClone(first!.json) as { related: string[]; summarySourceIds: string[] }[];
    change(json[0]!);
    const r = buildKb([{ name: first!.name, json }, ...rest], 'test');
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.problems.join('\n');
  }
  it('reports a related id that does not exist', () => {
    expect(problemsWithFirstEntity((e) => e.related.push('no-such-entity'))).toContain('related id "no-such-entity" does not exist');
  });
  it('reports a fact that cites a source the entity does not list', () => {
    expect(problemsWithFirstEntity((e) => e.summarySourceIds.push('made-up-source'))).toContain('cites unknown source "made-up-source"');
  });
  it('reports a file that is not JSON', () => {
    const r = buildKb([{ name: 'x.json', json: { invalidJson: 'SyntaxError' } }], 'test');
    expect(r.ok).toBe(false);
  });
});

describe('popup search', () => {
  const search = new KbSearch(kb.entities);
  const top = (q: string) => search.search(q)[0]?.id;
  it('finds the Big Fund from a typo and from Chinese', () => {
    expect(top('big fnd')).toBe('big-fund');
    expect(top('大基金')).toBe('big-fund');
    expect(top('Big Fund')).toBe('big-fund');
  });
  it('finds by Chinese name, acronym and English name', () => {
    expect(top('工信部')).toBe('miit');
    expect(top('MIIT')).toBe('miit');
    expect(top('xiao yaqing')).toBe('xiao-yaqing');
    expect(top('made in china')).toBe('made-in-china-2025');
  });
  it('returns nothing for an empty query and for nonsense', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('qqqqzzzz')).toEqual([]);
  });
});
