import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { askedChineseRole } from '../../src/knowledge/search/chinese-role.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('Chinese questions asking a speed', () => {
  it('answers a speed only from a fact that states one', () => {
    expect(ids('中老铁路最高时速是多少？')[0]).toBe('china-laos-railway-opens');
    expect(ids('金港高速的车速限制是多少')).toEqual([]);
  });

  it('leaves the pace of growth and how soon one arrives to the other checks', () => {
    expect(ids('金边到西港高速开车多快能到')[0]).toBe('phnom-penh-sihanoukville-expressway-opens');
  });
});

describe('Chinese questions asking a running total', () => {
  it('does not take a daily peak for a total', () => {
    expect(ids('中老铁路通车以来一共运送了多少旅客？')).toEqual([]);
    expect(ids('中老铁路一天最多发送多少旅客')[0]).toBe('china-laos-railway-passenger-peak');
  });
});

describe('Chinese questions asking who holds a role', () => {
  it('reads the role before 是谁 / 叫什么, writers aside', () => {
    expect(askedChineseRole('海关总署的发言人是谁')).toBe('发言人');
    expect(askedChineseRole('泰国总理叫什么名字')).toBe('总理');
    expect(askedChineseRole('这篇文章的作者是谁')).toBeUndefined();
    expect(askedChineseRole('协议是谁签的')).toBeUndefined();
  });

  it('refuses a fact that never names the role', () => {
    expect(ids('3.0版谈判完成后，商务部的新闻发言人叫什么名字？')).toEqual([]);
  });
});
