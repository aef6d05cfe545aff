import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { askedStage } from '../../src/knowledge/search/asked-stage.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('the opening part of a year', () => {
  it('is not the whole year, so a January-April figure answers it', () => {
    expect(ids("what proportion of china's foreign trade did asean account for in early 2025")).toEqual([
      'china-asean-trade-share-jan-apr-2025',
    ]);
    expect(ids('china asean trade in early 2025')).toEqual(['china-asean-trade-jan-apr-2025']);
  });

  it('while the whole year asked still is not answered by four months', () => {
    expect(ids('china asean trade in 2025')).toEqual([]);
  });

  it('"at the start of 2025" is a time, not the start of what is asked about', () => {
    expect(askedStage('china asean trade at the start of 2025')).toBeUndefined();
    expect(askedStage('when did rcep start')?.stage).toBe('start');
    expect(ids('china asean trade at the start of 2025')).toEqual(['china-asean-trade-jan-apr-2025']);
  });
});
