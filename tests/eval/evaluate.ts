import { readFileSync } from 'node:fs';

export interface EvalQuestion {
  q: string;
  expect: string[];
}

export const QUESTIONS: EvalQuestion[] = JSON.parse(readFileSync(new URL('./questions.json', import.meta.url), 'utf8'));

export interface EvalReport {
  answerable: number;
  unanswerable: number;
  top1: number;
  top3: number;
  /** Share of unanswerable questions for which the engine correctly returned nothing. */
  saysIdk: number;
  /** Share of answerable questions for which it wrongly returned nothing. */
  falseIdk: number;
  failures: { q: string; expect: string[]; got: string[] }[];
}

/** Scores any engine that maps a question to ranked fact ids (empty = "I don't know"). */
export function evaluate(rank: (q: string) => string[], questions: EvalQuestion[] = QUESTIONS): EvalReport {
  let top1 = 0;
  let top3 = 0;
  let idk = 0;
  let falseIdk = 0;
  const failures: EvalReport['failures'] = [];
  const answerable = questions.filter((q) => q.expect.length > 0);
  const unanswerable = questions.filter((q) => q.expect.length === 0);
  for (const question of questions) {
    const got = rank(question.q);
    if (question.expect.length === 0) {
      if (got.length === 0) idk++;
      else failures.push({ ...question, got: got.slice(0, 3) });
      continue;
    }
    if (got.length === 0) falseIdk++;
    if (got[0] && question.expect.includes(got[0])) top1++;
    else failures.push({ ...question, got: got.slice(0, 3) });
    if (got.slice(0, 3).some((id) => question.expect.includes(id))) top3++;
  }
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    top1: top1 / answerable.length,
    top3: top3 / answerable.length,
    saysIdk: idk / Math.max(1, unanswerable.length),
    falseIdk: falseIdk / answerable.length,
    failures,
  };
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
