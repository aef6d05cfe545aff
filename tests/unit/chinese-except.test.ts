/** 除了X，还有…: X is what the question already knows; the fact that states X itself is not the answer. */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import {
  asideWords,
  chineseExcepted,
  setsAsideItself,
  statesExcepted,
} from '../../src/knowledge/search/chinese-except.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const facts = loadSeedFacts();
const byId = (id: string) => facts.find((f) => f.id === id)!;

describe('chineseExcepted', () => {
  it('reads what 除了 / 除…外 sets aside', () => {
    expect(chineseExcepted('除了公路铁路，还修了什么')).toEqual(['公路', '铁路']);
    expect(chineseExcepted('除公路和铁路外还有什么')).toEqual(['公路', '铁路']);
    expect(chineseExcepted('除了RCEP以外还有哪些协定')).toEqual(['rcep']);
  });
  it('leaves the 除 of a verb alone', () => {
    expect(chineseExcepted('消除贸易壁垒有什么进展')).toEqual([]);
    expect(chineseExcepted('关税什么时候解除')).toEqual([]);
    expect(chineseExcepted('中老铁路有多长')).toEqual([]);
  });
});

describe('statesExcepted', () => {
  it('tells a fact that lists the words from one that sets them aside too', () => {
    expect(statesExcepted(byId('hard-connectivity'), ['公路', '铁路'])).toBe(true);
    expect(statesExcepted(byId('hard-connectivity-ports-air-pipelines'), ['公路', '铁路'])).toBe(false);
    expect(statesExcepted(byId('hard-connectivity'), [])).toBe(false);
  });
});

describe('setsAsideItself / asideWords', () => {
  it('tells a fact whose text sets something aside', () => {
    expect(setsAsideItself(byId('hard-connectivity-ports-air-pipelines'))).toBe(true);
    expect(setsAsideItself(byId('hard-connectivity'))).toBe(false);
    expect(asideWords(byId('hard-connectivity-ports-air-pipelines'))).toEqual(['公路', '铁路']);
  });
});

describe('answering what else', () => {
  const search = new FactSearch(facts);
  it('puts the fact about the rest first', () => {
    expect(answerIds(answerQuestion(search, '除了公路和铁路，中国东盟的硬联通还有哪些方面？'))[0]).toBe(
      'hard-connectivity-ports-air-pipelines',
    );
  });
  it('puts first the fact that sets aside itself what the question calls by another word (陆路)', () => {
    expect(answerIds(answerQuestion(search, '除了陆路，硬联通还有哪些项目？'))).toEqual([
      'hard-connectivity-ports-air-pipelines',
    ]);
  });
  it('keeps the fact about X for a question without 除了', () => {
    expect(answerIds(answerQuestion(search, '中国东盟的硬联通有哪些方面？'))[0]).toBe('hard-connectivity');
  });
  it('keeps the thing the question asks about: what else RCEP has is still RCEP', () => {
    // The fact about China and ASEAN alone states less of what is set aside, but it is not about RCEP.
    expect(answerIds(answerQuestion(search, 'RCEP里除了中国和东盟十国以外，其他成员是哪些国家？'))).toEqual([
      'rcep-members',
    ]);
  });
});
