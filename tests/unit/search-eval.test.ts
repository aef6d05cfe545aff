import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { evaluate, pct, QUESTIONS } from '../eval/evaluate.js';

describe('search quality on the public evaluation set (tests/eval/questions.json)', () => {
  const search = new FactSearch(loadSeedFacts());
  const report = evaluate((q) => search.search(q, { limit: 3 }).map((h) => h.fact.id));

  it('has a meaningful evaluation set', () => {
    expect(report.answerable).toBeGreaterThanOrEqual(60);
    expect(report.unanswerable).toBeGreaterThanOrEqual(10);
  });

  it('answers at least 90% of answerable questions with the right fact first', () => {
    console.log(
      `search eval: ${QUESTIONS.length} questions · top-1 ${pct(report.top1)} · top-3 ${pct(report.top3)} · ` +
        `says "I don't know" correctly ${pct(report.saysIdk)} · wrongly ${pct(report.falseIdk)}`,
    );
    for (const f of report.failures) console.log(`  miss: ${JSON.stringify(f.q)} expected ${f.expect.join('|') || '(nothing)'} got ${f.got.join(', ') || '(nothing)'}`);
    expect(report.top1).toBeGreaterThanOrEqual(0.9);
    expect(report.top3).toBeGreaterThanOrEqual(report.top1);
  });

  it('says it does not know rather than answering out-of-scope questions', () => {
    expect(report.saysIdk).toBeGreaterThanOrEqual(0.9);
    expect(search.search('what is the capital of France?')).toEqual([]);
  });
});
