import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerQuestion } from '../../src/knowledge/search/answer.js';
import { activityCheck } from '../../src/knowledge/search/asked-activity.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const check = (q: string) => activityCheck(q, search.analyze(q, { limit: 8 }));

describe('an activity asked of a subject ("what are the members using RCEP for")', () => {
  it('is not answered by a fact that names the subject but never the activity', () => {
    expect(answerQuestion(search, 'What are the member countries actually using RCEP for?').kind).toBe('none');
    const q = 'what are China and ASEAN planning to do next?';
    const analysis = search.analyze(q, { limit: 8 });
    const planning = activityCheck(q, analysis)!;
    expect(analysis.hits.filter((h) => analysis.covered[analysis.hits.indexOf(h)]!.has('plan')).every(planning)).toBe(
      true,
    );
    expect(analysis.hits.filter((h) => !analysis.covered[analysis.hits.indexOf(h)]!.has('plan')).some(planning)).toBe(
      false,
    );
  });

  it('asks nothing when the verb only carries the question, the base never says it, or nothing is asked of a subject', () => {
    expect(check('what is going on with RCEP')).toBeUndefined();
    expect(check('what are they zorbing at the expressway')).toBeUndefined();
    expect(check('when did RCEP enter into force')).toBeUndefined();
  });
});
