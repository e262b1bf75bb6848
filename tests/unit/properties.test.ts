// Property-based tests (fast-check): for any input at all, the matcher and the settings parser keep
// their promises. A failure prints the smallest input that breaks one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompiledMatcher } from '../../core/matcher';
import { DEFAULT_SETTINGS, DWELL_MS_MAX, isActiveOn, parseSettings } from '../../core/settings';
import { TOY_INDEX } from './toy-kb';

const matcher = new CompiledMatcher(TOY_INDEX);
/** Text made of alias pieces, look-alikes, CJK, odd spaces and punctuation: where matchers break. */
const textish = fc.array(fc.oneof(
  fc.constantFrom('Big Fund', 'Big Fund II', '大基金', '十四五', 'NPC', 'npc', 'Two Sessions', 'Xiao Yaqing', 'Li', "Chang'an", '14th Five-Year Plan', 'Made in China 2025'),
  fc.constantFrom(' ', '\u00a0', '\u2029', '\n', '-', '–', '’', 'ﬁ', 'İ', '\u200b', '\ud83d\ude00', 'ＮＰＣ', '.', ','),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
), { maxLength: 40 }).map((parts) => parts.join(''));

describe('matcher properties', () => {
  it('never throws; marks lie inside the text, do not overlap, come in order, and carry their own text', () => {
    fc.assert(fc.property(textish, (text) => {
      const mentions = matcher.match(text);
      let end = 0;
      for (const m of mentions) {
        if (m.start < end || m.end <= m.start || m.end > text.length) return false;
        if (m.text !== text.slice(m.start, m.end)) return false;
        end = m.end;
      }
      return true;
    }), { numRuns: 3000 });
  });
  it('the same text always gives the same marks (no state kept between calls)', () => {
    fc.assert(fc.property(textish, textish, (a, b) => {
      const first = JSON.stringify(matcher.match(a));
      matcher.match(b);
      return JSON.stringify(matcher.match(a)) === first;
    }), { numRuns: 500 });
  });
});

describe('settings parser properties', () => {
  it('turns any stored value into valid settings, never throws, and is stable on its own output', () => {
    fc.assert(fc.property(fc.anything(), (stored) => {
      const { settings } = parseSettings(stored);
      expect(typeof settings.enabled).toBe('boolean');
      expect(Number.isInteger(settings.dwellMs) && settings.dwellMs >= 0 && settings.dwellMs <= DWELL_MS_MAX).toBe(true);
      expect(settings.disabledSites.every((s) => typeof s === 'string')).toBe(true);
      expect(parseSettings(settings)).toEqual({ settings, repaired: [] });
    }), { numRuns: 2000 });
  });
  it('keeps every valid field of a partly corrupt value and names each one it reset', () => {
    fc.assert(fc.property(fc.record({ enabled: fc.anything(), dwellMs: fc.anything(), disabledSites: fc.anything() }, { requiredKeys: [] }), (stored) => {
      const { settings, repaired } = parseSettings(stored);
      for (const key of Object.keys(stored) as (keyof typeof stored)[]) {
        const kept = JSON.stringify(settings[key]) === JSON.stringify(stored[key]);
        if (!kept && !repaired.includes(key)) return false;
      }
      return true;
    }), { numRuns: 2000 });
  });
  it('a site switched off is off, whatever else the settings say', () => {
    fc.assert(fc.property(fc.domain(), fc.boolean(), (host, enabled) => {
      const key = host.replace(/^www\./, '');
      return !isActiveOn({ ...DEFAULT_SETTINGS, enabled, disabledSites: [key], enabledSites: [key] }, host);
    }));
  });
});

describe('Aho-Corasick properties', () => {
  it('finds exactly the occurrences a naive search finds, in order of end offset', async () => {
    const { AhoCorasick } = await import('../../core/aho-corasick');
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ab', '大', '基'), minLength: 1, maxLength: 4 });
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', '大', '基', ' '), maxLength: 60 }), (patterns, text) => {
      const expected: string[] = [];
      for (let end = 1; end <= text.length; end++) {
        patterns.forEach((p, i) => {
          if (p.length > 0 && end - p.length >= 0 && text.slice(end - p.length, end) === p) expected.push(`${i}@${end - p.length}-${end}`);
        });
      }
      const got = new AhoCorasick(patterns).search(text).map((h) => `${h.pattern}@${h.start}-${h.end}`);
      return JSON.stringify([...got].sort()) === JSON.stringify([...expected].sort()) && got.every((h, k) => k === 0 || Number(h.split('-')[1]) >= Number(got[k - 1]!.split('-')[1]));
    }), { numRuns: 1500 });
  });
});
