import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const answer = (q: string) => answerQuestion(search, q);

describe('the instances of a concept a group question names', () => {
  it('are the facts under the concept’s own tag, not its definition nor the other concept', () => {
    const a = answer('除了陆路以外，中国和东盟的硬联通还有哪些工程？');
    expect(a.kind).toBe('list');
    expect([...answerIds(a)].sort()).toEqual([
      'china-laos-railway-opens',
      'hard-connectivity-ports-air-pipelines',
      'new-international-land-sea-trade-corridor',
      'phnom-penh-sihanoukville-expressway-opens',
    ]);
  });
  it('are not listed when nothing is set aside, or the concept itself is asked about', () => {
    expect(answerIds(answer('中国东盟的硬联通有哪些方面？'))[0]).toBe('hard-connectivity');
    expect(answerIds(answer('硬联通是什么意思'))).toEqual(['hard-connectivity']);
    expect(answerIds(answer('what does hard connectivity mean'))).toEqual(['hard-connectivity']);
  });
});
