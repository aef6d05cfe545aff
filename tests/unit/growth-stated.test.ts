import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { STATES_GROWTH_EN } from '../../src/knowledge/search/asked-growth.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());

describe('a fact that states a change', () => {
  it('states it with a hedge before the figure ("up about 9 percent", "up by nearly 5%")', () => {
    expect(STATES_GROWTH_EN.test('goods trade reached RMB 6.99 trillion in 2024, up about 9 percent')).toBe(true);
    expect(STATES_GROWTH_EN.test('exports were up by nearly 5% on the year')).toBe(true);
    expect(STATES_GROWTH_EN.test('the line opened and is up and running')).toBe(false);
  });

  it('answers a question about the growth', () => {
    expect(answerIds(answerQuestion(search, 'how much did china asean trade grow in 2024'))).toEqual([
      'china-asean-trade-2024',
    ]);
  });
});
