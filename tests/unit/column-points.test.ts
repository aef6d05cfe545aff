import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('the points an opinion piece makes', () => {
  it('are listed for a group question that names the piece and its subject', () => {
    expect(ids('Which benefits of the 3.0 upgrade does the opinion column set out?')).toEqual([
      'acfta-3-0-trade-facilitation',
      'acfta-3-0-builds-on-rcep',
      'acfta-3-0-supply-chain-resilience',
    ]);
  });
  it('are not listed for things the points are not, or without the subject', () => {
    // Obstacles and new markets are the piece's own matter; the areas FTA 3.0 covers are no view of one column.
    expect(ids('Which obstacles in western markets does the op-ed describe?')).toEqual([
      'acfta-3-0-china-export-outlook',
    ]);
    expect(ids('What new markets does the columnist think Chinese exporters will find?')).toEqual([
      'acfta-3-0-china-export-outlook',
    ]);
    expect(ids('Which areas does FTA 3.0 cover?')).toEqual(['acfta-3-0-nine-areas']);
  });
});
