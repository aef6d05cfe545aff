import { askingClause } from './asking.js';
import type { SearchHit } from './engine.js';
import { hitFirst, type Ranked } from './hit-order.js';
import { askedTypes, figureType, valueTypeChecks, type ValueType } from './value-type-checks.js';
import { isChinese } from './chinese-clauses.js';

/** A figure of the asked type comes first when it scores at least this share of the best fact (the even half is flat from 0.9 to 0.98). */
export const UNIT_CLOSE = 0.95;
/**
 * A best that states no value of the asked type is a near miss: a figure of that type comes first from further
 * behind ("how long have they been working together": a fact that says "have long applied"). Even half flat 0.7-0.9.
 */
export const UNIT_CLOSE_NEAR_MISS = 0.8;

/**
 * "How long is the railway": among facts that score about the same, a figure whose own value is of the asked type
 * (1,035 km) answers it, not a fact that only mentions such a value in passing (the railway's opening).
 */
export function unitFirst(question: string, ranked: Ranked, fits: (hit: SearchHit) => boolean): Ranked {
  const { analysis } = ranked;
  const best = analysis.hits[0];
  if (!best || isChinese(question)) return ranked;
  const asked = new Set<ValueType>(askedTypes(askingClause(question)).flatMap((a) => a.types));
  asked.delete('quantity');
  if (asked.size === 0) return ranked;
  const own = (h: SearchHit) => {
    const type = figureType(h.fact);
    return type !== undefined && asked.has(type);
  };
  if (own(best)) return ranked;
  const stated = statedFirst(question, ranked, fits);
  if (stated) return stated;
  const chosen = analysis.hits.findIndex(
    (h, i) => i > 0 && own(h) && fits(h) && h.score >= best.score * (fits(best) ? UNIT_CLOSE : UNIT_CLOSE_NEAR_MISS),
  );
  return chosen > 0 ? hitFirst(ranked, chosen) : ranked;
}

/** How far down a fact that states the asked kind of value may stand, to come before a best that states none. */
const STATED_RANK = 3;

/**
 * "PP-SHV expressway travel time": a best that states no value of the asked kind (the road's traffic) gives way to a
 * close fact, named at least as much, that does (the road's opening, which cuts the trip to two hours).
 */
function statedFirst(question: string, ranked: Ranked, fits: (hit: SearchHit) => boolean): Ranked | undefined {
  const { hits } = ranked.analysis;
  const best = hits[0]!;
  const checks = valueTypeChecks(askingClause(question)).map(([, check]) => check);
  const states = (h: SearchHit) => checks.every((check) => check(h.fact));
  // A best that fits what is asked keeps the closer bar of unitFirst (UNIT_CLOSE).
  if (checks.length === 0 || states(best) || fits(best)) return undefined;
  const chosen = hits.findIndex(
    (h, i) =>
      i > 0 &&
      i < STATED_RANK &&
      h.named > 0 &&
      h.named >= best.named &&
      states(h) &&
      fits(h) &&
      h.score >= best.score * UNIT_CLOSE_NEAR_MISS,
  );
  return chosen > 0 ? hitFirst(ranked, chosen) : undefined;
}
