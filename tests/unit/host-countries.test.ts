/** "The host countries", "host economies": the places a project sits in (normalize.ts PHRASES), not the verb "hosts". */
import { describe, expect, it } from 'vitest';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { fold } from '../../src/knowledge/search/normalize.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const holds = {
  ...madeUpFact('The Orchard Business Park hosts foreign makers of bicycles and paint.'),
  id: 'orchard-park',
  title: 'Orchard Business Park',
};
const gives = {
  ...madeUpFact('The Meadow Business Park has drawn many makers and added 9,000 local jobs.'),
  id: 'meadow-park',
  title: 'Meadow Business Park',
};

describe('host countries', () => {
  it('reads the plural "host" noun phrase as the locals', () => {
    expect(fold('What did the parks do for their host nations?')).toContain('local nations');
    expect(fold('benefits to host economies')).toContain('local economies');
  });
  it('leaves the verb and a single host alone', () => {
    expect(fold('Which park hosts bicycle makers?')).toContain('hosts');
    expect(fold('Who was the host country of the summit?')).toContain('host country');
  });
  it('answers a benefit to the host countries with the fact about locals, not the one that hosts firms', () => {
    // Beside the real base, so that the words weigh what they weigh in use.
    const search = new FactSearch([...loadSeedFacts(), holds, gives]);
    expect(answerIds(answerQuestion(search, 'How have the business parks helped their host countries?'))[0]).toBe(
      'meadow-park',
    );
    expect(answerIds(answerQuestion(search, 'What good did the business parks do for host nations?'))[0]).toBe(
      'meadow-park',
    );
    expect(answerIds(answerQuestion(search, 'Which business park hosts bicycle makers?'))[0]).toBe('orchard-park');
  });
});
