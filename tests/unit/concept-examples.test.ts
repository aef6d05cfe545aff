import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { conceptTag } from '../../src/knowledge/search/concept-examples.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const answer = (q: string) => answerQuestion(search, q);
const byId = (id: string) => facts.find((f) => f.id === id)!;
const PROJECTS = [
  'china-laos-railway-opens',
  'new-international-land-sea-trade-corridor',
  'phnom-penh-sihanoukville-expressway-opens',
];

describe('a list question about a concept the base explains', () => {
  it("finds the concept's own tag from the words its title opens with", () => {
    expect(conceptTag(byId('hard-connectivity'))).toBe('hard-connectivity');
    // A title that names a tag later states what the text is about, not a concept it defines.
    expect(conceptTag(byId('china-asean-standards-convergence'))).toBeUndefined();
  });
  it('lists the instances filed under the concept, specific ones first, in English and Chinese', () => {
    for (const q of ['Which projects are examples of hard connectivity?', '硬联通具体有哪些项目？']) {
      const got = answer(q);
      expect(got.kind).toBe('list');
      const shown = answerIds(got);
      expect([...shown.slice(0, 3)].sort()).toEqual(PROJECTS);
      expect(shown).not.toContain('hard-connectivity');
    }
  });
  it('leaves questions that set instances aside, or ask what the concept is, to the other rules', () => {
    expect(answerIds(answer('Other than the railway, which hard connectivity projects are there?'))[0]).not.toBe(
      'china-laos-railway-opens',
    );
    expect(answerIds(answer('What is hard connectivity?'))).toEqual(['hard-connectivity']);
  });
  it('answers "which aspects / kinds" of a concept with its own explanation first, not a list of its instances', () => {
    for (const q of ['Which aspects does hard connectivity have?', '硬联通包括哪些方面？']) {
      expect(answerIds(answer(q))[0]).toBe('hard-connectivity');
    }
  });
});
