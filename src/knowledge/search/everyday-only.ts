import type { Analysis } from './engine.js';
import { frequencyRank } from './word-frequency.js';

/** A word among this many of the most used in everyday English ("set", "meet", "pass", "drive") names no topic. */
const EVERYDAY_RANK = 1000;

/**
 * Whether the i-th hit shares with the question only everyday words and none of its names' words ("set a reminder for
 * my meeting" meets a fact saying talks were set to meet; "tips for passing a driving test" one on vehicles passing a
 * count): such a match is no evidence about the fact.
 */
export function everydayOnly({ hits, covered }: Analysis, i: number): boolean {
  const hit = hits[i];
  if (!hit || hit.named > 0) return false;
  const words = [...covered[i]!];
  return words.length > 0 && words.every((w) => (frequencyRank(w) ?? Infinity) <= EVERYDAY_RANK);
}
