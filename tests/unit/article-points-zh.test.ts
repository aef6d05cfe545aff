import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { chineseCount } from '../../src/knowledge/search/article-points.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));
const POINTS = ['acfta-3-0-trade-facilitation', 'acfta-3-0-builds-on-rcep', 'acfta-3-0-supply-chain-resilience'];

describe("a Chinese question that asks for an article's points by number", () => {
  it('gets the points, not the piece that makes them', () => {
    expect(ids('文章作者认为3.0版带来了哪三大好处？').sort()).toEqual([...POINTS].sort());
  });

  it('reads a count only where the piece is named and the number counts things', () => {
    expect(chineseCount('这篇评论提到3.0版的三大好处')).toBe(3);
    expect(chineseCount('评论说的哪两点')).toBe(2);
    // No piece named: a number alone is too little evidence.
    expect(chineseCount('2025年中国东盟有哪三个重要节点？')).toBeUndefined();
    // A span of time, or a digit of a larger number, counts nothing.
    expect(chineseCount('文章说前四个月贸易额多少')).toBeUndefined();
    expect(chineseCount('文章说RCEP 15个成员是哪些')).toBeUndefined();
  });
});
