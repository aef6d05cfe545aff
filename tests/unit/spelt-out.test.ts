import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { tokenizeQuery } from '../../src/knowledge/search/normalize.js';
import { withoutSpeltOutNames } from '../../src/knowledge/search/spelt-out.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));
const tokens = (q: string) => withoutSpeltOutNames(tokenizeQuery(q)).map((t) => t.token);

describe('a name asked in full', () => {
  it('counts once, as its acronym', () => {
    expect(tokens('the free trade agreement')).toEqual(['fta']);
    expect(tokens('Regional Comprehensive Economic Partnership members')).toEqual(['rcep', 'member']);
    expect(tokens('china-asean free trade area')).toEqual(['acfta', 'china', 'asean', 'fta']);
  });

  it('keeps its words when one is mistyped, so they still meet the facts that spell the name out', () => {
    expect(tokens('free trade agrement')).toEqual(tokenizeQuery('free trade agrement').map((t) => t.token));
    expect(ids('when did the china asean free trade agrement take efect')).toEqual(['acfta-in-force']);
  });

  it('no longer outweighs what is asked about it', () => {
    expect(ids('what does the version 3.0 free trade agreement cover')).toEqual(['acfta-3-0-nine-areas']);
    expect(ids('how many members does the regional comprehensive economic partnership have')).toEqual(['rcep-members']);
  });
});
