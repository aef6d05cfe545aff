import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { chineseQuestionPair } from '../../src/knowledge/search/chinese-clauses.js';
import { chineseCountedThing, countsInChinese } from '../../src/knowledge/search/chinese-counts.js';
import { HanOverlap } from '../../src/knowledge/search/chinese.js';
import { chineseGuessDespiteUnseen } from '../../src/knowledge/search/chinese-guess.js';
import { digitsForNumerals, numeralValue } from '../../src/knowledge/search/chinese-numbers.js';
import { unseenShare } from '../../src/knowledge/search/chinese-pos.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const answer = (q: string) => answerQuestion(search, q);

describe('Chinese numerals', () => {
  it('reads numerals as numbers', () => {
    expect(numeralValue('三十五')).toBe(35);
    expect(numeralValue('十五')).toBe(15);
    expect(numeralValue('二〇二五')).toBe(2025);
    expect(numeralValue('一百二十')).toBe(120);
    expect(numeralValue('两')).toBe(2);
  });
  it('turns counts into digits and leaves words holding a numeral character alone', () => {
    expect(digitsForNumerals('九大领域')).toBe('9大领域');
    expect(digitsForNumerals('前四个月')).toBe('前4个月');
    expect(digitsForNumerals('三十多年')).toBe('30多年');
    expect(digitsForNumerals('第一大贸易伙伴')).toBe('第1大贸易伙伴');
    for (const word of ['一体化', '统一', '万象', '一个问题']) expect(digitsForNumerals(word)).toBe(word);
  });
  it('reads magnitudes, units, rounds, zeros, decimals and percentages the way the base writes them', () => {
    expect(digitsForNumerals('超过一千亿美元')).toBe('超过1000亿美元');
    expect(digitsForNumerals('两万人次')).toBe('2万人次');
    expect(digitsForNumerals('一千万辆')).toBe('1000万辆');
    expect(digitsForNumerals('全长一千零三十五公里')).toBe('全长1035公里');
    expect(digitsForNumerals('九轮磋商')).toBe('9轮磋商');
    expect(digitsForNumerals('二点三八万亿元')).toBe('2.38万亿元');
    expect(digitsForNumerals('一点三万辆')).toBe('1.3万辆');
    expect(digitsForNumerals('百分之十五点九')).toBe('15.9%');
    expect(numeralValue('一千零三十五')).toBe(1035);
    for (const word of ['一点一点地', '一点点', '百分之几']) expect(digitsForNumerals(word)).toBe(word);
  });
  it('a magnitude or a decimal written in characters meets the same figure in digits', () => {
    expect(answerIds(answer('中国东盟贸易九千一百一十七亿美元是哪一年'))).toEqual(['china-asean-goods-trade-2023']);
    expect(answerIds(answer('2024年东盟占中国外贸百分之十五点九吗'))).toEqual(['china-asean-trade-2024']);
  });
  it('a count written in characters meets the same count in digits', () => {
    expect(answerIds(answer('3.0版有九大领域吗'))).toEqual(['acfta-3-0-nine-areas']);
  });
});

describe('Chinese homophone slips', () => {
  it("reads a slip of a base word's characters as that word", () => {
    expect(search.correctChinese('贸易伙拌')).toBe('贸易伙伴');
    expect(search.correctChinese('金港高素公路')).toBe('金港高速公路');
  });
  it('reads a lone character beside an unseen one as a slip of the word they sound like', () => {
    // 升 is a word of the base on its own, 效 is not: together they sound like 生效.
    expect(search.correctChinese('RCEP是哪年升效的')).toBe('RCEP是哪年生效的');
  });
  it('leaves words the base knows, stopwords and stretches that cut a word alone', () => {
    for (const q of ['生意越来越难做', '中老铁路能通到哪里', '是实施', 'RCEP'])
      expect(search.correctChinese(q)).toBe(q);
  });
  it('reads a slip of a question word as that word, a slip per two characters', () => {
    expect(search.correctChinese('金港高速是甚么时侯通车的')).toBe('金港高速是什么时候通车的');
    expect(search.correctChinese('中老铁路为甚么受欢迎')).toBe('中老铁路为什么受欢迎');
  });
  it('hears z, c, s as zh, ch, sh and back, as fuzzy pinyin keyboards do', () => {
    expect(search.correctChinese('中国对东盟的粗口增长了多少')).toBe('中国对东盟的出口增长了多少');
    expect(search.correctChinese('中国对东盟出口争长了多少')).toBe('中国对东盟出口增长了多少');
    expect(search.correctChinese('这是一个事实')).toBe('这是一个事实');
  });
  it('folds traditional characters first', () => {
    expect(search.correctChinese('中老鐵路')).toBe('中老铁路');
  });
});

describe('Chinese list questions', () => {
  it('lists the kind most close facts share, though the best fact only mentions it in passing', () => {
    const got = answer('东盟有哪些产业园区');
    expect(got.kind).toBe('list');
    expect(got.kind === 'list' && got.tag).toBe('industrial-zone');
  });
});

describe('Chinese words the base has never seen', () => {
  it('a verb, adverb or lone character counts less than a noun', () => {
    expect(unseenShare('通往')).toBeLessThan(1);
    expect(unseenShare('越来越')).toBeLessThan(1);
    expect(unseenShare('效')).toBeLessThan(1);
    expect(unseenShare('天气')).toBe(1);
    expect(unseenShare('ticket')).toBe(1);
  });
  it('a verb with a particle glued to it is still a verb', () => {
    expect(unseenShare('搞了')).toBe(unseenShare('搞'));
    expect(unseenShare('讲的')).toBeLessThan(1);
    expect(unseenShare('天气的')).toBe(1);
  });
  it('an unseen noun still refuses', () => {
    expect(answer('中老铁路的天气怎么样').kind).toBe('none');
  });
});

describe('Chinese "how many" questions', () => {
  it('finds the thing counted after the measure word, but not a length of time or money', () => {
    expect(chineseCountedThing('西港特区有多少名员工')).toEqual(['员工']);
    expect(chineseCountedThing('RCEP有几个成员国')).toEqual(['成员', '国']);
    // A verb before the noun modifies it; 几倍 asks a ratio.
    expect(chineseCountedThing('西港特区提供了多少个就业岗位')).toEqual(['岗位']);
    expect(chineseCountedThing('客流翻了几倍')).toBeUndefined();
    // 哪几个 asks which ones, not how many.
    expect(chineseCountedThing('有哪几个国家参加')).toBeUndefined();
    // 那几 / 这几 point at things already named, 好几 says "quite a few": none asks a count.
    expect(chineseCountedThing('新加的那几章主要管哪些内容')).toBeUndefined();
    expect(chineseCountedThing('这几个园区带来了什么')).toBeUndefined();
    expect(chineseCountedThing('好几个国家参加了吗')).toBeUndefined();
    expect(chineseCountedThing('中国连续多少年是东盟最大贸易伙伴')).toBeUndefined();
    expect(chineseCountedThing('票价多少钱')).toBeUndefined();
    // 多少比例, 几成 ask a share; 成员 is still a thing counted.
    expect(chineseCountedThing('东盟占中国外贸多少比例')).toBeUndefined();
    expect(chineseCountedThing('占中国外贸的几成？')).toBeUndefined();
    expect(chineseCountedThing('RCEP有多少成员？')).toEqual(['成员']);
    // 翻了几番 asks a ratio.
    expect(chineseCountedThing('开通以来客流翻了几番')).toBeUndefined();
    expect(chineseCountedThing('这个港口是全国第几大港口')).toBeUndefined();
    // A verb before a noun modifies it; a verb alone counts nothing.
    expect(chineseCountedThing('园区创造了多少个就业岗位')).toEqual(['岗位']);
    expect(chineseCountedThing('客流从多少增长到多少')).toBeUndefined();
    // 几个小时 asks a length of time, not a count of hours.
    expect(chineseCountedThing('坐船要几个小时')).toBeUndefined();
  });
  it('counts the noun a name cut into characters modifies', () => {
    // The segmenter cuts 东盟 into 东|盟: the countries are counted, not the name.
    expect(chineseCountedThing('有几个东盟国家的领导人参加')).toEqual(['国家']);
    expect(chineseCountedThing('有几个东盟国家参与')).not.toContain('东');
  });
  it('reads a count before the first character of the thing (10国) as counting it', () => {
    const byId = (id: string) => loadSeedFacts().find((f) => f.id === id)!;
    expect(countsInChinese(byId('acfta-3-0-substantially-concluded'), ['国家'])).toBe(true);
    expect(countsInChinese(byId('acfta-3-0-concluded'), ['国家'])).toBe(false);
  });
  it('a fact that counts nothing at all gives no count of anything', () => {
    expect(answer('泰中罗勇工业园带来了多少个就业岗位').kind).toBe('none');
    expect(answerIds(answer('龙江工业园创造了多少个就业岗位'))).toEqual(['long-jiang-industrial-park']);
  });
  it('a fact that names the thing without counting it is a near miss', () => {
    expect(answerIds(answer('RCEP有几个成员国'))).toEqual(['rcep-members']);
    expect(answer('陆海新通道每年开多少列班列').kind).toBe('none');
  });
  it('a fact that never names the thing counts it only when its own example questions do', () => {
    expect(answer('中老铁路一年运了多少吨货物').kind).toBe('none');
    expect(answer('泰中罗勇工业园提供了多少个就业岗位').kind).toBe('none');
  });
});

describe('two Chinese questions in one message', () => {
  it('splits only where both halves ask and name something', () => {
    expect(chineseQuestionPair('RCEP什么时候生效？有几个成员国？')).toEqual(['RCEP什么时候生效', '有几个成员国']);
    expect(chineseQuestionPair('RCEP什么时候生效？')).toBeUndefined();
    expect(chineseQuestionPair('你好？RCEP什么时候生效？')).toBeUndefined();
  });
  it('splits one question mark at a comma only when the second clause says 又', () => {
    expect(chineseQuestionPair('中老铁路哪年开通的，金港高速又是哪年通车的？')).toEqual([
      '中老铁路哪年开通的',
      '金港高速又是哪年通车的',
    ]);
    expect(chineseQuestionPair('中老铁路哪年开通的，金港高速是哪年通车的？')).toBeUndefined();
    expect(chineseQuestionPair('铁路已经开通，还有多久到曼谷？')).toBeUndefined();
  });
  it('answers both', () => {
    const shown = answerIds(answer('中老铁路全长多少公里？金港高速日均车流量多少？'));
    expect(shown).toHaveLength(2);
    expect(shown[0]).toBe('china-laos-railway-length');
  });
});

describe("Chinese words made of the base's words", () => {
  const overlap = new HanOverlap(() => ['港', '海', '体', '化', '盟', '东', '峰值']);
  it('a compound of known parts is partial evidence for each part', () => {
    expect(overlap.partial('海港').map((p) => p.token)).toEqual(['海', '港']);
    expect(overlap.partial('海港')[0]!.weight).toBeLessThan(1);
    expect(overlap.partial('一体化').map((p) => p.token)).toEqual(['体', '化']);
  });
  it('a word with a part the base never wrote, or that only shares a character, gets nothing', () => {
    expect(overlap.partial('欧盟')).toEqual([]);
    expect(overlap.partial('高峰')).toEqual([]);
  });
  it('a stopword with a glued copula or a demonstrative with a measure word names nothing', () => {
    expect(HanOverlap.isNoise('大概是')).toBe(true);
    expect(HanOverlap.isNoise('那篇')).toBe(true);
    expect(HanOverlap.isNoise('天气')).toBe(false);
  });
  it('so does a stopword with a glued 有 (大概有, 一共有), while a word ending in 有 that names something is kept', () => {
    expect(HanOverlap.isNoise('大概有')).toBe(true);
    expect(HanOverlap.isNoise('一共有')).toBe(true);
    expect(HanOverlap.isNoise('国有')).toBe(false);
  });
});

describe('Chinese best guesses', () => {
  it('despite unseen words only for a question naming its fact in full and asking no figure', () => {
    expect(chineseGuessDespiteUnseen('中老铁路有什么意义', 1, ['意义'])).toBe(true);
    expect(chineseGuessDespiteUnseen('中老铁路有什么意义', 0.5, ['意义'])).toBe(false);
    expect(chineseGuessDespiteUnseen('中老铁路有多少名员工', 1, ['员工'])).toBe(false);
    expect(chineseGuessDespiteUnseen('中老铁路连着哪几个国家', 1, ['连着'])).toBe(true);
    // 那几个 points at things already named: no figure is asked.
    expect(chineseGuessDespiteUnseen('那几个园区的员工待遇怎么样', 1, ['待遇'])).toBe(true);
    expect(chineseGuessDespiteUnseen('what does the railway mean', 1, ['mean'])).toBe(false);
    // Unseen words of the context around the ask (我在写报告) leave a figure question its guess.
    expect(chineseGuessDespiteUnseen('我在写报告，想知道中老铁路有多长', 1, ['报告'])).toBe(true);
  });
});

describe('one Chinese question however it is typed', () => {
  it('traditional characters, ASCII or full-width punctuation and digits, and emoji give the same answer', () => {
    const variants = [
      ['金港高速是哪一年通车的？', '金港高速是哪一年通車的?', '金港高速是哪一年通车的？🚗'],
      ['2019年中国和东盟的贸易额, 是多少?', '２０１９年中国和东盟的贸易额，是多少？'],
      ['中老铁路全长多少公里？金港高速日均车流量多少？', '中老铁路全长多少公里?金港高速日均车流量多少? 👍'],
    ];
    for (const [first, ...rest] of variants)
      for (const v of rest) expect(answerIds(answer(v)), v).toEqual(answerIds(answer(first!)));
  });
});

describe('Chinese input never crashes the search', () => {
  it('mixed scripts, full-width punctuation, emoji, numerals and slips, at random', () => {
    const pieces = [
      '中老铁路',
      '伙拌',
      '高素',
      '九大',
      '两年',
      '多少名',
      '几个',
      '？',
      '！',
      '，',
      '。',
      '？？',
      '🚄',
      '👍🏽',
      'ＲＣＥＰ',
      'rcep',
      '3.0',
      '２０２５',
      '〇',
      '十',
      '萬象',
      '　',
      ' ',
      '\u200b',
      '𠀀',
      '分别',
      '和',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const q = Array.from(
        { length: 1 + Math.floor(next() * 8) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      expect(() => answer(q)).not.toThrow();
      expect(() => search.suggest(q)).not.toThrow();
    }
  });
});
