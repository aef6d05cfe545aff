import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Which Chinese words are not names of things. A word the base has never seen counts against an answer because it
 * usually names something the base does not cover (天气, 汇率, 员工, 榴莲); verbs, adverbs, adjectives, pronouns,
 * numerals and the like (通往, 修好, 越来越, 发挥, 具体, 这类, 一块) rephrase a question instead, so they count less.
 * The part of speech is that of jieba's dictionary (349,000 words with tags), read from the file @node-rs/jieba ships;
 * jieba's segmenter itself is never loaded.
 */
const NOT_NOMINAL = new Set(
  'v vd vg vi vq a ad ag b d dg df r rr rz rg m mg mq q c p u ul uv ud uj uz ug f y e o z zg k h'.split(' '),
);

let words: Set<string> | undefined;

/** jieba's dictionary: one word a line, "word frequency tag". */
function load(): Set<string> {
  const set = new Set<string>();
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Without the dictionary every unseen word counts in full, as before.
    return set;
  }
  // Walked in place: splitting 349,000 lines into strings first costs tens of MB for a moment.
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const first = text.indexOf(' ', start);
    const last = text.lastIndexOf(' ', end);
    if (first > start && first < end && last > first && last < end) {
      const tag = text.slice(last + 1, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      if (NOT_NOMINAL.has(tag)) set.add(text.slice(start, first));
    }
    start = end + 1;
  }
  return set;
}

/** Loads the dictionary now rather than on the first Chinese question that needs it. */
export function loadChinesePartsOfSpeech(): void {
  words ??= load();
}

/** How much an unseen word that is not a name of things counts, against one that is (chosen on dev-zh and dev-zh2's even half). */
const REPHRASING_WEIGHT = 0.25;
const HAN = /\p{Script=Han}/u;

/** The share of the unseen-word weight a word the base has never seen carries (1 unless it is Chinese and not a noun). */
export function unseenShare(word: string): number {
  if (!HAN.test(word)) return 1;
  // A lone character the base never saw as a word is mostly a piece the segmenter cut off an unknown word (其效).
  if (Array.from(word).length === 1) return REPHRASING_WEIGHT;
  return isNotNominal(word) ? REPHRASING_WEIGHT : 1;
}

/** True when jieba's dictionary tags the word as something other than a noun, name, place, time or set phrase. */
export function isNotNominal(word: string): boolean {
  return (words ??= load()).has(word);
}
