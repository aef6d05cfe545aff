import type { Analysis } from './engine.js';

/** A ranking with each hit's coverage of the question, as the answer rules pass it along. */
export interface Ranked {
  analysis: Analysis;
  coverage: number[];
}

/**
 * The chosen hit moved to the front, the others in their order. `credit` replaces what the chosen hit is credited
 * with (its coverage, the terms it covers) when the rule that chose it reads the question as asking for it.
 */
export function hitFirst(
  { analysis, coverage }: Ranked,
  chosen: number,
  credit: { coverage?: number; covered?: Set<string> } = {},
): Ranked {
  const front = <T>(list: readonly T[]) => [list[chosen]!, ...list.filter((_, i) => i !== chosen)];
  const covered = analysis.covered.map((c, i) => (i === chosen ? (credit.covered ?? c) : c));
  const own = coverage.map((c, i) => (i === chosen ? (credit.coverage ?? c) : c));
  return {
    analysis: { ...analysis, hits: front(analysis.hits), covered: front(covered), partial: front(analysis.partial) },
    coverage: front(own),
  };
}
