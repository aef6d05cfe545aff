import { americanSpellings } from './spelling.js';
import { firstTag } from './tagger-lexicon.js';

/** Whether the word is most often a noun (a ticket, a price, a colour); false for words the lexicon lacks. */
export function isLikelyNoun(word: string): boolean {
  const tag = firstTag(word);
  if (tag !== undefined) return tag.startsWith('NN');
  // The lexicon is American: a British spelling it lacks (colour, harbour, centre) is looked up as the American one.
  return americanSpellings(word).some((w) => firstTag(w)?.startsWith('NN') === true);
}
