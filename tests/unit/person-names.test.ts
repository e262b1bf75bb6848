// A person's surname and the length of a Chinese name, worked out when the index is built (ADR 0015).
import { describe, expect, it } from 'vitest';
import { chineseNameLength, surnameOf } from '../../core/person-names';
import { entity } from './toy-kb';

const person = (en: string, name: { zh?: string; pinyin?: string }) => entity('p', 'person', [{ text: en, lang: 'en' }], name);

describe('surnameOf', () => {
  it('puts a Chinese surname first, with or without Chinese characters in the record', () => {
    expect(surnameOf(person('Xiao Yaqing', { zh: '肖亚庆', pinyin: 'Xiao Yaqing' }))).toBe('Xiao');
    expect(surnameOf(person('Gao Feng', { pinyin: 'Gao Feng' }))).toBe('Gao');
  });
  it('takes the last part of other names, a Chinese name in the record notwithstanding', () => {
    expect(surnameOf(person('Gina Raimondo', {}))).toBe('Raimondo');
    expect(surnameOf(person('Jensen Huang', { zh: '黄仁勋', pinyin: 'Huang Renxun' }))).toBe('Huang');
    expect(surnameOf(person('Katherine Tai', { zh: '戴琪' }))).toBe('Tai');
  });
  it('gives none for names it cannot split into two or three plain parts, or for what is no person', () => {
    expect(surnameOf(person("Chen Min'er", { zh: '陈敏尔', pinyin: "Chen Min'er" }))).toBeUndefined();
    expect(surnameOf(entity('b', 'body', [{ text: 'State Council', lang: 'en' }]))).toBeUndefined();
  });
});

describe('chineseNameLength', () => {
  it('counts the Chinese name, or the pinyin word by word without one', () => {
    expect(chineseNameLength(person('Wang Yi', { zh: '王毅', pinyin: 'Wang Yi' }))).toBe(2);
    expect(chineseNameLength(person('Gao Feng', { pinyin: 'Gao Feng' }))).toBe(2);
    expect(chineseNameLength(person('Li Ang', { pinyin: 'Li Ang' }))).toBe(2); // "liang" read whole is one syllable
    expect(chineseNameLength(person('Xiao Yaqing', { pinyin: 'Xiao Yaqing' }))).toBe(3);
    expect(chineseNameLength(person('Gina Raimondo', {}))).toBe(0);
  });
});
