import { tokenizeQuery } from './normalize.js';
import { wordNetRelations, type Relative } from './wordnet.js';

/** A WordNet relative as index tokens ("time period" → [time, period]), with how it is related. */
export interface RelatedTokens extends Relative {
  tokens: string[];
}

const cache = new Map<string, readonly RelatedTokens[]>();
const CACHE_LIMIT = 5000;

/** A word's WordNet relatives (see wordNetRelations) as index tokens. */
export function relatedTokens(word: string): readonly RelatedTokens[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const own = tokenizeQuery(word).map((t) => t.token);
  const lists = wordNetRelations(word)
    .map((relative) => ({ tokens: tokenizeQuery(relative.lemma).map((t) => t.token), ...relative }))
    // A relative that is the word's own stem ("perk" of "perks") says nothing the word did not; one that loses a
    // word to the stopwords ("write up", "turn on") is a phrasal verb its remaining word does not mean.
    .filter(
      ({ lemma, tokens }) =>
        tokens.length === lemma.split(' ').length && !(tokens.length === 1 && own.includes(tokens[0]!)),
    );
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, lists);
  return lists;
}
