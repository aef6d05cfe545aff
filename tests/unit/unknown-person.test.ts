import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { asksUnknownPerson } from '../../src/knowledge/search/unknown-person.js';

const search = new FactSearch(loadSeedFacts());
const asks = (q: string) => asksUnknownPerson(q, search.analyze(q, { limit: 8 }));

describe('who a person the base has never heard of is', () => {
  it('is asked by "who is" and a first and last name the base has never seen', () => {
    expect(asks('whos navid kalantri, wat did he writte')).toBe(true);
    expect(asks('who is Hasan Muhammad?')).toBe(false);
    expect(asks('who is the columnist')).toBe(false);
  });

  it('is no question any fact answers', () => {
    expect(answerQuestion(search, 'whos navid kalantri, wat did he writte').kind).toBe('none');
    expect(answerIds(answerQuestion(search, 'who is Hasan Muhammad?'))[0]).toBe('acfta-3-0-china-export-outlook');
  });
});
