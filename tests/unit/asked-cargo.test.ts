/** "Freight volume", "cargo tonnage": only a fact that states a load of goods answers (asked-cargo.ts). */
import { describe, expect, it } from 'vitest';
import { cargoCheck } from '../../src/knowledge/search/asked-cargo.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const reach = madeUpFact('Freight trains on the Harbour line now reach 12 inland cities.');
const load = madeUpFact('The Harbour line carried 4.2 million tonnes of freight in its first year.');

describe('cargoCheck', () => {
  it('asks a load of goods for a freight or cargo amount', () => {
    expect(cargoCheck('harbour line cargo volume')!(reach)).toBe(false);
    expect(cargoCheck('harbour line cargo volume')!(load)).toBe(true);
    expect(cargoCheck('what tonnage does the harbour line haul')!(load)).toBe(true);
    expect(cargoCheck('how much container throughput did the port handle')!(reach)).toBe(false);
  });
  it('leaves other questions about freight alone', () => {
    expect(cargoCheck('where do the harbour line freight trains go')).toBeUndefined();
    expect(cargoCheck('harbour line trade volume')).toBeUndefined();
  });
  it('refuses a freight amount when the base only names the freight and counts something else', () => {
    const search = new FactSearch(loadSeedFacts());
    expect(answerIds(answerQuestion(search, 'china-laos railway cargo volume'))).toEqual([]);
    expect(answerIds(answerQuestion(search, 'How many countries does the China-Laos railway freight reach?'))).toEqual([
      'china-laos-railway-rail-links-19-countries',
    ]);
  });
});
