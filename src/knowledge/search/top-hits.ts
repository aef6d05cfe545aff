import type { Fact } from '../schema.js';

/** A fact that made the list so far, with what rank reports about it. */
export type Ranked = {
  fact: Fact;
  raw: number;
  coverage: number;
  named: number;
  covered: Set<string>;
  partial: Map<string, number>;
};

/** Best first; equal scores by title. */
function compareRanked(a: Ranked, b: Ranked): number {
  return b.raw - a.raw || a.fact.title.localeCompare(b.fact.title);
}

/**
 * Keeps `top` the best `limit` entries seen so far, in order: the same list a stable sort of all entries followed by
 * slice(0, limit) gives (a newcomer goes after entries it ties with), without sorting thousands of weak matches.
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
