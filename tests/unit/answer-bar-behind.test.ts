import { describe, expect, it } from 'vitest';
import { ANSWER_COVERAGE, clearsBarBehind } from '../../src/knowledge/search/answer-bar.js';
import type { Analysis, SearchHit } from '../../src/knowledge/search/engine.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const opened = {
  ...madeUpFact('The Harbour line between Port Alba and Bellmouth opened to passengers in March 2021.'),
  id: 'harbour-line-opens',
};

function hit(id: string, score: number, named: number): SearchHit {
  return { fact: { ...opened, id }, score, coverage: 0, named };
}

function ranking(hits: SearchHit[]): Analysis {
  return { hits, unseen: [], covered: hits.map(() => new Set()), partial: [], terms: [] };
}

describe('a fact that clears the bar just behind an under-covered best', () => {
  const best = hit('best', 0.5, 1);
  const next = hit('next', 0.45, 0.5);
  const low = ANSWER_COVERAGE - 0.1;
  const high = ANSWER_COVERAGE + 0.2;

  it('answers when the best falls short of the bar and it is close, named and second or third', () => {
    expect(clearsBarBehind(ranking([best, next]), [low, high], next)).toBe(true);
    expect(clearsBarBehind(ranking([best, hit('x', 0.4, 0), next]), [low, 0, high], next)).toBe(true);
  });
  it('leaves a best that clears the bar itself to the other rules', () => {
    expect(clearsBarBehind(ranking([best, next]), [high, high], next)).toBe(false);
  });
  it('needs the fact close in score, named by the question and near the top', () => {
    const far = hit('far', 0.2, 1);
    expect(clearsBarBehind(ranking([best, far]), [low, high], far)).toBe(false);
    const unnamed = hit('unnamed', 0.45, 0);
    expect(clearsBarBehind(ranking([best, unnamed]), [low, high], unnamed)).toBe(false);
    const fourth = hit('fourth', 0.45, 1);
    const ranked = ranking([best, hit('a', 0.48, 0), hit('b', 0.47, 0), fourth]);
    expect(clearsBarBehind(ranked, [low, 0, 0, high], fourth)).toBe(false);
  });
});
