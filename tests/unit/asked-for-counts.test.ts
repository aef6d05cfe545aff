import { describe, expect, it } from 'vitest';
import { countedThing, countsThing } from '../../src/knowledge/search/asked-for.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const fact = (summary: string, details = '', questions: string[] = []): Fact =>
  madeUpFact(summary, { details, questions });

describe('counts: the thing counted, as it stands now', () => {
  const trains = fact('Freight trains began running in the spring.', 'At first one train a day ran each way.');
  it('a count a fact gives only for the beginning answers only questions about the beginning', () => {
    expect(countsThing(trains, ['train'], ['trains'], false)).toBe(false);
    expect(countsThing(trains, ['train'], ['trains'], true)).toBe(true);
  });
  it('a thing the fact never names is counted in other words only if its example questions count it', () => {
    const riders = fact('About 30,000 passengers a day use the harbour line.', '', [
      'how many passengers a day use the harbour line',
    ]);
    expect(countsThing(riders, ['peopl'], ['people'])).toBe(true);
    expect(countsThing(riders, ['bus'], ['buses'])).toBe(false);
    // A slip that is no English word ("pasengers") keeps the benefit of the doubt.
    expect(countsThing(riders, ['pasengers'], ['pasengers'])).toBe(true);
  });
});

describe('counts of time', () => {
  const old = fact('The two ports have worked together for more than 30 years.');
  const dated = fact('The harbour line opened on 3 December 2021.');
  it('a count of time in one unit is answered by a length of time in another', () => {
    expect(countsThing(old, ['decad'], ['decades'])).toBe(true);
    expect(countsThing(old, ['hour'], ['hours'])).toBe(true);
  });
  it('a date is no length of time', () => {
    expect(countsThing(dated, ['decad'], ['decades'])).toBe(false);
  });
});

describe('counts of time with a word before the unit', () => {
  it('"how many consecutive / unbroken years" counts years', () => {
    expect(countedThing('For how many full months did the ferry sail?')).toEqual(['month']);
    expect(countedThing('How many consecutive decades has the harbour line run?')).toEqual(['decad']);
  });
  it('a word before a thing that is no unit of time still names the thing counted', () => {
    expect(countedThing('How many big ports does the harbour line reach?')).toEqual(['big', 'port']);
  });
});

describe('counts of one thing named two ways', () => {
  it('"how many sectors or key areas" counts either, so a fact that counts areas answers it', () => {
    expect(countedThing('How many sectors or key areas does the upgrade span?')).toEqual(['sector', 'key', 'area']);
    expect(countsThing(fact('The upgrade covers nine areas.'), ['sector', 'key', 'area'])).toBe(true);
    expect(countedThing('How many ports and terminals are there?')).toEqual(['port', 'termin']);
  });
});

describe('a count asked before a second ask', () => {
  it('"how many X …, and through which …" still asks for a count of X', () => {
    expect(countedThing('How many pipelines has the port built, and through which towns do they run?')).toEqual([
      'pipelin',
    ]);
    expect(countedThing('Through which towns do the pipelines run?')).toBeUndefined();
  });
});
