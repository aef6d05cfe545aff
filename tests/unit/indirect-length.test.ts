import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { askedTypes } from '../../src/knowledge/search/value-type-checks.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));
const types = (q: string) => askedTypes(q).flatMap((a) => a.types);

describe('"how long" asked inside a request, the verb last', () => {
  it('asks for a length, as "how long is it" does', () => {
    expect(types('can you tell me how long the china-laos railway is?')).toContain('distance');
    expect(ids("i'm a student, can you tell me how long the china-laos railway is?")).toEqual([
      'china-laos-railway-length',
    ]);
  });

  it('not for a journey, which takes time', () => {
    expect(types('do you know how long the trip on the railway is?')).not.toContain('distance');
  });
});
