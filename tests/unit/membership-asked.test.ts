import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { askedStage } from '../../src/knowledge/search/asked-stage.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('"signed up to" asks who is a member, as the index reads it', () => {
  it('asks no signing stage', () => {
    expect(askedStage('how many countries signed up to rcep')).toBeUndefined();
    expect(askedStage('when was rcep signed')?.stage).toBe('signing');
  });

  it('gets the members, not the entry into force or the signing', () => {
    expect(ids('how many countries signed up to rcep')).toEqual(['rcep-members']);
    expect(ids('which countries signed up for rcep')[0]).toBe('rcep-members');
    expect(ids('when was rcep signed')).toEqual(['rcep-signed']);
  });
});
