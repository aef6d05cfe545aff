import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { askedYear } from '../../src/knowledge/search/asked-year.js';
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
  it('reads a Chinese first year (第一年, 头一年, 元年) as a year asked about, not 哪一年 alone', () => {
    expect(askedYear('升级协定落地的头一年是哪年')).toEqual({});
    expect(askedYear('自贸区元年有什么大事')).toEqual({});
    expect(askedYear('升级议定书是哪一年签署的')).toBeUndefined();
  });
  it('finds the year of the event a Chinese first-year question names, even below the hits kept', () => {
    expect(first('3.0版升级议定书落地的头一年是哪年')).toBe('china-asean-2025-milestones');
    expect(first('3.0版升级议定书是哪一年签署的')).toBe('acfta-3-0-upgrade-protocol');
  });
});
