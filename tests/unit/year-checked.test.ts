import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const first = (q: string) => answerIds(answerQuestion(search, q))[0];

describe('a year a yes/no question checks is a guess, not the subject', () => {
  it('answers with the fact about the act asked, which states the true year', () => {
    expect(first('did RCEP start in 2019?')).toBe('rcep-in-force');
    expect(first('did RCEP enter into force in 2022?')).toBe('rcep-in-force');
    expect(first('was RCEP signed in 2020?')).toBe('rcep-signed');
  });
});
