/** A question about a stage still to come is answered by the fact that states the stage happened, correcting it. */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('a stage asked as still to come', () => {
  it('is answered by the fact that states it happened', () => {
    expect(ids('when will the china-laos railway open?')).toEqual(['china-laos-railway-opens']);
    expect(ids("the 3.0 talks haven't wrapped up yet, when will they be concluded?")).toEqual(['acfta-3-0-concluded']);
  });

  it('is still a near miss when no fact states that stage', () => {
    // No fact states the zone's completion: what it says of the zone answers nothing about when it will be finished.
    expect(ids('when will the rayong zone be finished?')).toEqual([]);
  });
});
