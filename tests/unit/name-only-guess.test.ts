/** A best guess that rests on a person's name alone is no guess at what they said on the topic asked. */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { guessRestsOnName } from '../../src/knowledge/search/name-only-guess.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));
const restsOnName = (q: string) => guessRestsOnName(q, search.analyze(q, { limit: 4 }));

describe('guessRestsOnName', () => {
  it('holds when the best fact shares only the writer’s name with a question on another topic', () => {
    expect(restsOnName("What's Hasan Muhammad's take on the border disputes?")).toBe(true);
    expect(ids("What's Hasan Muhammad's take on the border disputes?")).toEqual([]);
  });
  it('does not hold when the fact shares the topic too, or the name is all that is asked', () => {
    expect(restsOnName("What's Hasan Muhammad's take on CAFTA 3.0?")).toBe(false);
    expect(restsOnName('Hasan Muhammad')).toBe(false);
    expect(ids("What's Hasan Muhammad's take on CAFTA 3.0?")).toContain('acfta-3-0-china-export-outlook');
  });
});
