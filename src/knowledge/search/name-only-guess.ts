import { capitalisedNames } from './english-words.js';
import type { Analysis } from './engine.js';
import { tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { PLACE_NAMES } from './place-names.js';

/** Capitalised words that are no English word, place or party: parts of a person's or an outlet's name. */
function nameTokens(question: string): Set<string> {
  const names = capitalisedNames(question).filter((w) => !PLACE_NAMES.has(w) && !WEAK_TOKENS.has(w));
  return new Set(names.flatMap((w) => tokenizeQuery(w).map((t) => t.token)));
}

/**
 * "What's <writer>'s take on <topic>": the best fact shares only the person's name with the question (and the
 * parties every fact names), so it says what that person is known for here, not anything on the topic asked. A best
 * guess needs evidence beyond the name.
 */
export function guessRestsOnName(question: string, { hits, covered, terms }: Analysis): boolean {
  if (hits.length === 0) return false;
  const names = nameTokens(question);
  if (names.size === 0) return false;
  const own = [...covered[0]!].filter((t) => !WEAK_TOKENS.has(t));
  const asked = terms.filter((t) => !WEAK_TOKENS.has(t.text) && !names.has(t.text));
  return own.length > 0 && own.every((t) => names.has(t)) && asked.length > 0;
}
