import type { Fact } from '../../src/knowledge/schema.js';
import { askCoverages } from '../../src/knowledge/search/asking.js';
import type { Analysis, FactSearch, SearchHit } from '../../src/knowledge/search/engine.js';

/** A ranked fact with a given score, for rules that read only the order of hits. */
export const hitOf = (fact: Fact, score: number): SearchHit => ({ fact, score, coverage: 0.3, named: 0 });

/** An analysis holding only the given hits: no unseen words, nothing covered. */
export const analysisOf = (hits: SearchHit[]): Analysis => ({
  hits,
  unseen: [],
  covered: hits.map(() => new Set<string>()),
  partial: hits.map(() => new Map()),
  terms: [],
});

/** How much of a question's asking clause the fact `id` covers, in `search`. */
export const askCoverageIn = (search: FactSearch) => (question: string, id: string) => {
  const analysis = search.analyze(question);
  return askCoverages(question, analysis)[analysis.hits.findIndex((h) => h.fact.id === id)]!;
};
