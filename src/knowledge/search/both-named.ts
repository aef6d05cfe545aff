import type { Fact } from '../schema.js';
import { ANSWER_COVERAGE } from './answer-bar.js';
import type { Analysis, SearchHit } from './engine.js';
import { nameTokens } from './fact-names.js';

/**
 * "Hard vs soft connectivity", "the 'hard' side and the 'soft' side": a question that names the two best facts in
 * full, each by a word of its own names that the other's names lack, asks about both. Undefined otherwise.
 */
export function bothNamed(
  { hits, terms }: Analysis,
  coverage: readonly number[],
  fits: (hit: SearchHit) => boolean,
): [Fact, Fact] | undefined {
  const [first, second] = hits;
  if (!first || !second) return undefined;
  const answers = (h: SearchHit, i: number) => h.named === 1 && coverage[i]! >= ANSWER_COVERAGE && fits(h);
  if (!answers(first, 0) || !answers(second, 1)) return undefined;
  const asked = new Set(terms.map((t) => t.text));
  const [a, b] = [nameTokens(first.fact), nameTokens(second.fact)];
  const ownWordAsked = (own: ReadonlySet<string>, other: ReadonlySet<string>) =>
    [...own].some((t) => !other.has(t) && asked.has(t));
  return ownWordAsked(a, b) && ownWordAsked(b, a) ? [first.fact, second.fact] : undefined;
}
