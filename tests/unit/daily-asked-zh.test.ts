import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { fitsBehindMisfit } from '../../src/knowledge/search/answer-bar.js';
import { askedValueChecks } from '../../src/knowledge/search/chinese-value-checks.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const byId = (id: string) => facts.find((f) => f.id === id)!;

describe('a Chinese question that asks a figure per day', () => {
  it('is not answered by a fact that states no daily figure', () => {
    const checks = askedValueChecks('金边至西哈努克港高速公路每天车流量多少');
    const passes = (id: string) => checks.every((check) => check(byId(id)));
    expect(passes('ppshv-expressway-daily-traffic')).toBe(true);
    expect(passes('phnom-penh-sihanoukville-expressway-opens')).toBe(false);
    // Not asked as a figure (每天 alone), no check.
    expect(askedValueChecks('金港高速每天都很忙吗')).toHaveLength(0);
  });

  it('gets the daily figure close behind the fact that names the road best', () => {
    expect(answerIds(answerQuestion(search, '金边至西哈努克港高速公路每天车流量多少'))).toEqual([
      'ppshv-expressway-daily-traffic',
    ]);
  });

  it('takes the fact behind only for a Chinese question, a best that does not fit, and as much covered', () => {
    const question = '金边至西哈努克港高速公路每天车流量多少';
    const analysis = search.analyze(question, { limit: 8 });
    const coverage = analysis.hits.map((h) => h.coverage);
    const [best, next] = analysis.hits as [(typeof analysis.hits)[0], (typeof analysis.hits)[0]];
    const fitsAllBut = (h: typeof best) => h !== best;
    expect(fitsBehindMisfit(question, analysis, coverage, next, fitsAllBut)).toBe(true);
    expect(fitsBehindMisfit(question, analysis, coverage, next, () => true)).toBe(false);
    expect(fitsBehindMisfit('how many vehicles a day', analysis, coverage, next, fitsAllBut)).toBe(false);
    const less = coverage.map((c, i) => (i === 1 ? coverage[0]! - 0.1 : c));
    expect(fitsBehindMisfit(question, analysis, less, next, fitsAllBut)).toBe(false);
  });
});
