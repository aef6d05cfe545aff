import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { splitJoined } from '../../src/knowledge/search/joined-words.js';
import { tokenizeQuery } from '../../src/knowledge/search/normalize.js';

const search = new FactSearch(loadSeedFacts());
const known = new Set(tokenizeQuery('china laos railway supply chain').map((t) => t.token));
const split = (text: string) => splitJoined(tokenizeQuery(text), (t) => known.has(t)).map((t) => t.token);

describe('two words typed without the space between them', () => {
  it('are read as the two when the base holds both', () => {
    expect(split('chinalaos railway')).toEqual(split('china laos railway'));
    expect(split('supplychain')).toEqual(split('supply chain'));
  });
  it('leave an English word, a known word and a word with no known halves as they are', () => {
    expect(split('railway')).toEqual(['railway']);
    expect(split('chainsaw')).toEqual(tokenizeQuery('chainsaw').map((t) => t.token));
    expect(split('zorblax')).toEqual(tokenizeQuery('zorblax').map((t) => t.token));
  });
  it('let the question be answered', () => {
    expect(answerIds(answerQuestion(search, 'chinalaos railway conects to wat other corridors'))[0]).toBe(
      'china-laos-railway-rail-links-19-countries',
    );
  });
});
