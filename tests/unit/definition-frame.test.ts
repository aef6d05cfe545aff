import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { tokenizeQuery } from '../../src/knowledge/search/normalize.js';

describe('"what does X refer to" frames a definition, as "what does X mean" does', () => {
  it('keeps no token of "refer"', () => {
    expect(tokenizeQuery('what does the harbour line refer to').map((t) => t.token)).toEqual(['harbour', 'line']);
  });
  it('answers with the fact that names the term, not one whose text says "refers to"', () => {
    const search = new FactSearch(loadSeedFacts());
    expect(answerIds(answerQuestion(search, "what does 'soft connectivity' refer to?"))).toEqual(['soft-connectivity']);
  });
});
