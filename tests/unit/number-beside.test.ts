import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('a claim whose number belongs to another fact of the same subject', () => {
  it('gets the fact asked and, beside it, the one that states the number', () => {
    expect(ids("Has ASEAN been China's biggest trading partner for 15 years?")).toEqual([
      'asean-china-largest-trading-partner-4-years',
      'china-asean-largest-trading-partner-15-years',
    ]);
  });

  it('gets the one fact when that fact states the number', () => {
    expect(ids("China has been ASEAN's largest trading partner for 15 years, right?")).toEqual([
      'china-asean-largest-trading-partner-15-years',
    ]);
  });

  it('shows nothing beside when no fact of the subject states the number', () => {
    expect(ids('Is RCEP made up of 11 countries?')).toEqual(['rcep-members']);
  });
});
