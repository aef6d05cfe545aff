import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { askedThing, countedThing } from '../../src/knowledge/search/asked-plural.js';
import { askingClause } from '../../src/knowledge/search/asking.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const answer = (q: string) => answerQuestion(search, q);

describe('the thing a question word governs', () => {
  it('is plural when the noun after which / what / name is', () => {
    expect(askedThing('which two cities anchor the corridor')).toEqual({ plural: true, words: ['cities'] });
    expect(askedThing('wich non-asean countrys are members')?.plural).toBe(true);
    expect(askedThing('name all the industrial zones mentioned')?.plural).toBe(true);
    expect(askedThing('which rail networks does the railway plug into')?.words).toEqual(['rail', 'networks']);
  });
  it('is nothing of its own for a bare request ("name some", "list them"), which asks for what came before it', () => {
    expect(askedThing('name some pls')).toBeUndefined();
    expect(askedThing('list them')).toBeUndefined();
    expect(askedThing('name some zones')?.plural).toBe(true);
    expect(askingClause('econmic zones in asean bulit with china, name some pls')).toBe(
      'econmic zones in asean bulit with china, name some pls',
    );
    expect(answer('economic zones in asean built with china, name some pls').kind).toBe('list');
  });
  it('reads "lists" after a noun as a verb of its own, not a slip of the request "list"', () => {
    expect(askedThing('Give me the three perks the columnist lists for the pier')).toBeUndefined();
    expect(askedThing('lsit the piers')?.plural).toBe(true);
    expect(answerIds(answer('Give me the three benefits the columnist lists for Version 3.0')).sort()).toEqual([
      'acfta-3-0-builds-on-rcep',
      'acfta-3-0-supply-chain-resilience',
      'acfta-3-0-trade-facilitation',
    ]);
  });
  it('reads adjectives joined by "or" / "and" as modifying the one noun after them', () => {
    expect(askedThing('Name the industrial or economic zones the piece lists')).toEqual({
      plural: true,
      words: ['industrial', 'or', 'economic', 'zones'],
    });
    expect(answer('Name the industrial or economic zones the TROIB piece lists').kind).toBe('list');
  });
  it('joins a second plural by "and" / "or"', () => {
    expect(askedThing('which industrial parks and economic zones are named')?.words).toEqual([
      'industrial',
      'parks',
      'and',
      'economic',
      'zones',
    ]);
  });
  it('reads a hyphenated participle or adjective as a modifier of the noun after it', () => {
    expect(askedThing('name the china-linked industrial parks')).toEqual({
      plural: true,
      words: ['china-linked', 'industrial', 'parks'],
    });
    expect(askedThing('which state-owned firms invest there')?.plural).toBe(true);
  });
  it('is singular when the governed noun is, whatever plural comes later', () => {
    expect(askedThing('over what time span did the expressway log 10 million vehicles')?.plural).toBe(false);
    expect(askedThing('what percent of trade was with asean in the first four months')?.plural).toBe(false);
    expect(askedThing('which year counts as year one of the upgrade')?.plural).toBe(false);
  });
  it('reads the subject after a copula, unless the question word is a verb object', () => {
    expect(askedThing('what are the two types of connectivity')?.plural).toBe(true);
    expect(askedThing('what was the trade value in us dollars')?.plural).toBe(false);
    expect(askedThing('what are members using the framework for')?.plural).toBe(false);
  });
  it('is nothing plural when the question word is the object of a verb', () => {
    expect(askedThing('what have these industrial parks done for asean countries')?.plural).toBe(false);
    expect(askedThing('what does rcep let the 15 countries do')?.plural).toBe(false);
  });
  it('is undefined without a question word', () => {
    expect(askedThing('china asean industrial parks names')).toBeUndefined();
  });
});

describe('list answers', () => {
  it('a singular ask gets one fact even where a plural appears later', () => {
    const a = answer('What percent of China overall foreign trade did ASEAN account for in the first four months?');
    expect(a.kind).toBe('fact');
    expect(answerIds(a)[0]).toBe('china-asean-trade-share-jan-apr-2025');
  });
  it('a member must name the thing asked for, not only share the tag', () => {
    const a = answer('which countries are in rcep');
    expect(a.kind).toBe('list');
    expect(answerIds(a)).toContain('rcep-members');
    expect(answerIds(a)).not.toContain('acfta-3-0-builds-on-rcep');
    expect(answerIds(answer('which cities are the hubs of the land sea corridor'))).toEqual([
      'new-international-land-sea-trade-corridor',
    ]);
  });
  it('a plural ask still lists every member that names it', () => {
    const ids = answerIds(
      answer('Which industrial parks and economic zones are named as magnets for business in ASEAN?'),
    );
    expect(ids).toHaveLength(4);
  });
});

describe('a counted plural', () => {
  it('asks for that many things, with or without a question word', () => {
    expect(countedThing('give me the two main ports of the corridor')).toEqual({
      plural: true,
      words: ['main', 'ports'],
    });
    expect(countedThing('the 4 zones near the border')).toEqual({ plural: true, words: ['zones'] });
  });
  it('is no count of one, nor a number before no plural', () => {
    expect(countedThing('the one zone near the border')).toBeUndefined();
    expect(countedThing('what happened in 2 days')).toEqual({ plural: true, words: ['days'] });
    expect(countedThing('how long is the 3.0 deal')).toBeUndefined();
  });
  it('lists the points of an opinion piece asked for by count', () => {
    expect(answerIds(answer('Tell me the three benefits of the 3.0 upgrade the opinion column sets out.'))).toEqual([
      'acfta-3-0-trade-facilitation',
      'acfta-3-0-builds-on-rcep',
      'acfta-3-0-supply-chain-resilience',
    ]);
  });
});

describe('a generic plural after a noun that says of what', () => {
  it('asks for a group ("what traffic numbers")', () => {
    const a = answer('What traffic numbers are there for the Cambodian expressway?');
    expect(a.kind).toBe('list');
    expect(answerIds(a)).toEqual(['ppshv-expressway-10-million-vehicles', 'ppshv-expressway-daily-traffic']);
  });
});

describe("one fact asked of a group of an article's points", () => {
  it('is the best fact when it is a member, not the point ranked first among the others', () => {
    expect(answerIds(answer('What do the new standards chapters under FTA 3.0 cover?'))[0]).toBe(
      'acfta-3-0-nine-areas',
    );
  });
});
