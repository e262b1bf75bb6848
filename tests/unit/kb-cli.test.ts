// npm run -s kb -- get / search / report, run as a reader runs them, on the real knowledge base.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function kb(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/kb-cli.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('kb command', () => {
  it('get prints the whole record a name resolves to; "Big Fund" is the fund, not a phase', () => {
    const r = kb('get', 'Big Fund');
    expect(r.status).toBe(0);
    const record = JSON.parse(r.out) as { id: string; sources: unknown[] };
    expect(record.id).toBe('big-fund');
    expect(record.sources.length).toBeGreaterThan(0);
    expect(JSON.parse(kb('get', '大基金三期').out).id).toBe('big-fund-phase-3');
    expect(JSON.parse(kb('get', 'miit').out).id).toBe('miit');
  });
  it('get exits 1 with a message when nothing matches', () => {
    const r = kb('get', 'qqqqzzzz');
    expect(r.status).toBe(1);
    expect(r.err).toContain('No entity matches');
  });
  it('search prints the best matches, one per line', () => {
    const r = kb('search', 'big fnd');
    expect(r.status).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^big-fund\t/);
  });
  it('report --json gives counts by type, sources by host and what is missing', () => {
    const r = kb('report', '--json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.out) as { entities: number; byHost: [string, number][]; missing: unknown[] };
    expect(report.entities).toBeGreaterThanOrEqual(250);
    expect(report.byHost.length).toBeGreaterThan(10);
  });
}, 60_000);
