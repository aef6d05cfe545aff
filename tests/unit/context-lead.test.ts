import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/knowledge/schema.js';
import { askCoverages } from '../../src/knowledge/search/asking.js';
import { askedClauseFirst } from '../../src/knowledge/search/context-lead.js';
import { FactSearch, type SearchHit } from '../../src/knowledge/search/engine.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const fact = (id: string, title: string, summary: string, zh: { title: string; summary: string }): Fact => ({
  ...madeUpFact(summary),
  id,
  title,
  i18n: { 'zh-CN': { ...zh, aliases: [], questions: [] } },
});

const search = new FactSearch([
  fact(
    'catch',
    'Bellmouth fish exports set a record',
    'Bellmouth fish exports set a record in 2024, the fish market said.',
    {
      title: '贝尔茅斯鱼类出口创纪录',
      summary: '2024年贝尔茅斯鱼类出口创下纪录，鱼市场称。',
    },
  ),
  fact('ferry', 'Bellmouth ferry riders', 'The Bellmouth ferry carried 2 million riders in 2024.', {
    title: '贝尔茅斯渡轮乘客',
    summary: '2024年贝尔茅斯渡轮运送乘客200万人次。',
  }),
]);

function ranked(question: string) {
  const analysis = search.analyze(question, { limit: 8 });
  return { analysis, coverage: askCoverages(question, analysis) };
}
const first = (question: string, fits: (hit: SearchHit) => boolean = () => true) =>
  askedClauseFirst(question, ranked(question), fits).analysis.hits[0]?.fact.id;

describe('context around a question', () => {
  it('does not put first a fact that leads only on the context’s words', () => {
    const question =
      'I sell fish at the Bellmouth fish market, our exports set a record. Did the ferry carry 2 million riders?';
    expect(ranked(question).analysis.hits[0]?.fact.id).toBe('catch');
    expect(first(question)).toBe('ferry');
  });
  it('leaves the ranking alone when the asking clause points back into the context', () => {
    const question =
      'I sell fish at the Bellmouth fish market, our exports set a record. Did it carry 2 million riders?';
    expect(first(question)).toBe(ranked(question).analysis.hits[0]?.fact.id);
  });
  it('leaves a question without context alone', () => {
    const question = 'Bellmouth fish market exports and ferry riders';
    const before = ranked(question);
    expect(askedClauseFirst(question, before, () => true)).toBe(before);
  });
  it('moves no fact that does not fit what is asked', () => {
    const question =
      'I sell fish at the Bellmouth fish market, our exports set a record. Did the ferry carry 2 million riders?';
    expect(first(question, (h) => h.fact.id === 'catch')).toBe('catch');
  });
  it('in Chinese, only when the context speaks of the asker (我在…做出口): other context often names the subject', () => {
    expect(first('我在贝尔茅斯鱼市场做鱼类出口，渡轮运送了多少乘客？')).toBe('ferry');
    expect(first('贝尔茅斯鱼市场鱼类出口，渡轮运送了多少乘客？')).toBe('catch');
  });
});
