import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { countingVerb } from '../../src/knowledge/search/answer-kind.js';
import { onFirstSubject, withoutAdverbs } from '../../src/knowledge/search/part-subject.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('a part whose top fact does not state what it asks', () => {
  it('is answered by a close fact on the same subject that does', () => {
    // The railway's length ranks first for "how many years running", but states no span of time; its opening does.
    expect(ids('Laos railway: how many years running and how many countries does it link to?')).toEqual([
      'china-laos-railway-opens',
      'china-laos-railway-rail-links-19-countries',
    ]);
    expect(ids('When will the 3.0 agreement be signed and how many areas does it cover?')).toEqual([
      'acfta-3-0-upgrade-protocol',
      'acfta-3-0-nine-areas',
    ]);
    // An adverb of the first part ("formally") names no subject: the second part keeps the first part's subject.
    expect(ids('When will the 3.0 agreement be formally signed and how many areas does it cover?')).toEqual([
      'acfta-3-0-upgrade-protocol',
      'acfta-3-0-nine-areas',
    ]);
    expect(ids('When will the 3.0 agreement be officially signed and how many areas does it span?')).toEqual([
      'acfta-3-0-upgrade-protocol',
      'acfta-3-0-nine-areas',
    ]);
  });
});

describe('the subject a first part names', () => {
  it('is read without the part’s adverbs', () => {
    expect(withoutAdverbs('When will the harbour pact be formally signed')).toBe(
      'When will the harbour pact be signed',
    );
    expect(withoutAdverbs('when was the port line officially opened')).toBe('when was the port line opened');
  });
  it('keeps the question words and the words that name things', () => {
    expect(withoutAdverbs('how long is the China-Laos railway')).toBe('how long is the China-Laos railway');
    expect(withoutAdverbs('when did RCEP enter into force')).toBe('when did RCEP enter into force');
  });
});

describe('a definite noun in the second part', () => {
  it('names the thing of its kind the first part names', () => {
    expect(onFirstSubject('when was the cafta framework signed', 'when did the fta come into force')).toBe(
      'when did the cafta come into force',
    );
    expect(onFirstSubject('How long is the China-Laos railway', 'when did the railway open')).toBe(
      'when did the China-Laos railway open',
    );
  });
  it('is left alone when the first part names nothing more of that kind', () => {
    expect(onFirstSubject('what is the railway', 'when did the railway open')).toBe('when did the railway open');
    // "railway" ends in "way" but is an English word, not a short name of a way.
    expect(onFirstSubject('where does the railway run', 'what is the way to Vientiane')).toBe(
      'what is the way to Vientiane',
    );
  });
  it('keeps a two-part answer on the first part’s agreement', () => {
    expect(ids('When did the ACFTA early harvest begin and when did the FTA come into force?')).toEqual([
      'acfta-early-harvest-begins',
      'acfta-in-force',
    ]);
  });
});

describe('the verb that ends a count question', () => {
  it('is the last word after "do" and its subject, when the lexicon lacks it', () => {
    expect(countingVerb('how many areas does the 3.0 deal span?')).toBe('span');
    expect(countingVerb('and how many fields does the upgrade span')).toBe('span');
  });
  it('is none for a verb the lexicon knows, or a question that counts nothing', () => {
    expect(countingVerb('how many countries does RCEP include?')).toBeUndefined();
    expect(countingVerb('how do FOB and CIF differ?')).toBeUndefined();
  });
  it('leaves the count, not the verb, to decide a part', () => {
    expect(
      ids('What did China-ASEAN trade reach in January to April, and how many areas does the 3.0 deal span?'),
    ).toEqual(['china-asean-trade-jan-apr-2025', 'acfta-3-0-nine-areas']);
  });
});
