/** Whether a fact found for the second part of a two-part question belongs beside the first part's fact. */
import type { Fact } from '../schema.js';
import type { FactSearch } from './engine.js';
import { isEnglishWord } from './english-words.js';
import { isFiller, tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { firstTag } from './tagger-lexicon.js';

/** How far down a part's ranking a fact may stand and still count as one of that part's facts. */
const PART_RANKS = 8;

/**
 * A part that points back ("which outlet ran it") asks about the subject the first part names: a fact for it must be
 * one of the first part's facts and hold a word of it that the first fact holds (not a railway for an op-ed's "ran").
 */
export function aboutSubject(search: FactSearch, left: string, first: Fact, candidate: Fact, right = ''): boolean {
  const { hits, covered } = search.analyze(withoutAdverbs(left), { limit: PART_RANKS });
  const i = hits.findIndex((h) => h.fact.id === first.id);
  const j = hits.findIndex((h) => h.fact.id === candidate.id);
  if (i < 0) return false;
  // "They" after a part that names two parties (China, ASEAN) is the two of them: a fact whose title names both is
  // about them, however the first part's other words rank it.
  const parties = [...covered[i]!].filter((t) => WEAK_TOKENS.has(t));
  if (THEY.test(right) && parties.length >= 2) {
    const titled = new Set(tokenizeQuery(candidate.title).map((t) => t.token));
    if (parties.every((t) => titled.has(t))) return true;
  }
  if (j >= 0) return [...covered[j]!].some((t) => covered[i]!.has(t) && !WEAK_TOKENS.has(t));
  // Ranked too far down for the first part alone (one of many facts on FTA 3.0): its title must name the subject the
  // first part and its fact's title share.
  const titleOf = (fact: Fact) => new Set(tokenizeQuery(fact.title).map((t) => t.token));
  const [own, other] = [titleOf(first), titleOf(candidate)];
  return [...covered[i]!].some((t) => !WEAK_TOKENS.has(t) && own.has(t) && other.has(t));
}

const THEY = /\b(?:they|their|them)\b/i;

/**
 * The part with its adverbs left out: how a thing is done ("formally signed") names no subject, yet its word ranks
 * other facts that hold it (every formal signing) above the subject's own facts.
 */
export function withoutAdverbs(part: string): string {
  return part.replace(/[a-z]+/gi, (w) => (firstTag(w.toLowerCase()) === 'RB' ? '' : w)).replace(/\s+/g, ' ');
}

/**
 * The first part's fact already answers a part when it ranks above the candidate for that part on its own ("where
 * are its hubs" after the corridor): another fact would answer what is already answered.
 */
export function answeredByFirst(search: FactSearch, part: string, first: Fact, candidate: Fact): boolean {
  const { hits } = search.analyze(part, { limit: PART_RANKS });
  const i = hits.findIndex((h) => h.fact.id === first.id);
  const j = hits.findIndex((h) => h.fact.id === candidate.id);
  return i >= 0 && (j < 0 || i < j);
}

/**
 * A fact found for a part read with the other part as context must hold a word of the part itself: one that holds
 * only the context's words is just another fact on the same subject ("how busy does it get" is not a line's length).
 */
export function holdsPartWord(search: FactSearch, query: string, part: string, candidate: Fact): boolean {
  const own = new Set(search.analyze(part, { limit: 1 }).terms.map((t) => t.text));
  const { hits, covered } = search.analyze(query, { limit: PART_RANKS });
  const j = hits.findIndex((h) => h.fact.id === candidate.id);
  return j >= 0 && [...covered[j]!].some((t) => own.has(t));
}

/** "the fta", "the railway": a definite noun in a part, which may mean a thing the other part has named. */
const DEFINITE = /\bthe\s+([a-z][a-z0-9-]*)\b/gi;
const WORD = /[a-z0-9][a-z0-9-]*/gi;

/**
 * "When was the CAFTA framework signed and when did the FTA come into force": "the FTA" is the one the first part
 * names, not any other of its kind. A definite noun of the second part names the first part's thing when the first
 * part writes it as the head of a longer name ("the China-Laos railway") or as the tail of a short name that is no
 * English word (CAFTA is an FTA): the second part is then read with that name.
 */
export function onFirstSubject(left: string, right: string): string {
  const words = left.match(WORD) ?? [];
  return right.replace(DEFINITE, (whole, noun: string) => {
    const n = noun.toLowerCase();
    const i = words.findIndex((w) => w.toLowerCase() === n);
    const before = words[i - 1];
    if (i > 0 && before && !isFiller(before.toLowerCase())) return `the ${before} ${noun}`;
    const name = words.find((w) => {
      const lower = w.toLowerCase();
      return lower.length > n.length && lower.endsWith(n) && !/\d/.test(lower) && !isEnglishWord(lower);
    });
    return name ? `the ${name}` : whole;
  });
}
