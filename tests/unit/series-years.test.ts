import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { seriesYears } from '../../src/knowledge/search/series-years.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('one measure asked for several years', () => {
  it("gets the series' figure for each year, in the question's order", () => {
    expect(ids('china asean trade 2020 vs 2024')).toEqual([
      'china-asean-goods-trade-2020',
      'china-asean-goods-trade-2024',
    ]);
    expect(ids('how does china-asean trade in 2024 compare with 2023')).toEqual([
      'china-asean-goods-trade-2024',
      'china-asean-goods-trade-2023',
    ]);
  });

  it('is left to the other rules when a year has no figure, or the best fact does not fit', () => {
    const question = 'china asean trade 2019 vs 2024';
    expect(seriesYears(question, search.analyze(question, { limit: 8 }), () => true)).toBeUndefined();
    const other = 'china asean trade 2020 vs 2024';
    const analysis = search.analyze(other, { limit: 8 });
    expect(seriesYears(other, analysis, () => true)).toHaveLength(2);
    expect(seriesYears(other, analysis, () => false)).toBeUndefined();
  });
});
