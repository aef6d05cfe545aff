import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import {
  answerRanking,
  evaluate,
  loadSet,
  summary,
  type EvalReport,
  type EvalSet,
  withoutExamples,
} from '../eval/evaluate.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
/** Every set is scored against a base that holds none of its questions as example questions. */
const report = (set: EvalSet) => {
  const questions = loadSet(set);
  const base = withoutExamples(facts, questions);
  const index = base === facts ? search : new FactSearch(base);
  return evaluate((q) => answerRanking(answerQuestion(index, q)), questions);
};

/** The gate issue #9 sets for the held-out sets. Printed every run; not yet met, see bench/results.md. */
const GATE = { top1: 0.92, falseIdk: 0.04, outOfScope: 0.05 };

describe('search quality: development sets (tuned on) and held-out sets (only ever scored)', () => {
  const dev = report('questions');
  const devBlind = report('dev-en');
  const heldout = report('heldout-en');
  const heldoutZh = report('heldout-zh');
  const heldout2 = report('heldout2-en');
  const heldout2Zh = report('heldout2-zh');

  /** The other development sets, printed so a run shows every score (bench/results.md has them per engine). */
  const otherDev = (
    [
      'dev-en2',
      'dev-zh',
      'dev-zh2',
      'dev-en3',
      'dev-zh3',
      'dev-en4',
      'dev-zh4',
      'dev-en5',
      'dev-zh5',
      'dev-en6',
      'dev-zh6',
      'dev-en7',
      'dev-zh7',
      'dev-en8',
      'dev-zh8',
      'dev-en9',
      'dev-zh9',
      'dev-en10',
      'dev-zh10',
      'dev-en11',
      'dev-zh11',
      'dev-en12',
      'dev-zh12',
      'dev-en13',
      'dev-zh13',
      'dev-en14',
      'dev-zh14',
      'dev-en15',
      'dev-zh15',
      'dev-en16',
      'dev-zh16',
      'dev-en17',
      'dev-zh17',
      'dev-en18',
      'dev-zh18',
      'dev-en19',
      'dev-zh19',
      'dev-en20',
      'dev-zh20',
      'dev-en21',
      'dev-zh21',
      'dev-en22',
      'dev-zh22',
      'dev-en23',
      'dev-en24',
      'dev-en25',
      'dev-en26',
      'dev-en27',
      'dev-en28',
    ] as const
  ).map((set) => [set, report(set)] as const);

  it('prints every score, and whether the held-out gate is met', () => {
    for (const [name, r] of [
      ['dev (questions.json)', dev],
      ['dev-en', devBlind],
      ...otherDev,
      ['held-out en', heldout],
      ['held-out zh', heldoutZh],
      ['held-out 2 en', heldout2],
      ['held-out 2 zh', heldout2Zh],
    ] as const) {
      console.log(`search eval · ${summary(name, r)}`);
    }
    // Shares compared with a tolerance: 2 of 40 out of scope answered is 1 - 0.95 = 0.050000000000000044.
    const atMost = (share: number, bound: number) => share <= bound + 1e-9;
    const enMet = (r: EvalReport) =>
      r.top1 >= GATE.top1 - 1e-9 && atMost(r.falseIdk, GATE.falseIdk) && atMost(1 - r.saysIdk, GATE.outOfScope);
    const zhMet = (r: EvalReport) => r.top1 >= 0.9 - 1e-9 && atMost(1 - r.saysIdk, 0.1);
    const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');
    console.log(
      `search eval · held-out gate (top-1 ≥ 92%, false "I don't know" ≤ 4%, out of scope ≤ 5%): ` +
        `set 1 ${verdict(enMet(heldout))}, set 2 ${verdict(enMet(heldout2))}`,
    );
    console.log(
      `search eval · Chinese held-out gate (top-1 ≥ 90%, out of scope ≤ 10%): ` +
        `set 1 ${verdict(zhMet(heldoutZh))}, set 2 ${verdict(zhMet(heldout2Zh))}`,
    );
    expect(dev.answerable + devBlind.answerable + heldout.answerable).toBeGreaterThan(400);
  });

  it('holds on the development sets', () => {
    for (const f of dev.failures)
      console.log(
        `  dev miss: ${JSON.stringify(f.q)} expected ${f.expect.join('|') || '(nothing)'} got ${f.got.join(', ') || '(nothing)'}`,
      );
    expect(dev.top1).toBeGreaterThanOrEqual(0.9);
    expect(dev.saysIdk).toBeGreaterThanOrEqual(0.9);
    expect(devBlind.top1).toBeGreaterThanOrEqual(0.7);
  });

  // Regression floors at today's held-out scores: both English sets meet the gate now (stop 39), so the gate is their
  // floor and a change that loses ground fails here. Out-of-scope answers are counted, not compared as shares: 6 of 40
  // is 0.15000000000000002 in floating point; false "I don't know" likewise.
  const outOfScopeAnswered = (r: EvalReport) => Math.round((1 - r.saysIdk) * r.unanswerable);
  const falseIdk = (r: EvalReport) => Math.round(r.falseIdk * r.answerable);
  it('does not fall back on the held-out sets', () => {
    expect(heldout.top1).toBeGreaterThanOrEqual(GATE.top1 - 1e-9);
    expect(falseIdk(heldout)).toBeLessThanOrEqual(Math.floor(GATE.falseIdk * heldout.answerable));
    expect(heldout2.top1).toBeGreaterThanOrEqual(GATE.top1 - 1e-9);
    expect(falseIdk(heldout2)).toBeLessThanOrEqual(Math.floor(GATE.falseIdk * heldout2.answerable));
    expect(outOfScopeAnswered(heldout)).toBeLessThanOrEqual(Math.floor(0.05 * heldout.unanswerable));
    expect(heldoutZh.top1).toBeGreaterThanOrEqual(0.92);
    expect(outOfScopeAnswered(heldoutZh)).toBeLessThanOrEqual(Math.floor(0.1 * heldoutZh.unanswerable));
    expect(outOfScopeAnswered(heldout2)).toBeLessThanOrEqual(Math.floor(0.05 * heldout2.unanswerable));
    expect(heldout2Zh.top1).toBeGreaterThanOrEqual(0.91);
    expect(outOfScopeAnswered(heldout2Zh)).toBeLessThanOrEqual(Math.floor(0.1 * heldout2Zh.unanswerable));
  });

  it('has held-out sets of the agreed size and shape', () => {
    expect(heldout.answerable + heldout.unanswerable).toBeGreaterThanOrEqual(150);
    expect(heldout.unanswerable).toBeGreaterThanOrEqual(40);
    expect(heldoutZh.answerable).toBeGreaterThanOrEqual(40);
    expect(heldoutZh.unanswerable).toBeGreaterThanOrEqual(10);
    expect(heldout2.answerable + heldout2.unanswerable).toBeGreaterThanOrEqual(150);
    expect(heldout2.unanswerable).toBeGreaterThanOrEqual(40);
    expect(heldout2Zh.answerable).toBeGreaterThanOrEqual(40);
    expect(heldout2Zh.unanswerable).toBeGreaterThanOrEqual(10);
  });
});
