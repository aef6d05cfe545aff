/** "China's largest partner" and "ASEAN's largest partner" are two facts: the owner asked picks between them. */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { possessors } from '../../src/knowledge/search/possessors.js';

describe('possessors', () => {
  it('reads the owner of a possessive, whatever the apostrophe', () => {
    expect(possessors("ASEAN: China's largest trading partner")).toEqual(['china']);
    expect(possessors('Is ASEAN’s biggest partner China?')).toEqual(['asean']);
  });
  it('reads a place or bloc with a bare "s" as typed in a hurry ("aseans"), never a name that ends in one', () => {
    expect(possessors('is china still aseans biggest partner')).toEqual(['asean']);
    expect(possessors('chinas top market')).toEqual(['china']);
    expect(possessors('trade with the Philippines')).toEqual([]);
  });
  it('reads the owner after "of" or "for", a word for the position in between', () => {
    expect(possessors('the biggest trading partner of China')).toEqual(['china']);
    expect(possessors('who holds the top partner spot for ASEAN')).toEqual(['asean']);
    expect(possessors('the number one market position of Vietnam')).toEqual(['vietnam']);
  });
  it('reads "\'s" before a participle or an article as "has" or "is"', () => {
    expect(possessors("China's been ASEAN's biggest trading partner")).toEqual(['asean']);
    expect(possessors('aseans been chinas top partner')).toEqual(['china']);
    expect(possessors("ASEAN's a big market")).toEqual([]);
  });
  it('reads the owner of a position named before ("held that spot for ASEAN"), a place or bloc only', () => {
    expect(possessors('so how long has China held that spot for ASEAN?')).toEqual(['asean']);
    expect(possessors('is there a place for the bot in this server')).toEqual([]);
  });
  it('ignores contractions and plain words', () => {
    expect(possessors("what's the trade, it's big, that's all")).toEqual([]);
    expect(possessors('largest trading partners')).toEqual([]);
  });
});

describe('ranking by the owner asked', () => {
  const search = new FactSearch(loadSeedFacts());
  const top = (q: string) => search.search(q)[0]?.fact.id;
  it('puts the fact whose name has the same owner first', () => {
    expect(top("is asean china's top trading partner")).toBe('asean-china-largest-trading-partner-4-years');
    expect(top("is china asean's top trading partner")).toBe('china-asean-largest-trading-partner-15-years');
    expect(top('is chian still aseans bigest tradin partner')).toBe('china-asean-largest-trading-partner-15-years');
  });
});
