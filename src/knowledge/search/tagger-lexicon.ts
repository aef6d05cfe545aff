import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Each word of wink-lexicon's tagger lexicon (13,000 common words with their part-of-speech tags, most frequent
 * first) with its most frequent tag ("price" → NN, "largest" → JJS). Read once as text, not by evaluating the module
 * (about 20 ms and 7 MB for objects we do not need).
 */
let firstTags: Map<string, string> | undefined;

function load(): Map<string, string> {
  const text = readFileSync(createRequire(import.meta.url).resolve('wink-lexicon/src/lexicon.js'), 'utf8');
  const map = new Map<string, string>();
  // Entries read "lexicon.price = A_NN_VBP_VB;" or "lexicon[ 'x' ] = A_…;": the first tag (NN, JJS, PRP$…) follows "A_".
  for (const m of text.matchAll(/^lexicon(?:\.([a-z]+)|\[ '([a-z]+)' \]) = A_([A-Z$]+)/gm))
    map.set(m[1] ?? m[2]!, m[3]!);
  return map;
}

/** The word's most frequent tag, or undefined for a word the lexicon lacks. */
export function firstTag(word: string): string | undefined {
  return (firstTags ??= load()).get(word);
}

/** Reads the lexicon now rather than on the first question that needs it. */
export function loadTaggerLexicon(): void {
  firstTags ??= load();
}
