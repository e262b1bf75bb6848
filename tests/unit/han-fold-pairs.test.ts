// The traditional-to-simplified folds the index ships must be real ones. Aligning an entity's
// traditional and simplified aliases once produced 的->共 (from 黨的二十大 / 中共二十大) and
// marked "中的" in every Chinese article as the Communist Party; 政->产, 和->与, 晶->芯 were in the
// table too (found in review).
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../core/match-index';
import { CompiledMatcher } from '../../core/matcher';
import { isTraditionalOf } from '../../scripts/han-verify';
import { loadKb } from '../../scripts/kb-files';
import { entity } from './toy-kb';

const kb = loadKb();
if (!kb.ok) throw new Error(kb.problems.join('\n'));
const matcher = new CompiledMatcher(kb.index);

describe('Chinese folds in the shipped index', () => {
  it('common words are not read as names', () => {
    for (const text of ['在发展中的问题上，政府和企业要集中力量。', '這是晶體和款項的問題。', '我们的目标和任务']) {
      expect(matcher.match(text).map((m) => `${m.text}:${m.entityId}`), text).toEqual([]);
    }
  });

  it('still reads traditional characters for simplified names', () => {
    expect(matcher.match('中國共產黨第二十屆中央委員會').map((m) => m.entityId)).not.toEqual([]);
    expect(matcher.match('國家積體電路產業投資基金').map((m) => m.entityId)).toContain('big-fund');
  });

  it('every fold pair is a traditional form by OpenCC, or one of the regional terms the base table lists', () => {
    const fold = kb.index.hanFold ?? '';
    const wrong: string[] = [];
    for (let i = 0; i < fold.length; i += 2) {
      const [t, s] = [fold[i]!, fold[i + 1]!];
      if (!isTraditionalOf(t, s) && !['矽硅', '綫线', '鑑鉴', '麪面', '衆众', '啓启', '裏里', '爲为', '鯤鲲', '鵬鹏'].includes(t + s)) wrong.push(t + s);
    }
    expect(wrong).toEqual([]);
  });

  it("a reader's pack adds no aligned folds of its own, only the shipped table and hand-checked base pairs", () => {
    const pack = [
      entity('p', 'concept', [{ text: '黨的二十大', lang: 'zh-Hant' }, { text: '中共二十大', lang: 'zh-Hans' }]),
      entity('eu-chips', 'measure', [{ text: '欧洲芯片法案', lang: 'zh-Hans' }]),
    ];
    const index = buildMatchIndex('t', pack, { hanFold: '國国', verifyFold: () => true });
    expect(index.hanFold?.startsWith('國国')).toBe(true);
    expect(index.hanFold).not.toContain('的共');
    // A simplified pack name still matches traditional text (歐 is a base pair, not in the shipped table).
    expect(new CompiledMatcher(index).match('歐洲芯片法案生效').map((m) => m.entityId)).toEqual(['eu-chips']);
  });
});
