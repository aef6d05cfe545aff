import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Each word of wink-lexicon's tagger lexicon (13,000 common words with their part-of-speech tags, most frequent
 * first) with its most frequent tag ("price" → NN, "largest" → JJS). Read once as text, not by evaluating the module
 * (about 20 ms and 7 MB for objects we do not need).
 */
let allTags: Map<string, string> | undefined;

function load(): Map<string, string> {
  const text = readFileSync(createRequire(import.meta.url).resolve('wink-lexicon/src/lexicon.js'), 'utf8');
  const map = new Map<string, string>();
  // Entries read "lexicon.price = A_NN_VBP_VB;" or "lexicon[ 'x' ] = A_…;": the tags (NN, JJS, PRP$…) follow "A_".
  for (const m of text.matchAll(/^lexicon(?:\.([a-z]+)|\[ '([a-z]+)' \]) = A_([A-Z$_]+)/gm))
    map.set(m[1] ?? m[2]!, m[3]!);
  return map;
}

/** The word's most frequent tag, or undefined for a word the lexicon lacks. */
export function firstTag(word: string): string | undefined {
  return (allTags ??= load()).get(word)?.split('_')[0];
}

/** Whether the lexicon knows the word as a verb at all ("hook", "stretch": nouns first, verbs too). */
export function canBeVerb(word: string): boolean {
  return (
    (allTags ??= load())
      .get(word)
      ?.split('_')
      .some((t) => t.startsWith('VB')) ?? false
  );
}

/** Reads the lexicon now rather than on the first question that needs it. */
export function loadTaggerLexicon(): void {
  allTags ??= load();
}
