import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { americanSpellings } from './spelling.js';

/**
 * Words whose most frequent part of speech is a noun (wink-lexicon's tagger lexicon: 13,000 common words with their
 * tags, most frequent first). Read as text on first use, one Set of strings, instead of evaluating the module (about
 * 20 ms and 7 MB for objects we do not need).
 */
/** Every word of the tagger lexicon: whether its most frequent tag is a noun. */
let nouns: Map<string, boolean> | undefined;

function load(): Map<string, boolean> {
  const text = readFileSync(createRequire(import.meta.url).resolve('wink-lexicon/src/lexicon.js'), 'utf8');
  const map = new Map<string, boolean>();
  // Entries read "lexicon.price = A_NN_VBP_VB;" or "lexicon[ 'x' ] = A_…;": the first tag (NN, NNS, NNP…) follows "A_".
  for (const m of text.matchAll(/^lexicon(?:\.([a-z]+)|\[ '([a-z]+)' \]) = A_([A-Z$]+)/gm))
    map.set(m[1] ?? m[2]!, m[3]!.startsWith('NN'));
  return map;
}

/** Loads the list now rather than on the first question that needs it. */
export function loadLikelyNouns(): void {
  nouns ??= load();
}

/** Whether the word is most often a noun (a ticket, a price, a colour); false for words the lexicon lacks. */
export function isLikelyNoun(word: string): boolean {
  nouns ??= load();
  const tagged = nouns.get(word);
  if (tagged !== undefined) return tagged;
  // The lexicon is American: a British spelling it lacks (colour, harbour, centre) is looked up as the American one.
  const known = nouns;
  return americanSpellings(word).some((w) => known.get(w) === true);
}
