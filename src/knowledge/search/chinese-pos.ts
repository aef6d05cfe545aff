import { readFileSync, writeFileSync } from 'node:fs';
import { lowerBoundAt } from '../sorted.js';
import { withoutEdgeParticles } from './chinese.js';
import { readPackageFile } from './package-file.js';

/**
 * Which Chinese words are not names of things. A word the base has never seen counts against an answer because it
 * usually names something the base does not cover (天气, 汇率, 员工, 榴莲); verbs, adverbs, adjectives, pronouns,
 * numerals and the like (通往, 修好, 越来越, 发挥, 具体, 这类, 一块) rephrase a question instead, so they count less.
 * The part of speech is that of jieba's dictionary (349,000 words with tags, 57,000 of them kept), read from the file @node-rs/jieba ships;
 * jieba's segmenter itself is never loaded.
 */
const NOT_NOMINAL = new Set(
  'v vd vg vi vq a ad ag b d dg df r rr rz rg m mg mq q c p u ul uv ud uj uz ug f y e o z zg k h'.split(' '),
);

/**
 * The words, 2–4 characters long (a lone character is handled apart, longer words are rare in questions), sorted and
 * joined by newlines into one string, with each word's start: about 1 MB, where a Set of the same 57,000 strings
 * held about 10 MB.
 */
export interface Packed {
  text: string;
  starts: Int32Array;
}

let packed: Packed | undefined;

/** A tag of one or two ASCII letters as one number (two-letter tags are the only kind NOT_NOMINAL holds). */
const tagKey = (first: number, second = 0) => first * 256 + second;
const NOT_NOMINAL_KEYS = new Set([...NOT_NOMINAL].map((tag) => tagKey(tag.charCodeAt(0), tag.charCodeAt(1) || 0)));

/** Whether a line (start to lineEnd, its first and last space) is a 2–4 character word tagged as not nominal. */
function isKept(view: Uint8Array, start: number, first: number, last: number, lineEnd: number): boolean {
  const tagLength = lineEnd - last - 1;
  // 2–4 Chinese characters are 6–12 bytes; the tag is what follows the last space.
  if (first < start + 6 || first > start + 12 || last <= first || tagLength < 1 || tagLength > 2) return false;
  return NOT_NOMINAL_KEYS.has(tagKey(view[last + 1]!, tagLength === 2 ? view[last + 2] : 0));
}

/** jieba's dictionary: one word a line, "word frequency tag". */
export function fromDictionary(): Packed {
  const bytes = readPackageFile('@node-rs/jieba', 'dict.txt');
  // Without the dictionary every unseen word counts in full, as before.
  if (!bytes) return { text: '', starts: new Int32Array(0) };
  const words: string[] = [];
  // Walked byte by byte in one loop (spaces and newlines are single bytes in UTF-8), decoding only the words kept: the
  // file as one string, or split into 349,000 lines, would cost tens of MB for a moment, and a native call or two per
  // line (indexOf, a string for each tag) cost a quarter of a second of start-up.
  const SPACE = 0x20;
  const NEWLINE = 0x0a;
  const RETURN = 0x0d;
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  let start = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < view.length; i++) {
    const byte = view[i];
    if (byte === SPACE) {
      if (first < 0) first = i;
      last = i;
    } else if (byte === NEWLINE) {
      if (isKept(view, start, first, last, i > start && view[i - 1] === RETURN ? i - 1 : i))
        words.push(bytes.toString('utf8', start, first));
      start = i + 1;
      first = -1;
      last = -1;
    }
  }
  // A last line without a newline.
  if (isKept(view, start, first, last, view.length)) words.push(bytes.toString('utf8', start, first));
  const sorted = [...new Set(words)].sort();
  const starts = new Int32Array(sorted.length + 1);
  let at = 0;
  sorted.forEach((w, i) => {
    starts[i] = at;
    at += w.length + 1;
  });
  starts[sorted.length] = at;
  return { text: sorted.join('\n') + '\n', starts };
}

/**
 * The words as `npm run build` writes them next to the compiled module: reading their 470 KB is a few milliseconds of
 * start-up where walking jieba's 5 MB dictionary is a few hundred (the index needs them before the bot is ready).
 */
const BUILT = new URL('./chinese-not-nominal.txt', import.meta.url);

/** Writes the words for BUILT (called by scripts/build.mjs on the compiled module). */
export function writeBuiltWords(): void {
  writeFileSync(BUILT, fromDictionary().text);
}

/** The words as written to BUILT, with each word's start found again. */
export function unpack(text: string): Packed {
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return { text, starts: Int32Array.from(starts) };
}

function load(): Packed {
  let text: string;
  try {
    text = readFileSync(BUILT, 'utf8');
  } catch {
    // Not built (src/ under tsx, as the tests run): from the dictionary itself.
    return fromDictionary();
  }
  return unpack(text);
}

function has({ text, starts }: Packed, word: string): boolean {
  const count = starts.length - 1;
  const entryAt = (i: number) => text.slice(starts[i], starts[i + 1]! - 1);
  const at = lowerBoundAt(count, word, entryAt);
  return at < count && entryAt(at) === word;
}

/** Loads the dictionary now rather than on the first Chinese question that needs it. */
export function loadChinesePartsOfSpeech(): void {
  packed ??= load();
}

/** How much an unseen word that is not a name of things counts, against one that is (chosen on dev-zh and dev-zh2's even half). */
const REPHRASING_WEIGHT = 0.25;
const HAN = /\p{Script=Han}/u;

/** The share of the unseen-word weight a word the base has never seen carries (1 unless it is Chinese and not a noun). */
export function unseenShare(word: string): number {
  if (!HAN.test(word)) return 1;
  // What the word is is what it is without the particles glued to it: 搞了 is the verb 搞.
  word = withoutEdgeParticles(word);
  // A lone character the base never saw as a word is mostly a piece the segmenter cut off an unknown word (其效).
  if (Array.from(word).length === 1) return REPHRASING_WEIGHT;
  return isNotNominal(word) ? REPHRASING_WEIGHT : 1;
}

/** True when jieba's dictionary tags the word as something other than a noun, name, place, time or set phrase. */
export function isNotNominal(word: string): boolean {
  const length = Array.from(word).length;
  return length >= 2 && length <= 4 && has((packed ??= load()), word);
}
