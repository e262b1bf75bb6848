// The message protocol: every shape that is not exactly a known message is refused with an error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentRequest } from '../../core/protocol';
import { parseBackgroundRequest } from '../../core/protocol-background';

describe('background requests', () => {
  it('accepts each known request', () => {
    for (const m of [{ type: 'getMatchIndex' }, { type: 'getCard', id: 'big-fund' }, { type: 'getCardStyle' }, { type: 'openDetail', id: 'miit' }, { type: 'syncSites' }, { type: 'syncSites', tabId: 3 }]) {
      expect(parseBackgroundRequest(m), JSON.stringify(m)).toEqual({ ok: true, request: m });
    }
  });
  it('refuses unknown types, extra fields, bad ids and bad tab ids, with an error naming the type', () => {
    const bad = [
      { type: 'getEntity', id: 'x' }, { type: 'getCard' }, { type: 'getCard', id: '../../etc' }, { type: 'getCard', id: 'a'.repeat(200) },
      { type: 'getMatchIndex', extra: 1 }, { type: 'getCardStyle', css: 'x' }, { type: 'syncSites', tabId: -1 }, { type: 'syncSites', tabId: 1.5 }, null, 'getMatchIndex', [], 42,
    ];
    for (const m of bad) {
      const r = parseBackgroundRequest(m);
      expect(r.ok, JSON.stringify(m)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^refused message/);
    }
  });
});

describe('content requests', () => {
  it('accepts each known request', () => {
    for (const m of [{ type: 'getPageMentions' }, { type: 'openMention', entityId: 'big-fund' }, { type: 'openMention', entityId: 'smic', occurrence: 2 }, { type: 'stepMention', step: -1 }]) {
      expect(parseContentRequest(m)).toEqual({ ok: true, request: m });
    }
  });
  it('refuses anything else', () => {
    for (const m of [{ type: 'stepMention', step: 2 }, { type: 'openMention' }, { type: 'openMention', entityId: 'A B' }, { type: 'getPageMentions', x: 1 }, { type: 'constructor' }, { type: '__proto__' }, undefined]) {
      expect(parseContentRequest(m).ok, JSON.stringify(m)).toBe(false);
    }
  });
  it('never throws and never accepts a message with an unknown type, whatever the value (property)', () => {
    const known = new Set(['getPageMentions', 'openMention', 'stepMention', 'getMatchIndex', 'getCard', 'getCardStyle', 'openDetail', 'syncSites']);
    fc.assert(fc.property(fc.anything(), (m) => {
      const c = parseContentRequest(m);
      const b = parseBackgroundRequest(m);
      const type = m && typeof m === 'object' ? (m as { type?: unknown }).type : undefined;
      if (typeof type !== 'string' || !known.has(type)) return !c.ok && !b.ok;
      return true;
    }), { numRuns: 2000 });
  });
});
