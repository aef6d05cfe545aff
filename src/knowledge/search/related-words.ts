import { tokenizeQuery } from './normalize.js';
import { wordNetRelatives } from './wordnet.js';

const cache = new Map<string, readonly string[][]>();
const CACHE_LIMIT = 5000;

/**
 * A word's WordNet relatives (see wordNetRelatives) as index tokens, one list per relative ("time period" → [time,
 * period]); relatives made only of stopwords are left out.
 */
export function relatedTokens(word: string): readonly string[][] {
  const cached = cache.get(word);
  if (cached) return cached;
  const own = tokenizeQuery(word).map((t) => t.token);
  const lists = wordNetRelatives(word)
    .map((w) => tokenizeQuery(w).map((t) => t.token))
    // A relative that is the word's own stem ("perk" of "perks") says nothing the word did not.
    .filter((tokens) => tokens.length > 0 && !(tokens.length === 1 && own.includes(tokens[0]!)));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, lists);
  return lists;
}
