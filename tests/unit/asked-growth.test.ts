import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerQuestion } from '../../src/knowledge/search/answer.js';
import { growthCheck } from '../../src/knowledge/search/asked-growth.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

describe('asked growth: a question that asks a change needs a fact that states one', () => {
  it('reads a change asked for, and asks none of a plain level or share', () => {
    expect(growthCheck('what was the year-on-year growth of harbour traffic')).toBeDefined();
    expect(growthCheck('by how much did harbour traffic rise')).toBeDefined();
    expect(growthCheck('how much has harbour ridership grown')).toBeDefined();
    expect(growthCheck('how much traffic does the harbour line carry')).toBeUndefined();
    expect(growthCheck('what share of traffic goes by the harbour line')).toBeUndefined();
  });
  it('is met by a change in any words, not by a level or a share alone', () => {
    const check = growthCheck('what was the year-on-year growth of harbour traffic')!;
    expect(check(madeUpFact('Traffic rose 9% on the year.'))).toBe(true);
    expect(check(madeUpFact('Daily trips climbed from 20,000 to 100,000.'))).toBe(true);
    expect(check(madeUpFact('Daily trips went from 20,000 to 100,000.'))).toBe(true);
    expect(check(madeUpFact('Traffic totalled 2.38 million trips, close to 17% of all traffic.'))).toBe(false);
  });
  it('leaves a growth the base does not give unanswered', () => {
    const search = new FactSearch(loadSeedFacts());
    expect(
      answerQuestion(search, 'What was the year-on-year growth of China–ASEAN trade in January–April 2025?').kind,
    ).toBe('none');
  });
});
