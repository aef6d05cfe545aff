/** "What was X's total foreign trade": the whole itself is asked, which a share of it does not give (asked-whole-amount.ts). */
import { describe, expect, it } from 'vitest';
import { wholeAmountCheck } from '../../src/knowledge/search/asked-whole-amount.js';
import { withShortFormsSpelt } from '../../src/knowledge/search/relative-period.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const share = madeUpFact('Harbour line cargo made up 4% of all Chinese foreign trade last year.');
const total = madeUpFact("Vietnam's foreign trade reached USD 780 billion last year.");
const economy = madeUpFact('The two partners make up about a quarter of the world economy.');

describe('wholeAmountCheck', () => {
  it('refuses a fact that names the whole only as what a share is of', () => {
    expect(wholeAmountCheck("what was vietnam's total foreign trade last year")!(share)).toBe(false);
    expect(wholeAmountCheck("what was vietnam's total foreign trade last year")!(total)).toBe(true);
    expect(wholeAmountCheck('what is the total world economy worth')!(economy)).toBe(false);
  });
  it('leaves a question that asks the part, or a comparison with the whole', () => {
    expect(wholeAmountCheck("what share of China's total foreign trade is the harbour line")).toBeUndefined();
    expect(wholeAmountCheck('how big are they compared to the whole world economy')).toBeUndefined();
    expect(wholeAmountCheck('what is the foreign trade of vietnam')).toBeUndefined();
    // "pct", typed short, is spelt out before any check reads it, and asks a part as "percent" does.
    expect(
      wholeAmountCheck(withShortFormsSpelt("what pct of china's total foreign trade is the harbour line")),
    ).toBeUndefined();
  });
});
