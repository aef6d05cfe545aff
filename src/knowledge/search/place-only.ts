import type { Analysis } from './engine.js';
import { tokenizeQuery } from './normalize.js';
import { PLACE_NAMES } from './place-names.js';

/** "In Jakarta", "in vietnamese": a place (or its language) the question gives as where, after "in". */
const IN_PLACE = /\bin\s+(?:the\s+)?([a-z]+)/gi;

function placesAfterIn(question: string): Set<string> {
  const words = [...question.toLowerCase().matchAll(IN_PLACE)].map((m) => m[1]!);
  // A language or people named for the place ("vietnamese", "indonesian") is read as the place.
  const places = words.filter((w) => [w, w.replace(/ese$/, ''), w.replace(/n$/, '')].some((p) => PLACE_NAMES.has(p)));
  return new Set(tokenizeQuery(places.join(' ')).map((t) => t.token));
}

/**
 * Whether the i-th hit shares with the question only a place the question gives as where ("What time is it in
 * Jakarta", "how do u say hello in vietnamese"): a fact that names the place is about it, not about what is asked
 * there.
 */
export function placeOnly(question: string, { covered }: Analysis, i: number): boolean {
  const places = placesAfterIn(question);
  if (places.size === 0) return false;
  const words = [...covered[i]!];
  return words.length > 0 && words.every((w) => places.has(w));
}
