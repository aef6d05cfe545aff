/** "Who built and runs X": two verbs side by side share one subject and one object, so they ask one question. */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('two verbs joined by "and"', () => {
  it('are not split into two questions, so a fact about another thing does not answer the first verb alone', () => {
    expect(ids('which firm designed and runs the china-laos railway')).toEqual([]);
  });
  it('still let the one fact that states the agent answer', () => {
    expect(ids('which firm built and financed the cambodian expressway')).toEqual([
      'phnom-penh-sihanoukville-expressway-opens',
    ]);
  });
  it('still ask two times when the question asks when', () => {
    expect([...ids('rcep signed and took effect when')].sort()).toEqual(['rcep-in-force', 'rcep-signed']);
  });
});
