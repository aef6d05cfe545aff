import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { withoutAsker } from '../../src/knowledge/search/asker.js';
import { chineseAsk, chineseAskForCoverage, isChinesePersonWord } from '../../src/knowledge/search/chinese-asking.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { isPersonWord, mayNamePerson } from '../../src/knowledge/search/person-words.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('the asking part of a Chinese question', () => {
  it('is what follows a hand-over phrase (想知道, 请问, 帮我查一下)', () => {
    expect(chineseAsk('我在写一份报告，想知道中老铁路是哪年开通的')).toEqual({
      ask: '中老铁路是哪年开通的',
      context: ['我在写一份报告，想知道'],
    });
    expect(chineseAsk('麻烦帮我查一下金港高速每天有多少车').ask).toBe('金港高速每天有多少车');
    expect(chineseAsk('作为一名出口商，请问RCEP什么时候生效').ask).toBe('RCEP什么时候生效');
  });
  it('is the clause with a question word, without one the whole question', () => {
    expect(chineseAsk('老师让我们查资料，中老铁路全长多少公里？')).toEqual({
      ask: '中老铁路全长多少公里',
      context: ['老师让我们查资料'],
    });
    expect(chineseAsk('中老铁路是哪年开通的')).toEqual({ ask: '中老铁路是哪年开通的', context: [] });
  });
  it('is the whole question when it points back into its context (它, 这个协议)', () => {
    expect(chineseAsk('站在老挝的角度看，中国是它的什么伙伴？')).toEqual({
      ask: '站在老挝的角度看，中国是它的什么伙伴？',
      context: [],
    });
  });
  it('for coverage keeps the framing a pronoun points past as context (从企业的角度看，它…)', () => {
    const q = '从企业的角度看，它有多少成员？';
    expect(chineseAsk(q)).toEqual({ ask: q, context: [] });
    expect(chineseAskForCoverage(q)).toEqual({ ask: '它有多少成员', context: ['从企业的角度看'] });
  });
  it('is not the whole question when the demonstrative points at a piece of writing (那篇评论, 这篇文章)', () => {
    expect(chineseAsk('我在研究物流，那篇文章说陆海新通道有几个枢纽？')).toEqual({
      ask: '那篇文章说陆海新通道有几个枢纽',
      context: ['我在研究物流'],
    });
    expect(chineseAsk('我们开了一家工厂，这个园区在哪里？').context).toEqual([]);
  });
  it('is not the whole question for a span of time up to now (这几年, 这段时间)', () => {
    expect(chineseAsk('我在写一篇稿子，中老铁路客流这几年变化大吗？')).toEqual({
      ask: '中老铁路客流这几年变化大吗',
      context: ['我在写一篇稿子'],
    });
  });
  it('hands over after 想问下 as after 想问一下', () => {
    expect(chineseAsk('我是做物流的，想问下中老铁路有多长').ask).toBe('中老铁路有多长');
  });
  it('takes in the clause before a question word that names nothing', () => {
    expect(chineseAsk('中老铁路的长度，是多少？').ask).toBe('中老铁路的长度，是多少');
  });
});

describe('Chinese words for kinds of people', () => {
  it('are read from the English of their main sense', () => {
    for (const w of ['学生', '大学生', '记者', '出口商', '投资者']) expect(isChinesePersonWord(w)).toBe(true);
    for (const w of ['公司', '报告', '铁路', '贸易']) expect(isChinesePersonWord(w)).toBe(false);
  });
});

describe('who asks', () => {
  it('is left out of the context, not of the asking part', () => {
    expect(withoutAsker('我是一名研究生，请问RCEP什么时候生效')).toBe('我是一名，请问RCEP什么时候生效');
    expect(withoutAsker('中老铁路有多少名员工')).toBe('中老铁路有多少名员工');
  });
  it('is left out of English context where the asker names their role, not of the asking clause', () => {
    expect(withoutAsker("I'm an investor scouting sites. Which zones are named?")).toBe(
      "I'm an  scouting sites. Which zones are named?",
    );
    expect(withoutAsker('as a student, when did RCEP start')).toBe('as a , when did RCEP start');
    // A person word that is not the asker's role, or that the asking clause holds, stays.
    expect(withoutAsker('Riders love it. How many passengers does the railway carry?')).toBe(
      'Riders love it. How many passengers does the railway carry?',
    );
    expect(withoutAsker('I ride it often. How many passengers did my train carry?')).toBe(
      'I ride it often. How many passengers did my train carry?',
    );
  });
  it('is left out where the asker introduces themselves or a person of their own who says something', () => {
    expect(withoutAsker('Teacher here: when did RCEP start?')).toBe(' here: when did RCEP start?');
    expect(withoutAsker('my boss keeps saying RCEP started in 2020, is that true?')).toBe(
      'my  keeps saying RCEP started in 2020, is that true?',
    );
    expect(withoutAsker('is our manager right that RCEP started in 2020?')).toBe(
      'is our  right that RCEP started in 2020?',
    );
    // A word with a sense that is no person stays unless the frame says a person is meant.
    expect(withoutAsker('how do I make my plants grow faster')).toBe('how do I make my plants grow faster');
    expect(mayNamePerson('boss')).toBe(true);
    expect(isPersonWord('boss')).toBe(false);
  });
});

describe('what the asker calls their own, in the context', () => {
  it('is no evidence against the fact asked about', () => {
    const opened = 'the China-Laos Railway opened in 2019. Is that right?';
    expect(ids(`A colleague in our guild said ${opened}`)).toEqual(['china-laos-railway-opens']);
    expect(ids(`Someone at my dojo said ${opened}`)).toEqual(['china-laos-railway-opens']);
  });
  it('is what is asked about in the asking clause', () => {
    expect(ids('how do I make my bonsai grow faster')).toEqual([]);
  });
});

describe('context around a Chinese question', () => {
  it('never vetoes the fact the question asks for', () => {
    expect(ids('我在写一份关于东盟贸易的报告，想知道中老铁路是哪年开通的')).toEqual(['china-laos-railway-opens']);
    expect(ids('麻烦帮我查一下金港高速每天大概有多少车')).toEqual(['ppshv-expressway-daily-traffic']);
    expect(ids('作为一名记者，我想了解中老铁路有多长')).toEqual(['china-laos-railway-length']);
    expect(ids('我是一名研究生，请问中国—东盟自贸区是哪一年建成的？')).toEqual(ids('中国—东盟自贸区是哪一年建成的？'));
  });
  it('does not make an unknown thing asked about known', () => {
    expect(ids('我在写一份报告，想知道中老铁路的票价是多少')).toEqual([]);
    expect(ids('作为一名出口商，请问金边今天天气怎么样')).toEqual([]);
    expect(ids('中老铁路有多少名员工')).toEqual([]);
  });
});
