import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

describe('asked year: a question about a year itself', () => {
  const search = new FactSearch(loadSeedFacts());
  const first = (q: string) => answerIds(answerQuestion(search, q))[0];
  it('puts a close fact dated by that bare year first', () => {
    expect(first('what happened during 2025 with the china-asean free trade area')).toBe('china-asean-2025-milestones');
    expect(first('which year was the first year of the china-asean fta 3.0')).toBe('china-asean-2025-milestones');
  });
  it('leaves a question that only asks when something happened alone', () => {
    expect(first('which year was the 3.0 upgrade protocol signed')).toBe('acfta-3-0-upgrade-protocol');
    expect(first('what happened to the 3.0 upgrade in october 2025')).not.toBe('china-asean-2025-milestones');
  });
});
