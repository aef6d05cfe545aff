import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { presentYear, withRelativeYears, withShortFormsSpelt } from '../../src/knowledge/search/relative-period.js';

describe('relative periods', () => {
  it('names the year a relative period means, keeping its words', () => {
    expect(withRelativeYears('trade in the first four months of last year', 2025)).toBe(
      'trade in the first four months of last year (2024)',
    );
    expect(withRelativeYears('trade this year and next year', 2025)).toBe(
      'trade this year (2025) and next year (2026)',
    );
    expect(withRelativeYears('去年的货运量', 2025)).toBe('去年(2024年)的货运量');
    expect(withRelativeYears('三十年前年均增长多少', 2025)).toBe('三十年前年均增长多少');
    expect(withRelativeYears('trade last year', undefined)).toBe('trade last year');
  });

  it("reads the base's present from its newest source, and answers a period by it", () => {
    const facts = loadSeedFacts();
    const present = presentYear(facts)!;
    expect(present).toBe(Math.max(...facts.flatMap((f) => f.sources.map((s) => Number(s.date.slice(0, 4))))));
    const search = new FactSearch(facts);
    const thisYear = answerIds(answerQuestion(search, 'China-ASEAN trade in the first four months of this year'));
    expect(thisYear).toContain('china-asean-trade-jan-apr-2025');
    expect(answerQuestion(search, 'What was China-ASEAN trade in the first four months of last year?').kind).toBe(
      'none',
    );
  });
});

describe('"yr", "yrs"', () => {
  it('are spelt out, so "last yr" is a year like "last year"', () => {
    expect(withShortFormsSpelt('harbour trade last yr, and 30 yrs ago?')).toBe(
      'harbour trade last year, and 30 years ago?',
    );
    expect(withShortFormsSpelt('the Yrs harbour')).toBe('the years harbour');
    expect(withShortFormsSpelt('yrself')).toBe('yrself');
    expect(withShortFormsSpelt('what pct of harbour trade')).toBe('what percent of harbour trade');
    const ids = (q: string) => answerIds(answerQuestion(new FactSearch(loadSeedFacts()), q));
    expect(ids('china-asean trade for the whole of last yr?')).toEqual(
      ids('china-asean trade for the whole of last year?'),
    );
  });
});
