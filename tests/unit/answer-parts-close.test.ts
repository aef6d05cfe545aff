import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { onFirstSubject } from '../../src/knowledge/search/part-subject.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('a part whose top fact does not state what it asks', () => {
  it('is answered by a close fact on the same subject that does', () => {
    // The railway's length ranks first for "how many years running", but states no span of time; its opening does.
    expect(ids('Laos railway: how many years running and how many countries does it link to?')).toEqual([
      'china-laos-railway-opens',
      'china-laos-railway-rail-links-19-countries',
    ]);
    expect(ids('When will the 3.0 agreement be formally signed and how many areas does it cover?')).toEqual([
      'acfta-3-0-upgrade-protocol',
      'acfta-3-0-nine-areas',
    ]);
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
