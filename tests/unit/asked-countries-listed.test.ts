/**
 * "Is India part of RCEP?": a yes/no question may name a country that a list of countries leaves out, and the list
 * answers it; the base's never having seen the country is no evidence against the list (asked-places.ts).
 */
import { describe, expect, it } from 'vitest';
import { correctableCountries } from '../../src/knowledge/search/asked-places.js';
import { askCoverages } from '../../src/knowledge/search/asking.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const list = { ...madeUpFact('The Harbour line partners are Japan, Chile and Norway.'), id: 'harbour-line' };
const meeting = { ...madeUpFact('The Harbour line partners met in 2020.'), id: 'harbour-line' };

describe('correctableCountries', () => {
  it('gives the countries of a yes/no question to the facts that list countries', () => {
    expect([...correctableCountries('Is India a Harbour line partner?')(list)]).toEqual(['india']);
    expect([...correctableCountries('Is India a Harbour line partner?')(meeting)]).toEqual([]);
  });
  it('gives none for a question that asks what, which or how', () => {
    expect([...correctableCountries('Which Harbour line partner is closest to India?')(list)]).toEqual([]);
  });
});

describe('an unseen country in a yes/no question', () => {
  // Beside the seed facts, so that the country is a word the base has never seen.
  const coverage = (fact: Fact, q: string) => {
    const analysis = new FactSearch([...loadSeedFacts(), fact]).analyze(q);
    expect(analysis.unseen).toContain('india');
    return askCoverages(q, analysis)[analysis.hits.findIndex((h) => h.fact.id === fact.id)]!;
  };
  it('weighs nothing against a fact that lists countries', () => {
    expect(coverage(list, 'Is India a Harbour line partner?')).toBeCloseTo(1, 9);
  });
  it('still weighs against a fact that lists none, and in a question that asks which', () => {
    expect(coverage(meeting, 'Is India a Harbour line partner?')).toBeLessThan(1);
    expect(coverage(list, 'Which Harbour line partner is closest to India?')).toBeLessThan(1);
  });
});
