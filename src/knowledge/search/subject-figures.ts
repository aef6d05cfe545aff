/**
 * "All the key stats on the railway", "X by the numbers", "what stats can I cite for X", 中老铁路有哪些关键数据: a
 * request for every figure the base holds on the things the question names. The answer is each named thing's facts,
 * its figures first.
 */
import type { Fact } from '../schema.js';
import type { Analysis, FactSearch, SearchHit } from './engine.js';

/** English: a plural word for figures after a word that asks for the important or the whole set of them. */
const STATS_EN =
  /\b(?:key|main|headline|important|major|core|basic|vital|top|all(?:\s+the)?|every)\s+(?:[a-z-]+\s+)?(?:stats|statistics|figures|numbers|data|metrics)\b|\bby\s+the\s+numbers\b/i;
/** Chinese: 关键数据 / 主要数字 / 哪些数据 / 数据有哪些. */
const STATS_ZH = /(?:关键|主要|核心|重要|基本|所有|全部|哪些|哪几个)的?(?:统计)?(?:数据|数字)|数据有哪些|数字有哪些/;

/** The search looks this deep: two named things with their figures fill more than one answer's ranking. */
const SUBJECT_SEARCH_LIMIT = 16;
/** A thing's facts (one tag) are at most this many: a broad tag is a topic, not one thing. */
const MAX_SUBJECT = 8;

/**
 * "What stats can I cite for X", "what numbers are given for each": the figures asked for as a set. Not with a word
 * that says which figures ("what traffic figures", "what ridership numbers"): those are the figures of one kind.
 */
const WHAT_STATS_EN =
  /\b(?:what|which|any)\s+(?:stats|statistics|figures|numbers|data|metrics)\s+(?:do|are|is|does|did|have|has|can|were)\b/i;

export function asksForFigures(question: string): boolean {
  return STATS_EN.test(question) || STATS_ZH.test(question) || WHAT_STATS_EN.test(question);
}

/**
 * The facts a figures request answers with, or undefined. Each fact the question names in full is a named thing; the
 * thing's facts are those of its largest tag that are all ranked and all named in part by the question (every
 * railway fact, not every fact about Laos). Figures come first, best-ranked first, then the named facts themselves.
 */
export function subjectFigures(search: FactSearch, question: string): Fact[] | undefined {
  if (!asksForFigures(question)) return undefined;
  const analysis = search.analyze(question, { limit: SUBJECT_SEARCH_LIMIT });
  const named = new Map(analysis.hits.filter((h) => h.named > 0).map((h) => [h.fact, h]));
  const anchors = analysis.hits.filter((h) => h.named >= 1);
  const members = new Set<Fact>();
  for (const anchor of anchors) {
    const facts = subjectOf(anchor, search.byTag, named);
    if (!facts) continue;
    for (const f of facts) members.add(f);
  }
  const rank = rankOf(analysis);
  const ranked = [...members].sort((a, b) => rank(a) - rank(b));
  const figures = ranked.filter((f) => f.kind === 'figure');
  if (figures.length === 0) return undefined;
  const things = ranked.filter((f) => f.kind !== 'figure' && anchors.some((h) => h.fact === f));
  const shown = [...figures, ...things];
  return shown.length >= 2 ? shown : undefined;
}

function subjectOf(
  anchor: SearchHit,
  byTag: ReadonlyMap<string, readonly Fact[]>,
  named: ReadonlyMap<Fact, SearchHit>,
): readonly Fact[] | undefined {
  let chosen: readonly Fact[] | undefined;
  for (const tag of anchor.fact.tags) {
    const facts = byTag.get(tag) ?? [];
    if (facts.length < 2 || facts.length > MAX_SUBJECT) continue;
    if (!facts.every((f) => named.has(f))) continue;
    if (!chosen || facts.length > chosen.length) chosen = facts;
  }
  return chosen;
}

function rankOf({ hits }: Analysis): (fact: Fact) => number {
  const at = new Map(hits.map((h, i) => [h.fact, i]));
  return (fact) => at.get(fact) ?? hits.length;
}
