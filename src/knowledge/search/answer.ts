import type { Fact } from '../schema.js';
import { askCoverage } from './asking.js';
import { MIN_COVERAGE, type Analysis, type FactSearch, type SearchHit } from './engine.js';
import { isFiller } from './normalize.js';

/** What the bot says to a question: one fact, a group, several facts, a marked best guess, or that it does not know. */
export type Answer =
  | { kind: 'fact'; fact: Fact; others: Fact[] }
  | { kind: 'list'; tag: string; facts: Fact[] }
  | { kind: 'facts'; facts: Fact[] }
  | { kind: 'guess'; fact: Fact; others: Fact[] }
  | { kind: 'none'; nearest: Fact[] };

/** A group answer lists at most this many facts (a tag shared by more is a topic, not a list). */
const MAX_GROUP = 8;
/** A group is meant when at least two of its facts rank close to the best one. */
const GROUP_CLOSE = 0.6;
/** A best guess needs the question to name the fact this much, and to lead the next fact by this factor. */
const GUESS_NAMED = 0.5;
const GUESS_LEAD = 1.5;
/** Answer when the best fact covers this share of the asking clause (chosen on the development sets). */
export const ANSWER_COVERAGE = 0.55;
/** In "X and Y", each fact must cover this share of the question that the other does not. */
const PART_SHARE = 0.15;

const LIST_WORD = /\b(which|what|name|list|all|each|every)\b/i;
const JOINED = /\s(?:and|&|plus|as well as|also)\s|,/i;

export function answerQuestion(search: FactSearch, question: string): Answer {
  const analysis = search.analyze(question, { limit: 8 });
  const { hits } = analysis;
  const best = hits[0];
  const confident = hits.filter((h, i) => askCoverage(question, analysis, i) >= ANSWER_COVERAGE);
  const list = listIntent(question) ? groupFor(search, analysis) : undefined;
  if (list) return list;
  const pair = JOINED.test(question) ? pairFor(analysis) : undefined;
  if (pair) return { kind: 'facts', facts: pair };
  if (best && confident[0] === best) return { kind: 'fact', fact: best.fact, others: confident.slice(1, 4).map((h) => h.fact) };
  if (best && isGuess(analysis)) return { kind: 'guess', fact: best.fact, others: hits.slice(1, 3).map((h) => h.fact) };
  return { kind: 'none', nearest: search.nearest(question, 3) };
}

/** The fact ids an answer shows, in order (empty for "I don't know"). */
export function answerIds(answer: Answer): string[] {
  switch (answer.kind) {
    case 'fact':
    case 'guess':
      return [answer.fact.id];
    case 'list':
    case 'facts':
      return answer.facts.map((f) => f.id);
    case 'none':
      return [];
  }
}

/** "Which …s", "name the …", "list …": asks for several things of one kind. */
function listIntent(question: string): boolean {
  if (!LIST_WORD.test(question)) return false;
  return question
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => w.length > 4 && /[^s]s$/.test(w) && !/(ss|us|is|ous)$/.test(w) && !isFiller(w));
}

/** The tag whose facts rank together at the top: listed whole, best-ranked first. */
function groupFor(search: FactSearch, { hits }: Analysis): Answer | undefined {
  const best = hits[0];
  if (!best || best.coverage < MIN_COVERAGE * 0.75) return undefined;
  const close = hits.filter((h) => h.score >= best.score * GROUP_CLOSE && h.coverage >= MIN_COVERAGE * 0.75);
  let chosen: { tag: string; facts: Fact[]; count: number } | undefined;
  for (const tag of new Set(close.flatMap((h) => h.fact.tags))) {
    const facts = search.byTag.get(tag) ?? [];
    if (facts.length < 2 || facts.length > MAX_GROUP) continue;
    const count = close.filter((h) => h.fact.tags.includes(tag)).length;
    if (count < 2 || !best.fact.tags.includes(tag)) continue;
    if (!chosen || count > chosen.count || (count === chosen.count && facts.length < chosen.facts.length)) chosen = { tag, facts, count };
  }
  if (!chosen) return undefined;
  const rank = new Map(hits.map((h, i) => [h.fact.id, i]));
  const facts = [...chosen.facts].sort((a, b) => (rank.get(a.id) ?? 99) - (rank.get(b.id) ?? 99));
  return { kind: 'list', tag: chosen.tag, facts };
}

/** "X and Y": two facts that between them cover the question, each covering a part the other does not. */
function pairFor({ hits, covered, terms }: Analysis): Fact[] | undefined {
  const share = (set: Set<string>, without?: Set<string>) =>
    terms.reduce((s, t) => s + (set.has(t.text) && !without?.has(t.text) ? t.share : 0), 0);
  const top = hits.slice(0, 5);
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const a = covered[i]!;
      const b = covered[j]!;
      const union = new Set([...a, ...b]);
      if (share(union) < MIN_COVERAGE || share(a, b) < PART_SHARE || share(b, a) < PART_SHARE) continue;
      if (Math.max(hits[i]!.coverage, hits[j]!.coverage) >= share(union)) continue;
      return [hits[i]!.fact, hits[j]!.fact];
    }
  }
  return undefined;
}

/** No fact clears the bar, but the question names one, asks nothing the base has never heard of, and one fact leads. */
function isGuess({ hits, unseen }: Analysis): boolean {
  const [best, second] = hits as [SearchHit, SearchHit | undefined];
  if (unseen.length > 0 || best.named < GUESS_NAMED) return false;
  return !second || best.score >= second.score * GUESS_LEAD;
}
