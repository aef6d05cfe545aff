import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { asksFigure } from '../../src/knowledge/search/asked-for.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());

describe('"total trade" asks for a statistic', () => {
  it('is read as asking a figure', () => {
    expect(asksFigure("What's China's total trade with the Philippines?")).toBe(true);
    expect(asksFigure('total exports of vietnam to china')).toBe(true);
    expect(asksFigure('Is the Philippines in RCEP?')).toBe(false);
  });

  it('is not answered by a fact that only names the country among members', () => {
    expect(answerQuestion(search, "What's China's total trade with the Philippines?").kind).toBe('none');
  });

  it('is answered by the figure where the base has one', () => {
    expect(answerIds(answerQuestion(search, 'china asean total trade 2024'))[0]).toMatch(/trade-2024$/);
  });
});
