import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { localImpactCheck } from '../../src/knowledge/search/asked-impact.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const search = new FactSearch(loadSeedFacts());

describe('what a project has done for the people where it stands', () => {
  const jobs = madeUpFact('The harbour park has drawn many makers and added local jobs.');
  const what = madeUpFact('The harbour park hosts makers of auto parts and electronics.');

  it('is said only by a fact that speaks of jobs or local people', () => {
    for (const q of [
      'what does the harbour park do for locals',
      'what has it done for ppl there',
      'how many jobs came',
    ])
      expect([localImpactCheck(q)!(jobs), localImpactCheck(q)!(what)]).toEqual([true, false]);
  });

  it("is not asked by the asker's own job or by a question on something else", () => {
    expect(localImpactCheck('Which new chapters would matter for my job?')).toBeUndefined();
    expect(localImpactCheck('what does the harbour park make')).toBeUndefined();
  });

  it('leaves a zone that says nothing of it unanswered, and answers with one that does', () => {
    expect(answerQuestion(search, 'thai chinse rayong industrail zone what does it do for locals').kind).toBe('none');
    expect(answerIds(answerQuestion(search, 'what has the sihanoukville sez done for local jobs'))[0]).toBe(
      'sihanoukville-sez',
    );
  });
});
