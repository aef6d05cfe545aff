/** "China plus ASEAN": two parties joined are one thing of a question, as "China and ASEAN" are. */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('two parties joined by "plus"', () => {
  it('are not split into two questions', () => {
    // Split, "RCEP is simply China" and "ASEAN, so 11 members?" each found a fact of its own, neither RCEP's members.
    expect(ids('RCEP is simply China plus ASEAN, so 11 members?')).toEqual(['rcep-members']);
  });
});
