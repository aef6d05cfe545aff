import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const figure = loadSeedFacts().find((f) => f.kind === 'figure')!;
/** Three made-up partners of a made-up port, worded alike and filed under one tag, as the base files such groups. */
const partner = (country: string): Fact => ({
  ...figure,
  id: `kelantor-${country.toLowerCase()}`,
  title: `Kelantor's trade with ${country} passed 50 billion marks`,
  aliases: [],
  tags: ['kelantor-50bn'],
  questions: [`How much does Kelantor trade with ${country}?`],
  summary:
    `Trade between Kelantor and ${country} passed 50 billion marks in 2024, ` +
    'one of three partner countries above that mark: Chile, Peru and Bolivia.',
  details: '',
});
/** The outsider is a country the base knows from another fact (the seed base names the Philippines that way). */
const ferry: Fact = {
  ...loadSeedFacts().find((f) => f.kind === 'milestone')!,
  id: 'kelantor-ferry',
  title: 'Kelantor ferry service opens',
  aliases: [],
  tags: ['ferries'],
  questions: [],
  summary: 'A weekly ferry between Kelantor and Argentina, Uruguay and Paraguay opened in 2020.',
  details: '',
};
const search = new FactSearch([partner('Chile'), partner('Peru'), partner('Bolivia'), ferry]);

describe('a country said to be one of a group it is not in', () => {
  it('is answered with the group, which corrects it', () => {
    for (const q of [
      'Why is Argentina among the countries with over 50 billion marks of trade with Kelantor?',
      'Is Argentina one of the partners whose trade with Kelantor passed 50 billion marks?',
      'why is argentina on the list of kelantor partners above 50 billion marks',
    ]) {
      const answer = answerQuestion(search, q);
      expect(answer.kind, q).toBe('list');
      expect(answerIds(answer).sort(), q).toEqual(['kelantor-bolivia', 'kelantor-chile', 'kelantor-peru']);
    }
  });

  it('is no list when the country is in the group: its own fact answers', () => {
    const answer = answerQuestion(
      search,
      'Is Peru one of the partners whose trade with Kelantor passed 50 billion marks?',
    );
    expect(answer.kind).not.toBe('list');
  });
});

describe('a list asked for in named countries', () => {
  const seed = new FactSearch(loadSeedFacts());
  it('lists only the members in those countries', () => {
    const answer = answerQuestion(seed, 'which of the economic zones mentioned are in cambodia and laos specifically?');
    expect(answer.kind).toBe('list');
    expect(answerIds(answer).sort()).toEqual(['sihanoukville-sez', 'vientiane-saysettha-development-zone']);
  });
});
