// The traditional-to-simplified table the build ships in the match index (core/han-fold.ts applies
// it). The base table covers the characters of news about technology policy; the build adds pairs it
// finds in the KB itself (an entity's traditional and simplified aliases, aligned character by
// character), and ships only the pairs whose simplified side occurs in some alias: a character no
// alias contains cannot change a match.
import { HAN } from './han-fold';
import { REGIONAL_TERMS } from './variants';

/** Traditional + simplified, two characters per pair. Only unambiguous folds (many-to-one is fine). */
const BASE_PAIRS = [
  '國国 會会 務务 電电 產产 業业 資资 經经 濟济 體体 發发 開开 關关 團团 實实 驗验 術术 學学 與与 為为 們们 個个 來来 時时 義义 黨党 長长 門门 問问 間间 聞闻 數数 據据 議议 說说 話话 語语 讀读 調调 設设',
  '計计 記记 許许 認认 識识 證证 論论 譯译 試试 詢询 訊讯 該该 評评 詳详 請请 談谈 謀谋 講讲 謝谢 護护 讓让 財财 貨货 購购 貿贸 費费 質质 責责 負负 貢贡 賽赛 贏赢 車车 軍军 軟软 輪轮 農农 運运 進进 過过',
  '達达 遠远 還还 這这 選选 遺遗 鄉乡 醫医 銀银 鋼钢 錢钱 鐵铁 錄录 鏈链 鎖锁 陽阳 陰阴 際际 隊队 階阶 險险 難难 雲云 靈灵 頂顶 項项 順顺 須须 領领 頭头 題题 額额 風风 飛飞 養养 馬马 驅驱 鬥斗 魚鱼 鳥鸟',
  '麥麦 黃黄 齊齐 龍龙 華华 萬万 葉叶 蘇苏 蘭兰 藝艺 處处 號号 衛卫 衝冲 補补 製制 複复 規规 視视 覽览 觀观 親亲 見见 訂订 討讨 訓训 託托 訪访 變变 豐丰 貝贝 販贩 貧贫 貫贯 貴贵 買买 賣卖 價价 億亿 儀仪',
  '優优 儲储 兒儿 內内 兩两 冊册 創创 劃划 劇剧 劑剂 勞劳 勢势 勵励 區区 協协 單单 廠厂 廣广 廳厅 縣县 參参 雙双 員员 圍围 圖图 圓圆 場场 塊块 壓压 報报 壇坛 壯壮 聲声 備备 夢梦 奪夺 奮奋 婦妇 寧宁 寶宝',
  '將将 專专 對对 導导 層层 屬属 崗岗 嶺岭 幣币 帶带 幫帮 師师 廢废 張张 強强 彈弹 歸归 徑径 從从 復复 徵征 應应 態态 總总 戰战 戶户 擔担 擴扩 擁拥 擇择 擊击 撥拨 擬拟 換换 損损 搶抢 掃扫 揚扬 攝摄 敵敌',
  '斷断 於于 無无 舊旧 晉晋 暫暂 書书 東东 條条 極极 構构 標标 樣样 機机 權权 檢检 歡欢 歐欧 歷历 殘残 氣气 漢汉 滬沪 滿满 淨净 測测 溝沟 準准 滅灭 烏乌 煉炼 熱热 燈灯 營营 愛爱 獎奖 獨独 環环 現现 瑪玛',
  '畫画 異异 當当 療疗 盤盘 盡尽 監监 礎础 確确 礦矿 碼码 離离 種种 稱称 積积 穩稳 窮穷 競竞 筆笔 節节 範范 築筑 簡简 類类 紀纪 約约 紅红 級级 納纳 紙纸 組组 細细 終终 結结 給给 絡络 統统 絲丝 綠绿 維维',
  '綜综 網网 線线 緊紧 編编 緣缘 練练 縮缩 績绩 織织 繼继 續续 罰罚 羅罗 聯联 聖圣 聽听 職职 肅肃 脅胁 腦脑 臺台 興兴 舉举 艦舰 莊庄 藥药 蘋苹 虛虚 蟲虫 裝装 覺觉 詞词 譽誉 貸贷 賬账 賴赖 趕赶 趨趋 躍跃',
  '軌轨 軸轴 較较 載载 輕轻 輸输 轉转 辦办 邊边 週周 遊游 遞递 遷迁 鄧邓 鄭郑 釋释 針针 鋁铝 銷销 鍵键 鎮镇 鏡镜 鐘钟 閱阅 闊阔 陸陆 隨随 隱隐 雜杂 雞鸡 靜静 響响 頁页 預预 頓顿 頒颁 頻频 顏颜 顧顾 顯显',
  '飯饭 餘余 館馆 騰腾 驟骤 髮发 鬆松 麗丽 點点 齡龄 龜龟 習习 慶庆 憲宪 懷怀 懸悬 戲戏 亞亚 亂乱 佈布 係系 倉仓 倫伦 偉伟 側侧 傳传 傾倾 債债 傷伤 僅仅 僑侨 兌兑 凍冻 則则 剛刚 劉刘 勁劲 動动 勝胜 勳勋',
  '匯汇 卻却 厲厉 叢丛 啟启 喬乔 嚴严 園园 執执 堅坚 塵尘 壞坏 壽寿 夠够 奧奥 孫孙 宮宫 審审 寬宽 尋寻 島岛 峽峡 幹干 庫库 廈厦 廟庙 彎弯 彙汇 後后 恆恒 悅悦 惡恶 憂忧 擋挡 擺摆 攜携 敗败 敘叙 暢畅 曆历',
  '曉晓 棄弃 棟栋 樂乐 樓楼 樞枢 橋桥 檔档 櫃柜 歲岁 殺杀 殼壳 氫氢 決决 沒没 況况 淺浅 減减 湯汤 溫温 滙汇 漲涨 潔洁 潛潜 澤泽 濃浓 灣湾 災灾 煙烟 爭争 牆墙 狀状 獲获 瓊琼 畢毕 疊叠 盜盗 眾众 碩硕 禮礼',
  '稅税 穀谷 竊窃 籌筹 糧粮 紛纷 紡纺 絕绝 綱纲 緒绪 緩缓 縱纵 繩绳 繪绘 脫脱 腳脚 膠胶 臉脸 臨临 艙舱 萊莱 蒼苍 蓋盖 蓮莲 蔣蒋 蕭萧 薦荐 薩萨 藍蓝 虧亏 蝕蚀 詐诈 誌志 誕诞 誠诚 誤误 諮咨 諾诺 謹谨 讚赞',
  '貓猫 貞贞 貪贪 賀贺 賓宾 賠赔 賦赋 賺赚 贊赞 贈赠 趙赵 跡迹 踐践 輔辅 輝辉 轄辖 辭辞 遲迟 鄰邻 鉅巨 鑒鉴 鑑鉴 閃闪 閉闭 閣阁 闡阐 陣阵 陳陈 雖虽 霧雾 韓韩 頌颂 頸颈 顆颗 願愿 颱台 饋馈 驚惊 鬧闹 魯鲁',
  '鮮鲜 鳳凤 鴻鸿 麼么 齒齿 鯤鲲 鵬鹏 憶忆 軋轧 鎵镓 矽硅 鈦钛 鋰锂 彥彦 貽贻 韌韧 鑄铸 鍛锻 鑽钻 錫锡 銅铜 鋅锌 鎳镍 綫线 衆众 啓启 裏里 爲为 麪面 麵面',
].join(' ');


/** Folds text with the base table only (traditional to simplified, no KB-derived pairs). */
export function baseHanFolder(): (text: string) => string {
  const map = basePairs();
  return (text) => {
    let out = '';
    for (const ch of text) out += map.get(ch) ?? ch;
    return out;
  };
}

function basePairs(): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of BASE_PAIRS.split(' ')) if (pair.length === 2) map.set(pair[0]!, pair[1]!);
  return map;
}

/**
 * Pairs from aliases of one entity: a traditional alias and a simplified one of equal length that
 * differ only in Han characters give one pair per differing position.
 */
export function alignedPairs(traditional: readonly string[], simplified: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const t of traditional) {
    for (const s of simplified) {
      if (t.length !== s.length || t === s) continue;
      const diffs: [string, string][] = [];
      let ok = true;
      for (let i = 0; i < t.length && ok; i++) {
        if (t[i] === s[i]) continue;
        if (HAN.test(t[i]!) && HAN.test(s[i]!)) diffs.push([t[i]!, s[i]!]);
        else ok = false;
      }
      // Aliases that differ almost everywhere are different words, not two scripts of one.
      if (ok && diffs.length * 2 <= t.length) out.push(...diffs);
    }
  }
  return out;
}

/**
 * The fold table the index ships: base pairs plus aligned KB pairs (the base wins a conflict),
 * kept only where the simplified character occurs in `needed` (alias texts and regional terms).
 * Returned as one string, two characters per pair.
 */
export function buildHanFold(aligned: readonly [string, string][], needed: Iterable<string>): string {
  const map = basePairs();
  for (const [t, s] of aligned) if (!map.has(t) && !map.has(s)) map.set(t, s);
  const wanted = new Set<string>();
  for (const text of [...needed, ...REGIONAL_TERMS.flat()]) for (const ch of text) if (HAN.test(ch)) wanted.add(ch);
  let out = '';
  for (const [t, s] of map) if (wanted.has(s) || wanted.has(t)) out += t + s;
  return out;
}

