/** A term the question puts in quotes ("the 'soft' side") is what it asks about, and weighs more (asking.ts). */
import { describe, expect, it } from 'vitest';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { madeUpFact } from '../helpers/made-up-fact.js';
import { askCoverageIn } from '../helpers/ranking.js';

const search = new FactSearch([
  { ...madeUpFact('Harbour trains run at night.'), id: 'harbour' },
  { ...madeUpFact('The pier plan is about cranes and the side gates.'), id: 'pier' },
]);
const coverage = askCoverageIn(search);

describe('a quoted term', () => {
  it('counts more for the fact that holds it', () => {
    const plain = coverage('What is the night side mainly about?', 'harbour');
    expect(coverage("What is the 'night' side mainly about?", 'harbour')).toBeGreaterThan(plain);
    expect(coverage('What is the "night" side mainly about?', 'harbour')).toBeGreaterThan(plain);
  });
  it('counts less for a fact that holds only the other words', () => {
    const plain = coverage('What is the night side mainly about?', 'pier');
    expect(coverage("What is the 'night' side mainly about?", 'pier')).toBeLessThan(plain);
  });
  it("is not read from an apostrophe (ASEAN's, members')", () => {
    expect(coverage("What is the night's side mainly about?", 'harbour')).toBe(
      coverage('What is the night side mainly about?', 'harbour'),
    );
  });
});
