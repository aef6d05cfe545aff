import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { tokenizeQuery } from '../../src/knowledge/search/normalize.js';

const tokens = (text: string) => tokenizeQuery(text).map((t) => t.token);
const search = new FactSearch(loadSeedFacts());

describe('being a member said with a phrasal verb', () => {
  it('"signed up to", "signed on to" and "belongs to" read as membership, not as a signing', () => {
    expect(tokens('how many states are signed up to the pact')).toContain('member');
    expect(tokens('how many states are signed up to the pact')).not.toContain('sign');
    expect(tokens('has the island signed on to the pact')).toContain('member');
    expect(tokens('does the island belong to the pact')).toContain('member');
  });
  it('a signing is still a signing', () => {
    expect(tokens('when was the pact signed')).toContain('sign');
    expect(tokens('who signed the pact')).not.toContain('member');
  });
  it('a count of the countries signed up to an agreement is answered by its membership', () => {
    const ids = answerIds(answerQuestion(search, 'how many countries have signed on to rcep'));
    expect(['rcep-members', 'rcep-in-force']).toContain(ids[0]);
  });
});
