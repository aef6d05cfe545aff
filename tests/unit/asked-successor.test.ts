import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { successorCheck } from '../../src/knowledge/search/period-checks.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());

describe('what follows a thing the question names in full', () => {
  it("is not answered by the named thing's own fact, which does not say what follows it", () => {
    expect(answerQuestion(search, "What's the name of the ASEAN community plan that follows Vision 2025?").kind).toBe(
      'none',
    );
    expect(answerQuestion(search, "What is ASEAN's follow-up plan to the Community Vision 2025 called?").kind).toBe(
      'none',
    );
  });

  it('asks nothing of a question without a successor, which the named fact still answers', () => {
    expect(successorCheck('When was the ASEAN Community Vision 2025 adopted?')).toBeUndefined();
    expect(successorCheck("What is ASEAN's follow-up plan to the Community Vision 2025 called?")).toBeDefined();
    expect(answerIds(answerQuestion(search, 'When was the ASEAN Community Vision 2025 adopted?'))[0]).toBe(
      'asean-community-vision-2025',
    );
  });
});
