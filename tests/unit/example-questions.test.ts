import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('an example question says only what its fact says', () => {
  it('no example question ties decoupling, which no fact covers, to the supply-chain fact', () => {
    expect(ids('what does the upgraded FTA do about decoupling?')).toEqual([]);
  });
});
