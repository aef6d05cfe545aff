import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { chineseChecks, namesPlace } from '../../src/knowledge/search/chinese-checks.js';
import { chineseClaimElsewhere } from '../../src/knowledge/search/chinese-guess.js';
import type { Analysis, SearchHit } from '../../src/knowledge/search/engine.js';

const facts = loadSeedFacts();
const figureBase = facts.find((f) => f.kind === 'figure')!;
const milestoneBase = facts.find((f) => f.kind === 'milestone')!;

const zh = (title: string, summary: string, details?: string) => ({
  'zh-CN': { title, summary, ...(details ? { details } : {}), aliases: [], questions: [] },
});

const figure = (value: number, unit: string, title: string, summary: string, zhText: ReturnType<typeof zh>): Fact => ({
  ...figureBase,
  value,
  unit,
  title,
  summary,
  details: undefined,
  aliases: [],
  i18n: zhText,
});
const milestone = (title: string, summary: string, zhText: ReturnType<typeof zh>, details?: string): Fact => ({
  ...milestoneBase,
  title,
  summary,
  details,
  aliases: [],
  i18n: zhText,
});

/** Whether every check the question calls for lets the fact answer it. */
const passes = (question: string, fact: Fact) => chineseChecks(question).every((check) => check(fact));

describe('Chinese near misses by what is asked', () => {
  const bound = figure(
    50,
    'billion US dollars (more than)',
    'Harbour trade tops 50 billion',
    'Over USD 50 billion.',
    zh('港口贸易超过500亿美元', '港口贸易额已超过500亿美元。'),
  );
  const exact = figure(
    52,
    'billion US dollars',
    'Harbour trade 52 billion',
    'USD 52 billion.',
    zh('港口贸易520亿美元', '港口贸易额为520亿美元。'),
  );

  it('an exact figure asked is not answered by a bound, a date asked is', () => {
    expect(passes('港口贸易额具体是多少', bound)).toBe(false);
    expect(passes('港口贸易额具体是多少', exact)).toBe(true);
    expect(passes('港口贸易额是多少', bound)).toBe(true);
    expect(passes('港口贸易具体是哪一年超过500亿的', bound)).toBe(true);
  });

  it('how long something takes needs a stated length of time; how long since is read off a date', () => {
    const route = milestone(
      'Harbour line',
      'The harbour line opened in 2017.',
      zh('港口线路', '这条港口线路于2017年开通，连接重庆和新加坡。'),
    );
    const timed = milestone(
      'Harbour line',
      'The trip takes about two days.',
      zh('港口线路', '从重庆到新加坡全程约两天。'),
    );
    expect(passes('从重庆到新加坡一般要几天', route)).toBe(false);
    expect(passes('从重庆到新加坡一般要几天', timed)).toBe(true);
    expect(passes('全程需要多长时间', route)).toBe(false);
    expect(passes('这条线路开通多久了', route)).toBe(true);
    // A span of years or months is a length of time; a calendar year is not.
    const span = milestone(
      'Harbour cargo',
      'Cargo passed 1 million tonnes in its first two years.',
      zh('港口货运', '开通头两年货运量突破100万吨。'),
    );
    expect(passes('货运量破百万吨用了多长时间', span)).toBe(true);
    expect(passes('货运量破百万吨用了多长时间', route)).toBe(false);
  });

  it('which of a stated count wants the list, not the count', () => {
    const count = figure(
      7,
      'ports',
      'Seven ports',
      'The line serves seven ports.',
      zh('航线连接7个港口', '这条航线连接7个港口。'),
    );
    const listed = figure(
      3,
      'ports',
      'Three ports',
      'Ports: A, B, C.',
      zh('航线连接3个港口', '这条航线连接3个港口：海防、岘港、胡志明市。'),
    );
    expect(passes('那7个港口具体是哪些', count)).toBe(false);
    expect(passes('这条航线连接几个港口', count)).toBe(true);
    expect(passes('那3个港口是哪些', listed)).toBe(true);
  });

  it('a country the question names must be named by the fact, unless the question checks a premise', () => {
    const laos = milestone(
      'Vientiane port opens',
      'A dry port opened in Laos.',
      zh('万象陆港开通', '老挝的陆港开通。'),
    );
    expect(namesPlace('缅甸')).toBe(true);
    expect(namesPlace('老挝')).toBe(true);
    // CC-CEDICT's sense is "the Philippines".
    expect(namesPlace('菲律宾')).toBe(true);
    expect(passes('菲律宾的陆港什么时候开通', laos)).toBe(false);
    // The base's own subject, and words that are no place.
    expect(namesPlace('中国')).toBe(false);
    expect(namesPlace('港口')).toBe(false);
    expect(passes('缅甸的陆港什么时候开通', laos)).toBe(false);
    expect(passes('老挝的陆港什么时候开通', laos)).toBe(true);
    expect(passes('缅甸的陆港是不是也开通了', laos)).toBe(true);
  });

  it('a kind of price needs money in a clause naming it; the cost of building is no parking fee', () => {
    const road = milestone(
      'Car park opens',
      'Built at a cost of USD 2 billion.',
      zh('停车场启用', '停车场造价约2亿元，2022年起开始收费。'),
    );
    const tolls = milestone('Car park fees', 'Cars pay USD 10.', zh('停车收费标准', '小轿车停车费为每小时10元。'));
    expect(passes('停车场停车费多少', road)).toBe(false);
    expect(passes('停车场停车费多少', tolls)).toBe(true);
    expect(passes('停车场造价多少', road)).toBe(true);
    expect(passes('停车场花了多少钱', road)).toBe(true);
  });

  it('a kind of price asked how it is charged or how dear it is is checked like one asked how much', () => {
    const road = milestone(
      'Ferry opens',
      'Built for USD 30 million.',
      zh('渡轮航线开通', '码头投资约2亿元，2023年起通航。'),
    );
    const fares = milestone('Ferry fares', 'A seat costs USD 5.', zh('渡轮票价', '渡轮船票价为每人35元。'));
    for (const q of ['渡轮的船票价怎么收', '渡轮船票价的收费标准', '渡轮船票价贵不贵']) {
      expect(passes(q, road)).toBe(false);
      expect(passes(q, fares)).toBe(true);
    }
    // No price kind named: left to the other checks.
    expect(passes('渡轮怎么收费', road)).toBe(true);
  });

  it('English questions get no Chinese checks', () => {
    expect(chineseChecks('what exactly is harbour trade worth')).toEqual([]);
  });

  it('a version the question names must be named by the fact', () => {
    const early = milestone(
      'Early harvest',
      'Tariff cuts of 5% on farm goods began in 2004.',
      zh('早期收获', '2004年起对农产品降税5%。'),
    );
    // Both give a rate (how far tariffs fall is asked): only the version tells them apart.
    const upgrade = milestone(
      'FTA 3.0 upgrade',
      'Version 3.0 cuts fruit tariffs to zero.',
      zh('3.0版升级', '3.0版对水果实行零关税。'),
    );
    expect(passes('3.0版对水果关税降了多少', early)).toBe(false);
    expect(passes('3.0版对水果关税降了多少', upgrade)).toBe(true);
    expect(passes('早期收获对水果关税降了多少', early)).toBe(true);
  });
});

describe('Chinese yes/no best guesses', () => {
  const hit = (fact: Fact): SearchHit => ({ fact, score: 0.4, coverage: 0.5, named: 1 });
  const analysis = (covered: string[][], terms: string[]): Analysis => ({
    hits: covered.map(() => hit(milestoneBase)),
    unseen: [],
    covered: covered.map((c) => new Set(c)),
    partial: covered.map(() => new Map()),
    terms: terms.map((text) => ({ text, share: 1 / terms.length })),
  });

  it('a claim word another fact holds and the guessed one lacks leaves the guess out', () => {
    const a = analysis(
      [
        ['报告', '港口'],
        ['报告', '立场'],
      ],
      ['报告', '港口', '立场'],
    );
    expect(chineseClaimElsewhere('那份港口报告代表政府立场吗', a)).toBe(true);
    // Not a yes/no question.
    expect(chineseClaimElsewhere('那份港口报告有什么立场', a)).toBe(false);
  });

  it('a wrong number or place in the claim is what the fact corrects', () => {
    const year = analysis([['港口', '开通'], ['2015']], ['港口', '2015', '开通']);
    expect(chineseClaimElsewhere('港口不是2015年就开通了吗', year)).toBe(false);
    const city = analysis([['航线', '海防'], ['马尼拉']], ['航线', '海防', '马尼拉']);
    expect(chineseClaimElsewhere('航线的两端是海防和马尼拉吗', city)).toBe(false);
  });
});

describe('Chinese near misses by the kind of value asked', () => {
  const peak = milestone(
    'Ridership peaks',
    'Daily riders rose from 20,000 to 100,000.',
    zh('日客流达到峰值', '日客流从2万人次增至10万人次。'),
  );
  const reason = milestone(
    'Exports turn south',
    'Firms look south because western markets are harder.',
    zh('出口转向东南亚', '因为西方市场受阻，企业转向东南亚。'),
  );
  const amount = milestone('Trade total', 'Trade totalled RMB 2 trillion.', zh('贸易额2万亿元', '贸易总额为2万亿元。'));
  const freight = milestone('Freight', 'The line carried 5 million tonnes.', zh('货运量', '铁路累计运送货物500万吨。'));
  const version2 = milestone('Upgrade 2.0', 'The 2.0 upgrade.', zh('2.0版升级', '2.0版升级议定书生效。'));

  it('a reason asked is answered only by a fact that gives one', () => {
    expect(passes('日客流为什么会增加', peak)).toBe(false);
    expect(passes('企业为什么转向东南亚', reason)).toBe(true);
  });
  it('or by one that corrects a number the question takes as given', () => {
    // The asker's 30万 is not the fact's figure: the fact answers by correcting it, reason or none.
    expect(passes('日客流为什么能达到30万人次', peak)).toBe(true);
    expect(passes('日客流为什么能达到10万人次', peak)).toBe(false);
    // A fact with no Chinese text is read in English: it states 100,000, so the premise is no wrong one.
    const untranslated: Fact = {
      ...peak,
      summary: 'Daily riders rose from 20,000 to a peak of 100 thousand.',
      i18n: {},
    };
    expect(passes('日客流为什么能达到100千人次', untranslated)).toBe(false);
  });
  it('a growth asked is answered only by a fact that states a change', () => {
    expect(passes('今年贸易额同比增速是多少', amount)).toBe(false);
    expect(passes('客流增长了多少', peak)).toBe(true);
    // 多了多少 ("how many more") asks a change too.
    expect(passes('开通以后坐车的人多了多少', amount)).toBe(false);
    expect(passes('开通以后坐车的人多了多少', peak)).toBe(true);
    expect(passes('贸易额是多少', amount)).toBe(true);
  });
  it('an amount in a unit of measure needs a number in that unit', () => {
    expect(passes('这条线一年运多少吨货', freight)).toBe(true);
    expect(passes('这条线一年运多少吨货', amount)).toBe(false);
  });
  it('a version named must be the version the fact is about', () => {
    expect(passes('3.0版的水果关税怎么降', version2)).toBe(false);
    expect(passes('2.0版什么时候生效', version2)).toBe(true);
  });
});

describe('how far tariffs fall, asked in Chinese', () => {
  const talks = milestone(
    'Harbour pact talks concluded',
    'Talks on the harbour pact ended in May.',
    zh('港口协定谈判结束', '港口协定谈判于五月结束。'),
  );
  const cut = milestone(
    'Harbour pact in force',
    'The pact cut tariffs to zero on 90% of goods.',
    zh('港口协定生效', '协定使90%的商品实现零关税。'),
  );
  it('is answered only by a fact that gives a rate or zero tariffs', () => {
    expect(passes('港口协定关税降了多少？', talks)).toBe(false);
    expect(passes('港口协定关税具体降多少', talks)).toBe(false);
    expect(passes('港口协定关税降了多少？', cut)).toBe(true);
    expect(passes('港口协定谈判什么时候结束', talks)).toBe(true);
  });
  it('direct investment is answered only by a fact that names it', () => {
    expect(passes('中国对港口直接投资去年有多少', cut)).toBe(false);
    const invested = milestone(
      'Harbour FDI',
      'Direct investment in the harbour hit USD 2 billion.',
      zh('港口投资', '对港口直接投资达20亿美元。'),
    );
    expect(passes('中国对港口直接投资去年有多少', invested)).toBe(true);
  });
});
