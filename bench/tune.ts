/**
 * Chooses a baseline's "I don't know" threshold on the development sets only: the threshold on its own top score
 * that maximises overall correct (right fact first + rightly "I don't know") over the given questions.
 */
import { evaluate, type EvalQuestion, type EvalReport } from '../tests/eval/evaluate.js';
import { thresholdAnswer, type ScoredHit, type Scorer } from './engines.js';

export interface Tuned {
  threshold: number;
  /** Overall correct on the tuning questions at that threshold, and with no threshold at all. */
  overall: number;
  overallWithout: number;
  questions: number;
}

export const overallCorrect = (r: EvalReport) =>
  (r.top1 * r.answerable + r.saysIdk * r.unanswerable) / Math.max(1, r.answerable + r.unanswerable);

export function tuneThreshold(scorer: Scorer, questions: EvalQuestion[]): Tuned {
  const cache = new Map<string, ScoredHit[]>();
  for (const q of questions) if (!cache.has(q.q)) cache.set(q.q, scorer.hits(q.q, 3));
  const score = (t: number | undefined) =>
    overallCorrect(evaluate((q) => thresholdAnswer(scorer, cache.get(q)!, t), questions));
  // Only the top scores matter; a threshold halfway between two neighbouring ones stands for everything between.
  const tops = [...new Set([...cache.values()].flatMap((h) => (h[0] ? [h[0].score] : [])))].sort((a, b) => a - b);
  const candidates = [-Infinity, ...tops.slice(1).map((s, i) => (tops[i]! + s) / 2), Infinity];
  // From the most permissive threshold to the strictest, so ties go to answering more.
  if (scorer.better === 'lower') candidates.reverse();
  let best = { threshold: candidates[0]!, overall: -1 };
  for (const t of candidates) {
    const overall = score(t);
    if (overall > best.overall) best = { threshold: t, overall };
  }
  return { ...best, overallWithout: score(undefined), questions: questions.length };
}
