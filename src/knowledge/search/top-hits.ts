import type { Fact } from '../schema.js';

/** A fact that made the list so far, with what rank reports about it. */
export type Ranked = {
  fact: Fact;
  raw: number;
  /** Where the fact came in the pass over the candidates: equal scores and titles keep that order. */
  seq: number;
  coverage: number;
  named: number;
  covered: Set<string>;
  partial: Map<string, number>;
};

type Compared = Pick<Ranked, 'fact' | 'raw' | 'seq'>;

/** Best first; equal scores by title, then in the pass's order. */
function compareRanked(a: Compared, b: Compared): number {
  return b.raw - a.raw || a.fact.title.localeCompare(b.fact.title) || a.seq - b.seq;
}

/** Whether an entry would enter `top` (checked before building what it reports). */
export function makesTop(top: readonly Ranked[], raw: number, fact: Fact, seq: number, limit: number): boolean {
  return top.length < limit || compareRanked({ fact, raw, seq }, top[limit - 1]!) < 0;
}

/**
 * Keeps `top` the best `limit` entries seen so far, in order: the same list a stable sort of all entries in `seq`
 * order followed by slice(0, limit) gives, whatever order they come in, without sorting thousands of weak matches.
 */
export function keepTop(top: Ranked[], entry: Ranked, limit: number): void {
  if (top.length === limit && compareRanked(entry, top[limit - 1]!) >= 0) return;
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareRanked(entry, top[mid]!) < 0) hi = mid;
    else lo = mid + 1;
  }
  top.splice(lo, 0, entry);
  if (top.length > limit) top.pop();
}
