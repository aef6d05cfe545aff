import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());

// A word looked up in an object literal ({}[word]) finds Object.prototype's members: "constructor" once crashed /ask.
const WORDS = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    ...Object.getOwnPropertyNames(String.prototype),
  ]),
];
const FRAMES = ['%s', 'what is %s', 'besides %s which ones', 'how many %s', 'who %s the op-ed', '%s和RCEP分别是什么'];

describe('words that name the members of JavaScript prototypes', () => {
  it('are ordinary words to the search: every question gets an answer or "I don\'t know", and autocomplete a list', () => {
    for (const word of WORDS)
      for (const frame of FRAMES) {
        const question = frame.replace('%s', word);
        expect(['fact', 'facts', 'list', 'guess', 'none']).toContain(answerQuestion(search, question).kind);
        expect(Array.isArray(search.suggest(question))).toBe(true);
      }
  });
  it('"constructor" alone is not a fact the base holds', () => {
    expect(answerQuestion(search, 'constructor').kind).toBe('none');
  });
});
