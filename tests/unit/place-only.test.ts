import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { placeOnly } from '../../src/knowledge/search/place-only.js';

const search = new FactSearch(loadSeedFacts());

describe('a fact met only through the place a question gives as where', () => {
  it('is no answer to what is asked there', () => {
    for (const q of [
      'What time is it in Jakarta right now?',
      'how do u say hello in vietnamese',
      'what time is it in hanoi',
    ])
      expect(answerQuestion(search, q).kind).toBe('none');
  });

  it('still answers a question that asks about the place, or about more than it', () => {
    expect(answerIds(answerQuestion(search, 'china trade in vietnam'))[0]).toBe('china-vietnam-trade-over-100bn');
    expect(answerIds(answerQuestion(search, 'vietnam')).length).toBeGreaterThan(0);
    const q = 'is there a chinese industrial park in indonesia';
    expect(placeOnly(q, search.analyze(q, { limit: 8 }), 0)).toBe(false);
  });

  it('reads a language or people named for the place as the place', () => {
    const q = 'how do you say thanks in indonesian';
    const analysis = search.analyze(q, { limit: 8 });
    expect(analysis.hits.length).toBeGreaterThan(0);
    expect(placeOnly(q, analysis, 0)).toBe(true);
  });
});
