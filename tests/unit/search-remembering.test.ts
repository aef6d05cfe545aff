/**
 * FactSearch.remembering keeps the analyses of one answer: inside it, an analysis asked again (with the same or a
 * smaller limit) must be exactly the one a fresh ranking gives, and nothing is kept once it returns.
 */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const QUESTIONS = [
  'port shipping, air transport and energy pipeline cooperation',
  'when did rcep enter into force',
  'china asean trade',
  '中老铁路客流',
];

describe('FactSearch.remembering', () => {
  it('answers every limit, asked in any order, as a fresh ranking does', () => {
    for (const q of QUESTIONS) {
      const fresh = [1, 3, 8, 16].map((limit) => search.analyze(q, { limit }));
      const kept = search.remembering(() =>
        [8, 1, 16, 3, 1, 8].map((limit) => ({ limit, analysis: search.analyze(q, { limit }) })),
      );
      for (const { limit, analysis } of kept) {
        const expected = fresh[[1, 3, 8, 16].indexOf(limit)]!;
        expect(analysis).toEqual(expected);
        expect(analysis.hits.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it('hands out copies: changing one answer never changes what is kept', () => {
    search.remembering(() => {
      const first = search.analyze('china asean trade', { limit: 8 });
      expect(first.hits.length).toBeGreaterThan(1);
      first.hits.length = 0;
      first.terms.length = 0;
      const again = search.analyze('china asean trade', { limit: 8 });
      expect(again.hits.length).toBeGreaterThan(1);
      expect(again.terms.length).toBeGreaterThan(0);
    });
  });

  it('keeps nothing after it returns: a change to the index shows in the next answer', () => {
    const own = new FactSearch(loadSeedFacts());
    expect(own.remembering(() => 42)).toBe(42);
    const before = own.remembering(() => own.analyze('when did rcep enter into force', { limit: 8 }));
    const first = before.hits[0]!.fact.id;
    own.apply([{ id: first, fact: undefined }]);
    const after = own.remembering(() => own.analyze('when did rcep enter into force', { limit: 8 }));
    expect(after.hits.map((h) => h.fact.id)).not.toContain(first);
  });
});
