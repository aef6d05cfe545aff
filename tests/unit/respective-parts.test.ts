import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { respectiveHalves, withSubject } from '../../src/knowledge/search/respective-parts.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('respectiveHalves', () => {
  it('gives the first half the measure the second writes for both', () => {
    expect(respectiveHalves('这条线路旺季', '淡季的货运量分别多少')).toEqual([
      '这条线路旺季的货运量分别多少',
      '淡季的货运量分别多少',
    ]);
  });
  it('gives the second half the subject the first writes for both', () => {
    expect(respectiveHalves('这条高速的长度', '造价分别多少')).toEqual(['这条高速的长度', '这条高速的造价分别多少']);
  });
  it('leaves halves that each write their own subject and measure', () => {
    expect(respectiveHalves('铁路的长度', '高速的造价')).toEqual(['铁路的长度', '高速的造价']);
  });
});

describe('a 分别 question whose halves lead with one fact', () => {
  it('is answered by that fact alone when no other fact is close for either half', () => {
    expect(ids('中老铁路刚开通时和最高峰时的日客流分别是多少')).toEqual(['china-laos-railway-passenger-peak']);
  });
  it('gives the half the fact leads by less to the close fact behind it', () => {
    expect(ids('金港高速的累计车流量和日均车流量分别有多少')).toEqual([
      'ppshv-expressway-10-million-vehicles',
      'ppshv-expressway-daily-traffic',
    ]);
  });
});

describe('a 分别 question whose subject opens the first half only', () => {
  it('reads the second half with that subject', () => {
    expect(withSubject(search, '中老铁路长度', '通达国家数分别是多少')).toBe('中老铁路通达国家数分别是多少');
    expect(ids('中老铁路长度和通达国家数分别是多少')).toEqual([
      'china-laos-railway-length',
      'china-laos-railway-rail-links-19-countries',
    ]);
  });
  it('leaves a second half that names its own subject', () => {
    expect(withSubject(search, '中老铁路长度', '金港高速的车流量分别多少')).toBe('金港高速的车流量分别多少');
    expect(withSubject(search, '中老铁路长度', 'RCEP成员分别多少')).toBe('RCEP成员分别多少');
  });
});
