import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { placeOnly, unitsOnly } from '../../src/knowledge/search/place-or-unit-only.js';

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

describe('a fact met only through units and small numbers', () => {
  it('is no answer: a unit says what a value is counted in, not what it is about', () => {
    expect(answerQuestion(search, 'whats 100 usd in rmb today').kind).toBe('none');
    const q = 'how many dollars is 50 euros';
    const analysis = search.analyze(q, { limit: 8 });
    analysis.hits.forEach((_, i) => expect(unitsOnly(analysis, i)).toBe(analysis.covered[i]!.size > 0));
  });

  it('leaves a year, or a subject beside the unit, as evidence', () => {
    const year = '2025 is the first year of what';
    expect(unitsOnly(search.analyze(year, { limit: 8 }), 0)).toBe(false);
    expect(answerIds(answerQuestion(search, 'china asean trade in usd 2024'))[0]).toMatch(/trade-2024/);
  });
});
