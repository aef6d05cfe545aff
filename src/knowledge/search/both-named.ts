import type { Fact } from '../schema.js';
import { ANSWER_COVERAGE } from './answer-bar.js';
import type { Analysis, SearchHit } from './engine.js';
import { nameTokens } from './fact-names.js';

/**
 * "Hard vs soft connectivity", "the 'hard' side and the 'soft' side": a question that names the two best facts in
 * full, each by a word of its own names that the other's names lack, asks about both, and about each fact after them
 * named so too ("…with each of Vietnam, Malaysia, Indonesia, Thailand and Singapore"). Undefined otherwise.
 */
export function bothNamed(
  { hits, terms }: Analysis,
  coverage: readonly number[],
  fits: (hit: SearchHit) => boolean,
): Fact[] | undefined {
  const [first, second] = hits;
  if (!first || !second) return undefined;
  const answers = (h: SearchHit, i: number) => h.named === 1 && coverage[i]! >= ANSWER_COVERAGE && fits(h);
  if (!answers(first, 0) || !answers(second, 1)) return undefined;
  const asked = new Set(terms.map((t) => t.text));
  const [a, b] = [nameTokens(first.fact), nameTokens(second.fact)];
  const ownWordAsked = (own: ReadonlySet<string>, other: ReadonlySet<string>) =>
    [...own].some((t) => !other.has(t) && asked.has(t));
  if (!ownWordAsked(a, b) || !ownWordAsked(b, a)) return undefined;
  // "…with each of Vietnam, Malaysia, Indonesia, Thailand and Singapore": more facts named so, each by a word of its own.
  const chosen = [first, second];
  for (const [i, h] of hits.entries()) {
    if (i < 2) continue;
    const own = nameTokens(h.fact);
    if (
      !answers(h, i) ||
      !chosen.every((c) => ownWordAsked(own, nameTokens(c.fact)) && ownWordAsked(nameTokens(c.fact), own))
    )
      break;
    chosen.push(h);
  }
  return chosen.map((h) => h.fact);
}
