// A name inside a web address printed in the text is part of the address (found on held-out set 4:
// "…/department-commerce-announces-addition-huawei-technologies-co-ltd" was marked as Huawei).
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../core/match-index';
import { CompiledMatcher } from '../../core/matcher';
import { insideWebAddress } from '../../core/web-addresses';
import { entity } from './toy-kb';

const matcher = new CompiledMatcher(buildMatchIndex('test', [
  entity('huawei', 'company', [{ text: 'Huawei', lang: 'en' }, { text: 'Huawei Technologies', lang: 'en' }, { text: '华为', lang: 'zh-Hans' }]),
  entity('xi-jinping', 'person', [{ text: 'Xi Jinping', lang: 'en' }]),
]));
const marked = (text: string) => matcher.match(text).map((m) => m.text);

describe('names inside a printed web address', () => {
  it('are not marked: a path, a scheme, www., a mail address', () => {
    expect(marked('See https://www.commerce.gov/news/press-releases/2019/05/department-commerce-announces-addition-huawei-technologies-co-ltd for the rule.')).toEqual([]);
    expect(marked('Source: commerce.gov/news/addition-huawei-technologies-co-ltd.')).toEqual([]);
    expect(marked('Visit www.huawei.com or write to press@huawei.com today.')).toEqual([]);
  });
  it('the same names in the sentence around the address still are, and so is Chinese text beside one', () => {
    expect(marked('Huawei said on its site (https://www.huawei.com/en/news) that Huawei Technologies would appeal.')).toEqual(['Huawei', 'Huawei Technologies']);
    expect(marked('详见http://www.example.cn/a。华为表示将上诉。')).toEqual(['华为']);
    expect(marked("Xi Jinping's U.S./China remarks and MIIT/NDRC rules")).toEqual(['Xi Jinping']);
  });
  it('looks only a bounded distance for the rest of an address (a page cannot make it scan far)', () => {
    const long = `${'a'.repeat(5000)}Huawei${'b'.repeat(5000)}`;
    expect(insideWebAddress(long, 5000, 5006)).toBe(false);
    expect(insideWebAddress(`https://x.example/${'a'.repeat(100)}-huawei`, 119, 125)).toBe(true);
  });
});
