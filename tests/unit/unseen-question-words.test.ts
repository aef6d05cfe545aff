import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('nouns that ask what something is (role, context, meaning) and the base has never seen', () => {
  it('do not count against the fact that describes it', () => {
    expect(ids("What does 'soft connectivity' mean in the China-ASEAN context?")).toEqual(['soft-connectivity']);
    expect(ids('What role does hard connectivity play in China-ASEAN cooperation?')[0]).toBe('hard-connectivity');
  });
  it('leave what is asked beside them to decide: a thing the base lacks is still not known', () => {
    expect(ids('What role does the Thai prime minister play in RCEP?')).toEqual([]);
    expect(ids('What is the significance of the Kra Canal for ASEAN shipping?')).toEqual([]);
  });
});

describe('a "-less" word the base has never seen', () => {
  it('is read as free of its noun, which the base may name ("friction-free")', () => {
    expect(ids('why isnt 3.0 totally frictionless, what makes asean tricky')).toEqual([
      'acfta-3-0-china-export-outlook',
    ]);
  });
  it('names nothing when its noun is no word of the base either', () => {
    expect(ids('is the rcep customs process paperless?')).toEqual([]);
  });
});
