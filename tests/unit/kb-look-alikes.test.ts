// The real knowledge base on text that only looks like China policy: acronyms with everyday meanings
// elsewhere are marked only in a China context, and a name is never its own context (found on
// held-out set 4: an advertising glossary's "cost per click (CPC)" was marked six times).
import { describe, expect, it } from 'vitest';
import { CompiledMatcher } from '../../core/matcher';
import { loadKb } from '../../scripts/kb-files';

const kb = loadKb();
if (!kb.ok) throw new Error(kb.problems.join('\n'));
const matcher = new CompiledMatcher(kb.index);
const ids = (text: string) => matcher.match(text).map((m) => m.entityId);

describe('acronyms that mean other things outside China policy', () => {
  it('are not marked in text about something else, however often they recur', () => {
    expect(ids('Cost per click (CPC) is a billing method. A site with a CPC rate of 60 cents charges $600. Set CPC bids, or a "max CPC".')).toEqual([]);
    expect(ids('Trades clear through a central counterparty (CCP); CCP margin calls rose.')).toEqual([]);
    expect(ids("India's NFRA fined the auditors; the NFRA order runs to 40 pages.")).toEqual([]);
    expect(ids('Brussels transit operator STIB added trams. Palm Beach State College (PBSC) opened a campus.')).toEqual([]);
  });
  it('are marked in a story about China', () => {
    expect(ids('The CPC said on Monday that China would expand chip subsidies.')).toContain('cpc');
    expect(ids('China said the CCP leadership backs the plan.')).toContain('cpc');
  });
});

describe('forms official texts and outlets use, found on held-out sets 4 and 5', () => {
  const first = (text: string) => matcher.match(text)[0]?.entityId;
  it('are marked as the entity they name', () => {
    expect(first('国家发展改革委举行新闻发布会。')).toBe('ndrc');
    expect(first('The 14th Five-Year (2021-2025) Plan was adopted.')).toBe('fyp-14');
    // Held-out set 14: the fund's short Chinese name, in Taiwan's characters, with its phase.
    expect(first('國家積體電路基金二期持股由23.07%降至14.88%。')).toBe('big-fund-phase-2');
    expect(first('国家集成电路基金三期入股。')).toBe('big-fund-phase-3');
    expect(first('The 13th Five-Year (2016-20) Plan ended.')).toBe('fyp-13');
    expect(first("SMIC received $1.5 billion from China's National Integrated Circuit Fund II.")).toBe('smic');
    expect(matcher.match("SMIC received $1.5 billion from China's National Integrated Circuit Fund II.").map((m) => m.entityId)).toContain('big-fund-phase-2');
    expect(first('The third plenary session of the 20th Central Committee of the Communist Party of China closed.')).toBe('third-plenum-2024');
    expect(first('中芯稱美國出口管制導致供貨延遲，中國的晶片業受影響。')).toBe('smic');
    expect(first('He is no longer party secretary of the Ministry of Industries and Information Technology.')).toBe('miit');
  });
  it('held-out set 6: 美商务部 (the US department, not MOFCOM), the Ministry of Public Security (China\'s, not Vietnam\'s)', () => {
    expect(ids('美商务部宣布将多家中国实体列入实体清单。商务部新闻发言人回应。').slice(0, 2)).toEqual(['us-commerce-department', 'us-entity-list']);
    expect(ids('美商务部宣布将多家中国实体列入实体清单。商务部新闻发言人回应。')).toContain('mofcom');
    expect(ids("An expert at the Third Research Institute of China's Ministry of Public Security said AI labels help.")).toContain('mps');
    expect(ids("Vietnam's Ministry of Public Security said on Monday it had arrested three people in Hanoi.")).toEqual([]);
  });
  it("held-out sets 4, 8, 12: the Commerce Department's Bureau of Industry and Security is two bodies, each its own mark", () => {
    const both = (text: string) => matcher.match(text).map((m) => [m.text, m.entityId]);
    expect(both('The U.S. Commerce Department’s Bureau of Industry and Security said China would be hit.')).toEqual([
      ['U.S. Commerce Department', 'us-commerce-department'], ['Bureau of Industry and Security', 'us-bis']]);
    expect(both('美國商務部工業與安全局當地時間八日公告,中國企業被列入。')).toEqual([['美國商務部', 'us-commerce-department'], ['工業與安全局', 'us-bis']]);
    expect(both('美国商务部工业与安全局公布新规,中国表示反对。')).toEqual([['美国商务部', 'us-commerce-department'], ['工业与安全局', 'us-bis']]);
  });
  it("a title before a person's name leaves the body in the title its own mark", () => {
    expect(matcher.match('CSRC chairman Wu Qing said China would act.').map((m) => m.entityId)).toEqual(['csrc', 'wu-qing']);
  });
});

describe("numbered five-year plans: other countries number theirs too (held-out set 10: Nepal's 15th plan)", () => {
  it('are not marked, nor made a reason to mark an acronym, in a story about another country', () => {
    expect(ids('Kathmandu: the meeting endorsed the approach paper of the 15th five-year plan, prepared by the National Planning Commission (NPC). NPC will now present it to the Cabinet.')).toEqual([]);
    expect(ids('The Twelfth Five Year Plan of India ran from 2012 to 2017; the 11th Five-Year Plan came before it.')).toEqual([]);
  });
  it("are another country's with its name right before them, even in a story about China (reviews L, L3)", () => {
    const text = "India's 12th Five-Year Plan and China's 12th Five-Year Plan both ran to 2015.";
    expect(matcher.match(text).map((m) => [m.entityId, m.start])).toEqual([['fyp-12', text.indexOf("China's") + 8]]);
    expect(ids("Chinese investors eye India's 12th Five-Year Plan, which runs to 2017.")).toEqual([]);
    expect(ids("Beijing's 15th Five-Year Plan and Nepal's 15th Five-Year Plan share goals, China says.")).toEqual(['fyp-15']);
  });
  it('a headline\'s capitalised words are no owner (review L2)', () => {
    expect(ids("Taiwan Watches Beijing's 15th Five-Year Plan")).toEqual(['fyp-15']);
    expect(ids('European Chamber Welcomes 15th Five-Year Plan as Beijing Sets Chip Goals')).toEqual(['fyp-15']);
  });
  it("are marked in a story about China, in its dated form anywhere", () => {
    expect(ids('The 15th Five-Year Plan (2026-2030) sets targets.')).toEqual(['fyp-15']);
    expect(ids('the 14th Five-Year Plan for National Economic and Social Development')).toEqual(['fyp-14']);
    expect(ids("China's 15th Five-Year Plan sets targets for chips.")).toContain('fyp-15');
    expect(ids("The 14th Five-Year Plan was adopted by the National People's Congress in March 2021.")).toEqual(['fyp-14', 'npc']);
    expect(ids('The 14th Five-Year (2021-2025) Plan was adopted.')).toEqual(['fyp-14']);
  });
});

describe('a statute is not one use of it', () => {
  it('"Section 232" alone is the US trade law, not the 2025 chip investigation under it (held-out set 4 once the record came in)', () => {
    expect(ids("China's MOFCOM condemned US steel tariffs imposed under Section 232 of the Trade Expansion Act of 1962.")).not.toContain('section-232-semiconductors');
    expect(ids("China's MOFCOM condemned the Section 232 investigation into semiconductors.")).toContain('section-232-semiconductors');
  });
});

describe("another country's ministry named with its acronym (review L2)", () => {
  it('is no mention of ours, and defines no acronym for the rest of the story', () => {
    expect(ids("China's partner, the Ministry of Commerce (MOC) of Cambodia, said MOC officials agreed.")).toEqual([]);
    expect(ids("China's partner, the Ministry of Commerce (MOC) of the Philippines, said MOC officials agreed.")).toEqual([]);
    expect(ids("China's partner, the Ministry of Commerce of Cambodia, said so.")).toEqual([]);
    // Formal names and Taipei (review L3).
    expect(ids('China and Seoul agreed. The Ministry of Foreign Affairs (MOFA) of the Republic of Korea said MOFA officials met.')).not.toContain('mfa-china');
    expect(ids('Beijing warned Taipei. The Ministry of Foreign Affairs (MOFA) in Taipei said MOFA would respond.')).not.toContain('mfa-china');
    expect(ids("Beijing warned Taipei. Taipei's Ministry of Foreign Affairs (MOFA) said MOFA would respond.")).not.toContain('mfa-china');
    // A government's formal name (left for rarity in review L).
    expect(ids("China's partner, the Ministry of Commerce (MOC) of the Royal Government of Cambodia, said MOC officials agreed.")).toEqual([]);
    expect(ids("China's partner, the Ministry of Commerce of the Government of the Philippines, said so.")).toEqual([]);
  });
  it("China's own, named so, keeps both", () => {
    expect(matcher.match('the Ministry of Commerce (MOC) in China said MOC officials agreed.').map((m) => [m.text, m.entityId])).toEqual([
      ['Ministry of Commerce', 'mofcom'], ['MOC', 'mofcom'], ['MOC', 'mofcom'],
    ]);
  });
});

describe("pass 9's new names in ordinary news (code review of pass 9)", () => {
  const both = (text: string) => matcher.match(text).map((m) => [m.text, m.entityId]);
  it('an acronym or short name other things share is not the body without a story that says so', () => {
    expect(ids("The NSA's CNSA 2.0 suite needs new algorithms, the Ministry of Commerce said.")).toEqual([]);
    expect(ids('China SatNet applied for mobile satellite service (MSS) spectrum, and MSS operators objected.')).not.toContain('ministry-of-state-security');
    expect(ids('EAR-FM radio aired the debate on China.')).not.toContain('export-administration-regulations');
    expect(ids('浙江省委深改委召开第十次会议。')).toEqual([]);
    expect(ids("The Senate Select Committee on China's Economy heard testimony on Huawei.")).not.toContain('house-select-committee-ccp');
    expect(ids("Pakistan's National Tariff Commission imposed anti-dumping duties on Chinese steel.")).not.toContain('customs-tariff-commission');
    expect(ids('The Ministry of Natural Resources and Environment said Chinese firms would mine rare earths in Vietnam.')).not.toContain('ministry-of-natural-resources');
  });
  it('more of them (second review of pass 9)', () => {
    expect(ids("SatNet, a Kenyan internet provider, expanded; China's MIIT said nothing.")).not.toContain('china-satnet');
    expect(ids("The Treasury's Office of Foreign Assets Control sanctioned Chinese firms.")).toEqual(['ofac']);
    expect(matcher.match('Nvidia said its H20 chips sold in China were safe.').map((m) => m.text)).toEqual(['Nvidia', 'H20']);
    // A province's document may reuse a central title word for word: the bare title is the search's only.
    expect(ids('北京市人民政府关于推动未来产业创新发展的实施意见')).not.toContain('future-industries-opinions-2024');
    expect(ids('工业和信息化部等七部门关于推动未来产业创新发展的实施意见')).toEqual(['future-industries-opinions-2024']);
  });
  it('a word swapped for another is no typo of a long name (held-out set 16)', () => {
    expect(ids("China's leaders discussed plans for promoting sci-tech innovation and development.")).not.toContain('star-market');
    expect(ids('The Sci-Tech Innovaton Board in Shanghai grew.')).toEqual(['star-market']);
  });
  it('held-out set 16: a congress named by its number with the Party after it, and the programme written with a serial comma', () => {
    expect(ids("Xi spoke at the opening of the 20th National Congress of China's ruling Communist Party.")).toContain('cpc-20th-national-congress');
    expect(ids('The 20th National Congress of the Kuomintang elected a new chairman in Taipei, China said.')).toEqual([]);
    expect(ids('MIIT will support specialized, sophisticated, distinctive, and innovative SMEs in China.')).toContain('little-giants');
  });
  it("held-out set 17: the NPC's Standing Committee with 'Chinese' inside its name; the ecology ministry", () => {
    expect(ids("The Standing Committee of the Chinese National People's Congress (NPC) on Friday passed the law.")).toEqual(['npc-standing-committee', 'npc']);
    expect(ids('低空经济发展司负责人同自然资源部、生态环境部等部委进行座谈。')).toEqual(['ministry-of-natural-resources', 'mee']);
  });
  it("China's own MSS by its owner's name, with no definition in the story", () => {
    expect(ids("China's MSS said in a WeChat post that a foreign spy agency had recruited a researcher.")).toEqual(['ministry-of-state-security']);
  });
  it('the full names still mark them, and a story that defines the acronym uses it', () => {
    expect(ids("China's Ministry of State Security (MSS) warned of spies; the MSS said foreign agencies stole data.")).toEqual([
      'ministry-of-state-security', 'ministry-of-state-security', 'ministry-of-state-security']);
    expect(ids('中央深改委召开会议。')).toEqual(['central-deepening-reform-commission']);
  });
  it("a Chinese name with no Chinese characters in its record still puts the surname first and needs a word of office (Gao Feng)", () => {
    expect(ids('Chinese actor Gao Feng starred in the film, which was shot in Beijing.')).toEqual([]);
    const text = 'MOFCOM spokesperson Gao Feng said China opposes it. Vice governor Feng Fei also spoke, and Feng said no. Gao added more.';
    expect(both(text).filter(([, id]) => id === 'gao-feng').map(([t]) => t)).toEqual(['Gao Feng', 'Gao']);
  });
  it("'the Commerce Ministry' is MOFCOM in a story about China, as 'the Foreign Ministry' is China's (held-out set 15), and another country's where the story says so", () => {
    expect(ids('The Commerce Ministry said China would control drone exports from Sept 1.')).toEqual(['mofcom']);
    expect(ids("India's commerce ministry said it would curb Chinese imports.")).toEqual([]);
    expect(ids('The commerce ministry of Cambodia said Chinese investors were welcome.')).toEqual([]);
    // Review 3 of pass 9: another country's outlet writes "the commerce ministry" for its own.
    expect(ids('The commerce ministry has imposed anti-dumping duty on imports from China.')).toEqual([]);
    // Held-out set 14: a province's own department is no national body, China's or the US's.
    expect(ids('Enterprises should consult the provincial commerce department in China in a timely manner.')).toEqual([]);
    expect(ids('Local foreign ministry offices in China were told to act.')).toEqual([]);
    expect(ids('A local Communist Party official in China said the rules would change.')).toEqual(['cpc']);
  });
  it('the Treasury and its Office of Foreign Assets Control are two marks, as the department and BIS are', () => {
    expect(both('美国财政部海外资产控制办公室宣布制裁,中方反对。')).toEqual([['美国财政部', 'us-treasury'], ['海外资产控制办公室', 'ofac']]);
  });
});


describe('held-out sets 17-19: other parties, other countries, words inside words, lines in capitals', () => {
  it("another party's organs are no mention of China's, named after the organ or with no China in the story", () => {
    // Held-out set 18: a story about North Korea's party congress, with no word about China.
    expect(ids('The ruling party in Pyongyang held its congress. It elected the Standing Committee of the Political Bureau and the Central Military Commission; the Central Committee met on the 23rd.')).toEqual([]);
    // The owner named after the organ, in a story that is about China too.
    expect(ids("Xi Jinping congratulated the Central Committee of the Workers’ Party of Korea on its congress.")).toEqual(['xi-jinping']);
    expect(ids('Premier Li Qiang of China met the Political Bureau of the Central Committee of the Communist Party of Vietnam.')).toEqual(['li-qiang']);
  });
  it("a plain name followed by 'in Tokyo' or 'in Seoul' is where it acts, not whose it is (review 2 of pass 10)", () => {
    expect(ids('A delegation of the Central Committee of the Communist Party of China in Hanoi signed the pact.')).toEqual(['cpc-central-committee']);
    expect(ids("The People's Bank of China in Seoul signed a swap with the Bank of Korea.")).toEqual(['pboc']);
    // "of" on the next line belongs to another phrase (review 4).
    expect(ids("Officials from the People's Bank of China\nof Korea's neighbour met in Beijing.")).toEqual(['pboc']);
    expect(ids('Premier Li Qiang of China met the Politburo Standing Committee of the Communist Party of Viet Nam in Hanoi.')).toEqual(['li-qiang']);
  });
  it("China's own keep their marks, by the full name or in a story about China", () => {
    expect(ids('The Standing Committee of the Political Bureau of the Central Committee of the Communist Party of China met on Monday.')).toEqual(['politburo-standing-committee']);
    expect(ids('The Central Military Commission, chaired by Xi Jinping, met in Beijing.')).toEqual(['central-military-commission', 'xi-jinping']);
  });
  it("another country's 'technological self-reliance' is no mention of China's slogan; China's is", () => {
    expect(ids('The cabinet approved three chip plants, a step on the road to technological self-reliance, the minister in New Delhi said.')).toEqual([]);
    expect(ids("China's leaders called for technological self-reliance in chips.")).toEqual(['tech-self-reliance']);
  });
  it("a bank's two-character short name counts only in a story that names the bank in full: 代工行业 is the foundry industry (held-out set 18; review 1 of pass 10)", () => {
    expect(ids('中国晶圆代工行业增长,化工行业和加工行业受影响。')).toEqual([]);
    expect(ids('中美外交行动频繁,成交行情活跃,员工行为规范,社交行为,在高速公路中行驶,芯片代工行列。')).toEqual([]);
    expect(ids('中国工商银行(工行)表示,工行业绩增长。')).toEqual(['icbc', 'icbc', 'icbc']);
    // With the bank named in full, its short name still needs the next characters to leave it a name (review 2).
    expect(ids('中国工商银行发布年报。晶圆代工行业继续增长,工行业绩增长。')).toEqual(['icbc', 'icbc']);
    expect(ids('中国银行表示。其中行业龙头企业,集中行动。交通银行公告。外交行动与成交行情。中国建设银行公告。新建行政楼。')).toEqual(['bank-of-china', 'bank-of-communications', 'china-construction-bank']);
    expect(ids('中国进出口银行贷款。受关税影响，出口行业承压。')).toEqual(['exim-bank-china']);
    // Longer names that end in 行 are untouched by it (a first version of the rule dropped them).
    expect(ids('中国人民银行政策利率下调,国家开发银行动用专项资金。')).toEqual(['pboc', 'china-development-bank']);
  });
  it("a ministry's Chinese name after Iran's, Ukraine's, Turkey's ... is that government's (review 1 of pass 9)", () => {
    expect(ids('中国外交部表示关切。伊朗外交部发言人表示反对,以色列外交部、土耳其商务部和義大利外交部也发表声明。')).toEqual(['mfa-china']);
  });
  it("a bare 商务部 is China's ministry, also after 美国商务部: mainland reports answer with their own (reviews 2 and 3 of pass 10)", () => {
    // Hong Kong TV news (held-out sets 11 and 19) writes a bare 商務部 for the US department after naming
    // it in full; three rules tried this pass each sent China's own moves to the US, so none is kept.
    const bare = (text: string) => matcher.match(text).filter((m) => /^(?:商[务務]部|[财財]政部)$/.test(m.text)).map((m) => m.entityId);
    expect(bare('美国商务部宣布新规。商务部宣布将多家美国企业列入不可靠实体清单。')).toEqual(['mofcom']);
    expect(bare('美国商务部宣布新规。商务部发布公告，对原产于美国的进口光纤发起反倾销调查。')).toEqual(['mofcom']);
    expect(bare('美国商务部宣布新规。对此，商务部表示坚决反对美国泛化国家安全概念。')).toEqual(['mofcom']);
    expect(bare('美国财政部长耶伦抵达北京，与财政部部长蓝佛安举行会谈。')).toEqual(['mof']);
    // China's own list is no US Entity List, even after 不可靠实体清单.
    expect(matcher.match('中方宣布不可靠实体清单。美国将中国企业列入实体清单。').map((m) => [m.text, m.entityId])).toEqual([['不可靠实体清单', 'unreliable-entity-list'], ['实体清单', 'us-entity-list']]);
  });
  it('an acronym in a line of capitals beside another word of capitals is a word (held-out set 17)', () => {
    expect(ids('China funds new labs.\nREAD MOST\nThe story ends here.')).toEqual([]);
    expect(ids("China funds new labs.\nThe MOST said it would fund them.")).toEqual(['most']);
    // A Chinese line has no lower case to leave out: its acronyms stay.
    expect(ids('中芯国际(SMIC)与ASML合作。')).toEqual(['smic', 'smic', 'asml']);
  });
});
