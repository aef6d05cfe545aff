/** "Besides X, what other …": X is what the question already knows, as 除了X is in Chinese. */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { englishExcepted, markAsideJoins, statesWordEnglish } from '../../src/knowledge/search/english-except.js';

const facts = loadSeedFacts();
const byId = (id: string) => facts.find((f) => f.id === id)!;

describe('englishExcepted', () => {
  it('reads each thing besides / apart from / other than sets aside', () => {
    expect(englishExcepted('besides rail and roads, what else was built')).toEqual([['rail'], ['road']]);
    expect(englishExcepted('Other than land routes what links the two?')).toEqual([['land', 'rout']]);
    expect(englishExcepted('what does it cover in addition to tariffs?')).toEqual([]);
  });
  it('sets nothing apart with the parties every fact names', () => {
    expect(englishExcepted('which members are there apart from China and ASEAN?')).toEqual([]);
  });
  it('keeps the "and" of what is set aside from splitting the question', () => {
    expect(markAsideJoins('besides rail and roads what else is there', '|')).toBe(
      'besides rail|and|roads what else is there',
    );
  });
});

describe('statesWordEnglish', () => {
  it('reads a fact without what it sets aside itself', () => {
    expect(statesWordEnglish(byId('hard-connectivity'), 'road')).toBe(true);
    expect(statesWordEnglish(byId('hard-connectivity-ports-air-pipelines'), 'road')).toBe(false);
    expect(statesWordEnglish(byId('china-laos-railway-opens'), 'rail')).toBe(true);
  });
});

describe('answering what else in English', () => {
  const search = new FactSearch(facts);
  it('leaves out the facts on what the question sets aside', () => {
    const ids = answerIds(
      answerQuestion(search, 'Other than railways and roads, which infrastructure projects link China and ASEAN?'),
    );
    expect(ids[0]).toBe('hard-connectivity-ports-air-pipelines');
    expect(ids).not.toContain('china-laos-railway-opens');
    expect(ids).not.toContain('phnom-penh-sihanoukville-expressway-opens');
  });
});
