import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Words whose most frequent part of speech is a noun (wink-lexicon's tagger lexicon: 13,000 common words with their
 * tags, most frequent first). Read as text on first use, one Set of strings, instead of evaluating the module (about
 * 20 ms and 7 MB for objects we do not need).
 */
let nouns: Set<string> | undefined;

function load(): Set<string> {
  const text = readFileSync(createRequire(import.meta.url).resolve('wink-lexicon/src/lexicon.js'), 'utf8');
  const set = new Set<string>();
  // Entries read "lexicon.price = A_NN_VBP_VB;" or "lexicon[ 'x' ] = A_…;": the first tag follows "A_".
  for (const m of text.matchAll(/^lexicon(?:\.([a-z]+)|\[ '([a-z]+)' \]) = A_NN/gm)) set.add(m[1] ?? m[2]!);
  return set;
}

/** Loads the list now rather than on the first question that needs it. */
export function loadLikelyNouns(): void {
  nouns ??= load();
}

/** Whether the word is most often a noun (a ticket, a price); false for words the lexicon lacks. */
export function isLikelyNoun(word: string): boolean {
  nouns ??= load();
  return nouns.has(word);
}
