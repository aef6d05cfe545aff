import type { Fact } from '../schema.js';
import { firstTag } from './tagger-lexicon.js';

/**
 * Superlatives ("largest", "busiest", "most"): words whose most frequent tag in wink-lexicon's tagger lexicon is JJS
 * or RBS, or "-est" forms of its adjectives. A question that asks for the top of a ranking ("which one trades the
 * most", "the biggest investor") is answered only by a fact that ranks something: one that states a superlative or a
 * rank ("top", "No. 1"), not one that gives a single value among several.
 */
const isAdjective = (word: string) => firstTag(word) === 'JJ';

/**
 * A superlative of the lexicon, or one it lacks formed from an adjective it has: large-st, busy → busi-est,
 * big → bigg-est, long-est.
 */
export function isSuperlative(word: string): boolean {
  const tag = firstTag(word);
  if (tag === 'JJS' || tag === 'RBS') return true;
  if (!word.endsWith('est') || word.length < 6) return false;
  const stem = word.slice(0, -3);
  return (
    isAdjective(stem) ||
    isAdjective(`${stem}e`) ||
    (stem.endsWith('i') && isAdjective(`${stem.slice(0, -1)}y`)) ||
    (stem.at(-1) === stem.at(-2) && isAdjective(stem.slice(0, -1)))
  );
}

/** A rank said without a superlative: "top", "No. 1", "number one", "leading", "first place", "ranked". */
const RANK = /\b(?:top|no\.?\s*1|number\s+one|leading|first\s+place|rank(?:s|ed|ing)?|record|peak)\b/i;
const ranks = new WeakMap<Fact, boolean>();

export function statesRank(fact: Fact): boolean {
  let cached = ranks.get(fact);
  if (cached === undefined) {
    const text = `${fact.title} ${fact.aliases.join(' ')} ${fact.summary} ${fact.details ?? ''}`;
    cached = RANK.test(text) || (text.toLowerCase().match(/[a-z]+/g) ?? []).some(isSuperlative);
    ranks.set(fact, cached);
  }
  return cached;
}
