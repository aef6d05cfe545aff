import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Fact } from '../schema.js';

/**
 * Superlatives ("largest", "busiest", "most"): words whose most frequent tag in wink-lexicon's tagger lexicon is JJS
 * or RBS, or "-est" forms of its adjectives. A question that asks for the top of a ranking ("which one trades the
 * most", "the biggest investor") is answered only by a fact that ranks something: one that states a superlative or a
 * rank ("top", "No. 1"), not one that gives a single value among several.
 */
let lists: { superlatives: Set<string>; adjectives: Set<string> } | undefined;

function load(): { superlatives: Set<string>; adjectives: Set<string> } {
  const text = readFileSync(createRequire(import.meta.url).resolve('wink-lexicon/src/lexicon.js'), 'utf8');
  const superlatives = new Set<string>();
  const adjectives = new Set<string>();
  for (const m of text.matchAll(/^lexicon(?:\.([a-z]+)|\[ '([a-z]+)' \]) = A_(JJS|RBS|JJ)(?=[_;])/gm))
    (m[3] === 'JJ' ? adjectives : superlatives).add(m[1] ?? m[2]!);
  return { superlatives, adjectives };
}

/** Loads the list now rather than on the first question that needs it. */
export function loadSuperlatives(): void {
  lists ??= load();
}

/**
 * A superlative of the lexicon, or one it lacks formed from an adjective it has: large-st, busy → busi-est,
 * big → bigg-est, long-est.
 */
export function isSuperlative(word: string): boolean {
  const { superlatives, adjectives } = (lists ??= load());
  if (superlatives.has(word)) return true;
  if (!word.endsWith('est') || word.length < 6) return false;
  const stem = word.slice(0, -3);
  return (
    adjectives.has(stem) ||
    adjectives.has(`${stem}e`) ||
    (stem.endsWith('i') && adjectives.has(`${stem.slice(0, -1)}y`)) ||
    (stem.at(-1) === stem.at(-2) && adjectives.has(stem.slice(0, -1)))
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
