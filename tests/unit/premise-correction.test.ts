import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import type { Analysis, SearchHit } from '../../src/knowledge/search/engine.js';
import { premiseCountries, premiseFacts, premiseYears } from '../../src/knowledge/search/premise-correction.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const seedFigure = loadSeedFacts().find((f) => f.kind === 'figure')!;
const opens = {
  ...madeUpFact('The Kelantor harbour line in Myanmar opened to passengers in March 2021.'),
  id: 'opens',
  date: '2021-03-01',
} as Fact;
const riders: Fact = {
  ...seedFigure,
  id: 'riders',
  title: 'Kelantor harbour line riders',
  aliases: [],
  tags: [],
  questions: [],
  summary: 'The Kelantor harbour line carries about 9,000 riders a day.',
  details: '',
  period: 'Average over 2023',
};

const hit = (fact: Fact, named = 1): SearchHit => ({ fact, score: 0.5, coverage: 1, named });
const ranking = (hits: SearchHit[]): Analysis => ({
  hits,
  unseen: [],
  covered: hits.map(() => new Set()),
  partial: [],
  terms: [],
});
const ids = (question: string, hits: SearchHit[]) =>
  premiseFacts(
    question,
    ranking(hits),
    hits.map(() => 1),
  )?.map((f) => f.id);

describe('a premise stated as given', () => {
  it('reads a year from a leading clause that says something happened, not from a bare period', () => {
    expect(premiseYears('Since the ferry pact took effect in 2018, how many routes run?')).toEqual([2018]);
    expect(premiseYears('Given that the bridge opened in 2016, what does a crossing cost?')).toEqual([2016]);
    expect(premiseYears('Since 2018, how many routes have opened?')).toEqual([]);
    expect(premiseYears('since the start of 2018, how much has traffic grown?')).toEqual([]);
    expect(premiseYears('What was the ferry traffic in 2018?')).toEqual([]);
  });
  it('reads a country that places a thing named by a proper name, not one a plain phrase is asked about', () => {
    expect(premiseCountries('how long is the Kelantor harbour line in Thailand?')).toEqual(['thailand']);
    expect(premiseCountries('how many tourists stayed in Thailand last summer?')).toEqual([]);
    expect(premiseCountries('凯兰托港是泰国的港口吧？')).toEqual(['thailand']);
    expect(premiseCountries('泰国的港口有多少个？')).toEqual([]);
  });
});

describe('the fact that corrects a wrong premise', () => {
  it('answers a wrong year with the dated event, beside the fact that gives what is asked', () => {
    const q = 'Since the Kelantor harbour line opened in 2019, how many riders a day does it carry?';
    expect(ids(q, [hit(riders), hit(opens)])).toEqual(['opens', 'riders']);
  });
  it('answers a wrong country with the fact that names the true one', () => {
    const q = 'how many riders a day use the Kelantor harbour line in Thailand?';
    expect(ids(q, [hit(riders), hit(opens)])).toEqual(['opens', 'riders']);
    expect(ids('Isn’t the Kelantor harbour line in Thailand?', [hit(riders), hit(opens)])).toEqual(['opens']);
  });
  it('leaves a premise the facts bear out, and a question about another year, to the other rules', () => {
    const hits = [hit(riders), hit(opens)];
    expect(ids('Since the Kelantor harbour line opened in 2021, how many riders a day does it carry?', hits)).toBe(
      undefined,
    );
    expect(ids('how many riders a day use the Kelantor harbour line in Myanmar?', hits)).toBe(undefined);
    expect(ids('how many riders a day did the Kelantor harbour line carry in 2019?', hits)).toBe(undefined);
  });
  it('adds only a fact about the thing the question names', () => {
    const q = 'how many riders a day use the Kelantor harbour line in Thailand?';
    expect(ids(q, [hit(opens), hit(riders, 0.5)])).toEqual(['opens']);
  });
  it('prefers, of the dated facts, the one that holds the words of the premise', () => {
    const signed = {
      ...opens,
      id: 'signed',
      date: '2019-05-01',
      summary: 'The Kelantor harbour pact was signed in May 2019.',
    };
    const q = 'Since the Kelantor harbour pact was signed in 2018, how many riders a day does the line carry?';
    expect(ids(q, [hit(opens), hit(signed)])?.[0]).toBe('signed');
  });
  it('needs the question to name the fact', () => {
    const q = 'how many riders a day use the Kelantor harbour line in Thailand?';
    expect(ids(q, [hit(riders, 0.4), hit(opens, 0.4)])).toBe(undefined);
  });
});
