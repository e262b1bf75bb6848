import { describe, expect, it } from 'vitest';
import { SLICE_CHARS, slices } from '../../page/annotator';

describe('slicing a long story for annotation', () => {
  it('covers the text exactly, cutting only just after a block break', () => {
    const block = `${'word '.repeat(500)}\u2029`;
    const text = block.repeat(20);
    const parts = slices(text);
    expect(parts[0]![0]).toBe(0);
    expect(parts.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < parts.length; i++) {
      expect(parts[i]![0]).toBe(parts[i - 1]![1]);
      expect(text[parts[i]![0] - 1]).toBe('\u2029');
    }
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every(([a, b]) => b - a <= SLICE_CHARS + block.length)).toBe(true);
  });

  it('keeps a story without block breaks in one piece, and an empty one in none', () => {
    expect(slices('x'.repeat(SLICE_CHARS * 3))).toEqual([[0, SLICE_CHARS * 3]]);
    expect(slices('')).toEqual([]);
  });

  it('cuts one very long block at sentence ends, never inside "U.S. Commerce", so no slice runs long', () => {
    const sentence = 'The U.S. Commerce Department named more firms in the long transcript today. ';
    const text = sentence.repeat(Math.ceil((SLICE_CHARS * 5) / sentence.length));
    const parts = slices(text);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.every(([a, b]) => b - a <= SLICE_CHARS * 2)).toBe(true);
    for (const [, end] of parts.slice(0, -1)) expect(text.slice(end - 6, end)).toBe('today.');
  });
});
