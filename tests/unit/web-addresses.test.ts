// A name inside a web address printed in the text is part of the address (found on held-out set 4:
// "…/department-commerce-announces-addition-huawei-technologies-co-ltd" was marked as Huawei).
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../core/match-index';
import { CompiledMatcher } from '../../core/matcher';
import { insideWebAddress, webAddressSpans } from '../../core/web-addresses';
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
  it('finds addresses once per text; a run too long to be a printed address is not one', () => {
    const url = `https://x.example/${'a'.repeat(100)}-huawei`;
    expect(webAddressSpans(`See ${url}.`)).toEqual([[12, 4 + url.length]]); // the address proper begins after "https://"
    expect(insideWebAddress(webAddressSpans(url), 119, 125)).toBe(true);
    expect(webAddressSpans(`https://x.example/${'a'.repeat(5000)}`)).toEqual([]);
  });
});

describe('names beside an address, found in review', () => {
  it('a name before an address, or split from it by a comma or bracket, is still marked', () => {
    expect(marked('Read the rule on Huawei:https://commerce.gov/x')).toEqual(['Huawei']);
    expect(marked('Sources: [12]Huawei,https://www.reuters.com/x')).toEqual(['Huawei']);
    expect(marked('Huawei/ZTE/reuters.com/x')).toEqual(['Huawei']);
    expect(marked('e.g.Huawei/ZTE in China')).toEqual(['Huawei']);
  });
  it('an ellipsis is not a host name, a run may start with "/", www. may follow a label, and a mail test is case-sensitive (found in review)', () => {
    expect(marked('Huawei...the/ZTE deal')).toEqual(['Huawei']);
    expect(marked('路透社/reuters.com/huawei-ban')).toEqual([]);
    expect(marked('Web:www.huawei.com')).toEqual([]);
    expect(marked('Huawei@MWC.Shanghai')).toEqual(['Huawei']);
  });
  it('an address in brackets hides the name inside it; a bare host name names the firm, as in a reference line', () => {
    expect(marked('(www.huawei.com)')).toEqual([]);
    expect(marked('Reference(s): huawei.com')).toEqual(['huawei']);
  });
  it('a page of address-like runs costs linear time, for names and for surnames after a full name', () => {
    const cases = [`Huawei said. ${`www.${'.'.repeat(2040)}x `.repeat(490)}`, `Huawei said. ${'huawei-'.repeat(150_000)}`, `Xi Jinping spoke in Beijing. ${'Xi-'.repeat(100_000)}`, `${'a.bcdefghijklmnop'.repeat(60_000)}/`];
    for (const text of cases) {
      const started = performance.now();
      matcher.match(text);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
