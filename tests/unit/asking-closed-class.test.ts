/** Determiners, prepositions and "each other" shape a question; they count little against a fact (asking.ts). */
import { describe, expect, it } from 'vitest';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { madeUpFact } from '../helpers/made-up-fact.js';
import { askCoverageIn } from '../helpers/ranking.js';

const search = new FactSearch([
  { ...madeUpFact('Harbour trains and ferries connect the quays at night.'), id: 'harbour' },
  { ...madeUpFact('The pier plan reaches beyond the gates; both cranes face each other.'), id: 'pier' },
]);
const coverage = askCoverageIn(search);

describe('closed-class words of the question', () => {
  it('a missing preposition counts less against a fact than a missing noun', () => {
    const preposition = coverage('Do harbour trains connect quays beyond night?', 'harbour');
    const noun = coverage('Do harbour trains connect quays cranes night?', 'harbour');
    expect(preposition).toBeGreaterThan(noun);
    expect(preposition).toBeGreaterThan(0.9);
  });
  it('"each other" counts little, as a reciprocal, though "other" is an adjective', () => {
    expect(coverage('How do harbour trains and ferries connect with each other?', 'harbour')).toBeGreaterThan(0.9);
  });
  it('"other" on its own is not reciprocal', () => {
    const reciprocal = coverage('How do harbour trains and ferries connect with each other?', 'harbour');
    expect(coverage('How do harbour trains and other ferries connect?', 'harbour')).toBeLessThan(reciprocal);
  });
});
