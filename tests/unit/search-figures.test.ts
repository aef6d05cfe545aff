/** Figures written short (100bn, $982.3B, 13k, 1035km) read as the base writes them in full (see normalize.ts). */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { tokenize } from '../../src/knowledge/search/normalize.js';

describe('short figures', () => {
  it('splits a scale or unit glued to its number', () => {
    expect(tokenize('trade of 982.3bn')).toEqual(['trade', '982.3', 'billion']);
    expect(tokenize('rmb 2.38tn')).toEqual(['rmb', '2.38', 'trillion']);
    expect(tokenize('usd 35mn')).toEqual(['usd', '35', 'million']);
    expect(tokenize('1035km long')).toEqual(['1035', 'km', 'long']);
  });
  it('reads b as billion only after a currency', () => {
    expect(tokenize('$982.3B')).toEqual(['982.3', 'billion']);
    expect(tokenize('usd 5b')).toEqual(['usd', '5', 'billion']);
    expect(tokenize('route 5b')).toEqual(['rout', '5b']);
  });
  it('reads thousands as the number itself, and drops every thousands separator', () => {
    expect(tokenize('13k cars')).toContain('13000');
    expect(tokenize('from 100k to 1.2k')).toEqual(['100000', '1200']);
    expect(tokenize('1,035,000 people')).toContain('1035000');
  });
  it('answers a question that writes its figure short', () => {
    const search = new FactSearch(loadSeedFacts());
    expect(answerIds(answerQuestion(search, 'is the china laos railway 1035km long'))).toEqual([
      'china-laos-railway-length',
    ]);
  });
});
