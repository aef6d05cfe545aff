import type { SearchHit } from './engine.js';
import { hitFirst, type Ranked } from './hit-order.js';

/** How close to the best a fact must score to tie with it. */
const TIE = 0.98;

/**
 * "What have three decades of cooperation helped build?": two facts score alike, one on the name of what the question
 * starts from (the decades of dialogue), the other on every word the first covers and more (what it helped build).
 * The one that covers the whole question comes first.
 */
export function widerFirst(ranked: Ranked, fits: (hit: SearchHit) => boolean): Ranked {
  const { hits, covered } = ranked.analysis;
  const [best, second] = hits;
  if (!best || !second || !fits(second) || second.score < best.score * TIE) return ranked;
  const [a, b] = [covered[0]!, covered[1]!];
  // A year or figure the asker gives is checked against the facts, not matched: it widens nothing.
  const more = [...b].filter((t) => !a.has(t) && !/^\d/.test(t));
  const wider = more.length > 0 && [...a].every((t) => b.has(t)) && ranked.coverage[1]! > ranked.coverage[0]!;
  return wider ? hitFirst(ranked, 1) : ranked;
}
