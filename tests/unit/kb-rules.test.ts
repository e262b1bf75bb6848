// Each source and record rule of data/README.md, on small records of our own: the build fails and
// the message names the entity and the field.
import { describe, expect, it } from 'vitest';
import { buildKb } from '../../core/kb-build';
import { isDeniedHost } from '../../core/kb-integrity';
import { readDeniedHosts } from '../../scripts/kb-files';

function record(id: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id, type: 'plan', name: { en: `Plan ${id}` }, aliases: [{ text: `Plan ${id}`, lang: 'en' }],
    summary: 'A plan used only by the rule tests, described in a few neutral words.',
    summarySourceIds: ['s1'],
    sources: [{ id: 's1', title: 'A page', publisher: 'Publisher', date: '2024-05-01', url: 'https://example.gov/a' }],
    ...patch,
  };
}
function problems(records: unknown[], deniedHosts: string[] = []): string {
  const r = buildKb([{ name: 'rules.json', json: records }], 'test', { deniedHosts });
  return r.ok ? '' : r.problems.join('\n');
}
const source = (patch: Record<string, unknown>) => ({ sources: [{ id: 's1', title: 'A page', publisher: 'Publisher', url: 'https://example.gov/a', ...patch }] });

describe('KB source rules', () => {
  it('accepts a well-formed record', () => {
    expect(problems([record('ok')])).toBe('');
  });
  it('rejects an http address, naming the entity and field', () => {
    expect(problems([record('p', source({ date: '2024', url: 'http://example.gov/a' }))])).toContain('entity p: sources.0.url: url must be an https address');
  });
  it('rejects a javascript: or data: address', () => {
    expect(problems([record('p', source({ date: '2024', url: 'javascript:alert(1)' }))])).toContain('entity p: sources.0.url');
    expect(problems([record('p', source({ date: '2024', url: 'data:text/html,x' }))])).toContain('entity p: sources.0.url');
  });
  it('rejects a source with neither a date nor an accessed day, and one with both', () => {
    expect(problems([record('p', source({}))])).toContain('entity p: sources.0.date: a source needs exactly one of date');
    expect(problems([record('p', source({ date: '2024', accessed: '2026-11-27' }))])).toContain('exactly one of date');
    expect(problems([record('p', source({ accessed: '2026-11-27' }))])).toBe('');
  });
  it('rejects a source without a title or a publisher', () => {
    expect(problems([record('p', source({ date: '2024', title: '' }))])).toContain('entity p: sources.0.title');
    expect(problems([record('p', source({ date: '2024', publisher: '' }))])).toContain('entity p: sources.0.publisher');
  });
  it('rejects a source on a denied mirror host or its subdomain', () => {
    const p = problems([record('p', source({ date: '2024', url: 'https://m.mirror.example/a' }))], ['mirror.example']);
    expect(p).toContain('p: source "s1" is on a denied mirror/repost host (m.mirror.example)');
    expect(isDeniedHost('notmirror.example', ['mirror.example'])).toBe(false);
  });
  it('reads the real deny-list, which names the known mirrors', () => {
    const hosts = readDeniedHosts();
    expect(hosts).toContain('wikimili.com');
    expect(isDeniedHost('m.512aiai.com', hosts)).toBe(true);
    expect(isDeniedHost('english.www.gov.cn', hosts)).toBe(false);
  });
});

describe('KB record rules', () => {
  it('rejects a summary over 60 words', () => {
    const summary = Array.from({ length: 61 }, (_, i) => `word${i}`).join(' ');
    expect(problems([record('p', { summary })])).toContain('entity p: summary: summary must be at most 60 words');
    expect(problems([record('p', { summary: summary.split(' ').slice(0, 60).join(' ') })])).toBe('');
  });
  it('rejects a target stated in two records', () => {
    const target = { metric: 'Digital economy share of GDP', value: '10%', status: 'pending', sourceIds: ['s1'] };
    const p = problems([record('a', { targets: [target] }), record('b', { targets: [{ ...target, metric: 'digital-economy share of GDP' }] })]);
    expect(p).toContain('b: target "digital-economy share of GDP" is also stated in a');
  });
  it('rejects an alias shared by two entities unless ambiguous on both', () => {
    const shared = { aliases: [{ text: 'The Plan X', lang: 'en' }] };
    expect(problems([record('a', shared), record('b', shared)])).toContain('alias "the plan x" is claimed by a, b');
    const ambiguous = { aliases: [{ text: 'The Plan X', lang: 'en', ambiguous: true }] };
    expect(problems([record('a', ambiguous), record('b', ambiguous)])).toBe('');
  });
  it('rejects a shareholder linked to an unknown entity and a fact citing an unknown source', () => {
    const p = problems([record('f', {
      type: 'fund',
      shareholders: [{ name: 'Ministry', entityId: 'no-such-body', share: '10%', sourceIds: ['s1'] }],
      facts: [{ label: 'Registered capital', value: '1 yuan', sourceIds: ['s9'] }],
    })]);
    expect(p).toContain('f: shareholder "Ministry" links to unknown id "no-such-body"');
    expect(p).toContain('f: fact Registered capital cites unknown source "s9"');
  });
});
