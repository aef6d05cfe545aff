import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { tokenizeQuery } from '../../src/knowledge/search/normalize.js';

const tokens = (text: string) => tokenizeQuery(text).map((t) => t.token);
const search = new FactSearch(loadSeedFacts());

describe('how short or prominent an answer should be', () => {
  it('"a one-liner", "big-picture" and "the headline … stats" say nothing about what is asked', () => {
    expect(tokens('a one-liner on harbour trade')).toEqual(tokens('on harbour trade'));
    expect(tokens("the writer's big-picture take on harbour trade")).toEqual(
      tokens("the writer's take on harbour trade"),
    );
    expect(tokens('the headline harbour trade stats')).toEqual(tokens('the harbour trade stats'));
    expect(tokens('the headline of the harbour report')).toContain(tokens('headline')[0]);
  });
  it('leaves the question to the words that name what is asked', () => {
    const ids = (q: string) => answerIds(answerQuestion(search, q));
    expect(ids('need a one-liner: how big is china-asean trade right now?')).toEqual(
      ids('how big is china-asean trade right now?'),
    );
    expect(ids('give me the headline china-asean trade stats').length).toBeGreaterThan(0);
  });
});

describe('"on the planet", "on earth", "worldwide"', () => {
  it('say "in the world", as the base does', () => {
    expect(tokens('the largest harbour on the planet')).toEqual(tokens('the largest harbour in the world'));
    expect(tokens('the biggest harbour on earth')).toEqual(tokens('the biggest harbour in the world'));
    expect(tokens('harbour traffic worldwide')).toEqual(tokens('harbour traffic in the world'));
    // Earth as a material stays.
    expect(tokens('moving earth for the harbour')).toContain(tokens('earth')[0]);
  });
});

describe('"diff", clipped', () => {
  it('is a difference', () => {
    expect(tokens('harbour vs airport whats the diff')).toEqual(tokens('harbour vs airport whats the difference'));
    expect(tokens('any diffs between the two piers')).toEqual(tokens('any difference between the two piers'));
  });
});

describe('"coop", clipped', () => {
  it('is cooperation', () => {
    expect(tokens('30 years of harbour coop')).toEqual(tokens('30 years of harbour cooperation'));
    expect(tokens('harbour co-op')).toEqual(tokens('harbour cooperation'));
  });
});

describe('"Ministry of Commerce"', () => {
  it('keeps its words beside the acronym, so "which ministry" and "commerce ministry" meet it', () => {
    const ministry = tokens('the Ministry of Commerce says');
    expect(ministry).toEqual(expect.arrayContaining([...tokens('mofcom'), ...tokens('ministry commerce')]));
  });
});
