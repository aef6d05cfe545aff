import type { Fact } from '../schema.js';
import { fold } from './normalize.js';
import type { SearchHit } from './search-types.js';

/** Suggestions that do not start a name must score at least this share of the best one. */
const SUGGEST_TAIL = 0.5;
/** Beside names that match what is typed, at most this many other matches. */
const MAX_TAIL = 5;

/** Autocomplete's order of the hits for what is typed so far (`typed` trimmed). */
export function orderSuggestions(hits: readonly SearchHit[], typed: string, limit: number): Fact[] {
  // What the member is typing is usually (the start of) a name: names as typed first, then names that start the
  // same once folded, then names holding every typed word; other matches only when they are strong.
  const floor = (hits[0]?.score ?? 0) * SUGGEST_TAIL;
  const folded = fold(typed);
  const tiers = hits.map((h) => ({
    fact: h.fact,
    tier: nameTier(h.fact, typed, folded) ?? (h.score >= floor ? 3 : 4),
  }));
  const named = tiers.filter((t) => t.tier < 3).sort((a, b) => a.tier - b.tier);
  const others = tiers.filter((t) => t.tier === 3).slice(0, named.length ? MAX_TAIL : limit);
  return [...named, ...others].map((t) => t.fact);
}

/** Each fact's names folded, kept per fact object (a change to a fact is a new object): autocomplete reads them per hit. */
const foldedNames = new WeakMap<Fact, string[]>();

function foldedNamesOf(fact: Fact): string[] {
  let names = foldedNames.get(fact);
  if (!names) {
    names = [fact.title, ...fact.aliases].map(fold);
    foldedNames.set(fact, names);
  }
  return names;
}

/**
 * 0: a name starts with the text as typed; 1: the same once folded (`folded` = fold(typed)); 2: a name holds every
 * typed word (the last as a prefix).
 */
function nameTier(fact: Fact, typed: string, folded: string): 0 | 1 | 2 | undefined {
  const names = [fact.title, ...fact.aliases];
  const lower = typed.toLowerCase();
  if (names.some((n) => n.toLowerCase().startsWith(lower))) return 0;
  const folds = foldedNamesOf(fact);
  if (folds.some((n) => n.startsWith(folded))) return 1;
  const words = folded.split(' ');
  const last = words.pop() ?? '';
  const holds = (n: string) => {
    const nameWords = n.split(' ');
    return words.every((w) => nameWords.includes(w)) && nameWords.some((w) => w.startsWith(last));
  };
  return folds.some(holds) ? 2 : undefined;
}

export function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
