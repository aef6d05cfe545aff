import type { Analysis } from './engine.js';
import { frequencyRank } from './word-frequency.js';

/** A word among this many of the most used in everyday English ("set", "meet", "pass", "drive") names no topic. */
const EVERYDAY_RANK = 1000;
/**
 * A fact whose names the question gives this much is asked about, whatever the words. Below it, a name met only by an
 * everyday word ("meeting" of "ministerial meeting") is no more evidence than its text (0.4 to 1 measured the same).
 */
const NAMED_IN_FULL = 0.5;

/**
 * Whether the i-th hit shares with the question only everyday words, and not half its names ("set a reminder for my
 * 3pm meeting" meets a fact on talks concluded at a meeting; "tips for passing a driving test" one on vehicles passing
 * a count): such a match is no evidence about the fact.
 */
export function everydayOnly({ hits, covered }: Analysis, i: number): boolean {
  const hit = hits[i];
  if (!hit || hit.named >= NAMED_IN_FULL) return false;
  const words = [...covered[i]!];
  return words.length > 0 && words.every((w) => (frequencyRank(w) ?? Infinity) <= EVERYDAY_RANK);
}
