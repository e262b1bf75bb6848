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

  it('cuts even a block with no break, sentence or space, so no slice runs long; an empty story has none', () => {
    const parts = slices('x'.repeat(SLICE_CHARS * 5));
    expect(parts[0]![0]).toBe(0);
    expect(parts.at(-1)![1]).toBe(SLICE_CHARS * 5);
    expect(parts.every(([a, b]) => b - a <= SLICE_CHARS * 2)).toBe(true);
    expect(slices('')).toEqual([]);
  });

  it('cuts a long Chinese block after 。, never inside a sentence', () => {
    const text = '国家集成电路产业投资基金三期在上海成立，注册资本三千多亿元。'.repeat(2000);
    const parts = slices(text);
    expect(parts.length).toBeGreaterThan(2);
    for (const [, end] of parts.slice(0, -1)) expect(text[end - 1]).toBe('。');
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
