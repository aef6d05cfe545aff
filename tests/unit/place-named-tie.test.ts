import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const first = (q: string) => answerIds(answerQuestion(search, q))[0];

describe('facts that all mention the country asked and score alike', () => {
  it('put first the one whose names give that country', () => {
    expect(first('Is Thailand one of the ASEAN countries whose trade with China is over $100 billion?')).toBe(
      'china-thailand-trade-over-100bn',
    );
    expect(first('Does Indonesia trade more than USD 100 billion a year with China?')).toBe(
      'china-indonesia-trade-over-100bn',
    );
    // A country whose index token is not its name ("singapore" is "singapor").
    expect(first('Is Singapore one of the ASEAN countries whose trade with China is over $100 billion?')).toBe(
      'china-singapore-trade-over-100bn',
    );
  });

  it("still does when the asker says a little about themselves that another country's fact holds", () => {
    // "export" is in Vietnam's fact, not Thailand's: a light word of the asker's story, not what is asked.
    expect(
      first(
        'We export mangoes from Chiang Mai. Is Thailand one of the ASEAN countries whose trade with China is over $100 billion?',
      ),
    ).toBe('china-thailand-trade-over-100bn');
  });
});
