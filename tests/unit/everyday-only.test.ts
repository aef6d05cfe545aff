import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import type { Analysis } from '../../src/knowledge/search/engine.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { everydayOnly } from '../../src/knowledge/search/everyday-only.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const ids = (q: string) => answerIds(answerQuestion(search, q));

const analysis = (named: number, covered: string[]): Analysis => ({
  hits: [{ fact: facts[0]!, score: 0.5, coverage: 1, named }],
  unseen: [],
  covered: [new Set(covered)],
  partial: [new Map()],
  terms: covered.map((text) => ({ text, share: 1 / covered.length })),
});

describe('a fact met only through everyday words', () => {
  it('is no answer', () => {
    expect(ids('tips for passing a driving test?')).toEqual([]);
    expect(everydayOnly(analysis(0, ['pass', 'drive']), 0)).toBe(true);
  });

  it('is no answer when the everyday word meets only part of its names ("online ministerial meeting")', () => {
    expect(ids('please remind me about the team meeting at 4pm')).toEqual([]);
    expect(everydayOnly(analysis(0.3, ['meet']), 0)).toBe(true);
  });

  it('still answers when the question names it, or shares a word that names a topic', () => {
    expect(everydayOnly(analysis(0.5, ['pass', 'drive']), 0)).toBe(false);
    expect(everydayOnly(analysis(0, ['pass', 'expressway']), 0)).toBe(false);
    expect(ids('how many vehicles have used the Phnom Penh-Sihanoukville Expressway?')).toContain(
      'ppshv-expressway-10-million-vehicles',
    );
  });
});
