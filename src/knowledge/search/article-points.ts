import type { Fact } from '../schema.js';
import { askingClause } from './asking.js';
import type { Analysis, SearchHit } from './engine.js';

/**
 * "The three advantages the columnist lays out", "3 main benefits": a small number before a plural noun asks for that
 * many things. A version ("3.0") is no count, nor is a span of time ("three decades of teamwork").
 */
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const COUNTED = /\b(two|three|four|five|six|seven|eight|nine|ten|[2-9](?![.\d]))\s+(?:[a-z]+\s+)?([a-z]{3,}s)\b/i;
const TIME_UNITS = /^(?:years|decades|months|weeks|days|hours|minutes|centuries|times)$/i;
/** How far down the ranking the article a question is about may stand. */
const ARTICLE_HITS = 3;

/** How many things an English question asks for by number (3 for "the three advantages"), if it does. */
export function englishCount(question: string): number | undefined {
  const match = COUNTED.exec(askingClause(question));
  if (!match || TIME_UNITS.test(match[2]!) || /\bhow\s+many\b/i.test(question)) return undefined;
  const word = match[1]!.toLowerCase();
  return /^\d$/.test(word) ? Number(word) : NUMBERS.indexOf(word) + 2;
}

/**
 * The points one article makes, asked for by number ("the three advantages of Version 3.0 the columnist lays out"):
 * a highly ranked fact's article holds exactly one set of that many facts under one tag. The number and the
 * article are the evidence when the question's word for the points ("upsides") is one the facts never use.
 */
export function articlePoints(
  question: string,
  { hits }: Analysis,
  byTag: ReadonlyMap<string, readonly Fact[]>,
  fits: (hit: SearchHit) => boolean,
): { tag: string; facts: Fact[] } | undefined {
  const n = englishCount(question);
  if (n === undefined) return undefined;
  const tried = new Set<string>();
  for (const hit of hits.slice(0, ARTICLE_HITS)) {
    const url = articleOf(hit.fact);
    if (!url || tried.has(url) || !fits(hit)) continue;
    tried.add(url);
    const groups = new Map<string, { tag: string; facts: Fact[] }>();
    let size = 0;
    for (const [tag, tagged] of byTag) {
      const facts = tagged.filter((f) => articleOf(f) === url);
      size = Math.max(size, facts.length);
      if (facts.length === n) groups.set(facts.map((f) => f.id).join(' '), { tag, facts });
    }
    // Points are some of an article's facts: a short article's facts all share its tags, which single none out.
    for (const [key, group] of groups) if (group.facts.length >= size) groups.delete(key);
    // Two sets of that many points leave the number no evidence for either.
    if (groups.size === 1) return [...groups.values()][0];
  }
  return undefined;
}

function articleOf(fact: Fact): string | undefined {
  return fact.sources[0]?.url;
}
