import type { Analysis, SearchHit } from './engine.js';
import { coveredBy } from './hit-order.js';
import { tokenizeQuery } from './normalize.js';

/** "The plan that follows Vision 2025", "ASEAN's follow-up plan to …", "what replaces it": what comes after a thing. */
const SUCCESSOR = /\b(?:follows|follow[-\s]?up|successor|succeeds?|replaces?|replacing|comes?\s+after)\b/i;
const RELATION = new Set(
  tokenizeQuery('follows follow up successor succeeds replaces replace comes after').map((t) => t.token),
);

/**
 * A question about what follows a thing it names in full asks for another thing: the named thing's own fact answers it
 * only when it says what follows (covers the relation's word). A fact the question names in part is left to the
 * other checks. Undefined when no successor is asked.
 */
export function successorCheck(asking: string, analysis: Analysis): ((hit: SearchHit) => boolean) | undefined {
  if (!SUCCESSOR.test(asking)) return undefined;
  return (hit) => {
    const covered = coveredBy(analysis, hit);
    return hit.named < 1 || covered === undefined || [...covered].some((t) => RELATION.has(t));
  };
}
