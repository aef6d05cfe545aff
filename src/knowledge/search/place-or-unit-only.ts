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

/** Units and magnitudes: what a figure is counted in, never what it is about. */
const UNIT_TOKENS = new Set([
  'usd',
  'rmb',
  'dollar',
  'euro',
  'percent',
  'billion',
  'trillion',
  'million',
  'km',
  'kilometr',
  'mile',
]);

/**
 * Whether the i-th hit shares with the question only units and numbers ("whats 100 usd in rmb today" meets a trade
 * figure in both currencies): a unit says what a value is counted in, not what it is about.
 */
export function unitsOnly({ covered }: Analysis, i: number): boolean {
  const words = [...covered[i]!];
  // A year is evidence of its own ("2025 is the first year of what").
  return words.some((w) => UNIT_TOKENS.has(w)) && words.every((w) => UNIT_TOKENS.has(w) || /^\d{1,3}$/.test(w));
}
