import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { bothNamed } from '../../src/knowledge/search/both-named.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('a question that names two facts outright, each by a word of its own', () => {
  it('gets both', () => {
    expect(ids('hard vs soft connectivity').sort()).toEqual(['hard-connectivity', 'soft-connectivity']);
    expect(ids("what's the 'hard' side and the 'soft' side of china-asean connectivity?").sort()).toEqual([
      'hard-connectivity',
      'soft-connectivity',
    ]);
  });

  it('gets every fact named so after the first two, each by a word of its own', () => {
    const q = "How big is China's bilateral trade with each of Vietnam, Malaysia, Indonesia, Thailand and Singapore?";
    expect(ids(q).sort()).toEqual(
      ['indonesia', 'malaysia', 'singapore', 'thailand', 'vietnam'].map((c) => `china-${c}-trade-over-100bn`),
    );
    expect(ids('hard vs soft connectivity')).toHaveLength(2);
  });

  it('gets the one it names when it names only one', () => {
    expect(ids('what is soft connectivity?')).toEqual(['soft-connectivity']);
  });

  it('needs both facts named in full: a second fact that shares the name words is no second answer', () => {
    const analysis = search.analyze('hard connectivity', { limit: 8 });
    const coverage = analysis.hits.map((h) => h.coverage);
    expect(bothNamed(analysis, coverage, () => true)).toBeUndefined();
  });

  it('takes neither when one of them does not fit what is asked', () => {
    const analysis = search.analyze('hard vs soft connectivity', { limit: 8 });
    const coverage = analysis.hits.map((h) => h.coverage);
    expect(bothNamed(analysis, coverage, () => true)).toBeDefined();
    expect(bothNamed(analysis, coverage, (h) => h.fact.id !== 'hard-connectivity')).toBeUndefined();
  });
});
