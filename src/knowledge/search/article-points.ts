import type { Fact } from '../schema.js';
import { askingClause } from './asking.js';
import type { Analysis, FactSearch, SearchHit } from './engine.js';
import { articleOf } from './fact-groups.js';
import { isSlip } from './filler.js';
import { toSimplified } from './chinese.js';
import { numeralValue } from './chinese-numbers.js';
import { chineseWhichCount } from './chinese-which-n.js';

/**
 * "The three advantages the columnist lays out", "3 main benefits": a small number before a plural noun asks for that
 * many things. A version ("3.0") is no count, nor is a span of time ("three decades of teamwork").
 */
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const COUNTED = /\b(two|three|four|five|six|seven|eight|nine|ten|[2-9](?![.\d]))\s+(?:([a-z]+)\s+)?([a-z]{3,}s)\b/i;
const TIME_UNITS = ['years', 'decades', 'months', 'weeks', 'days', 'hours', 'minutes', 'centuries', 'times'];
/** "4 mnths", "2 yrs", "3 yeras": a span of time typed short or with a slip is still one. */
const TIME_SHORT = /^(?:yrs|mos|mths|mnths|wks|hrs|mins)$/i;

function isTimeUnit(word: string): boolean {
  const lower = word.toLowerCase();
  return TIME_SHORT.test(lower) || TIME_UNITS.some((unit) => lower === unit || isSlip(lower, unit));
}

/** How far down the ranking the article a question is about may stand. */
const ARTICLE_HITS = 3;

/** How many things an English question asks for by number (3 for "the three advantages"), if it does. */
export function englishCount(question: string): number | undefined {
  const match = COUNTED.exec(askingClause(question));
  // "four monts this year": the word right after the number may be the unit, the next one the rest of the sentence.
  if (
    !match ||
    isTimeUnit(match[3]!) ||
    (match[2] !== undefined && isTimeUnit(match[2])) ||
    /\bhow\s+many\b/i.test(question)
  )
    return undefined;
  const word = match[1]!.toLowerCase();
  return /^\d$/.test(word) ? Number(word) : NUMBERS.indexOf(word) + 2;
}

/** 三大好处, 三个: a small number before 大 or a measure word asks for that many things (哪三个 is chineseWhichCount's). */
const CHINESE_COUNTED =
  /((?<![十百千万])[两二三四五六七八九]|(?<![\d.])[2-9](?![.\d]))\s*(?:大|个|项|点|条)(?!月|年|天|周|小时)(?=\p{Script=Han})/u;
/** A Chinese question about an article's points names the piece (那篇评论, 作者): the number alone is too little evidence. */
const NAMES_PIECE = /评论|作者|专栏|文章|社论|篇/;

/** How many things a Chinese question about an article asks for by number (3 for 评论说的三大好处), if it does. */
export function chineseCount(question: string): number | undefined {
  const simplified = toSimplified(question);
  if (!NAMES_PIECE.test(simplified)) return undefined;
  const which = chineseWhichCount(simplified);
  if (which !== undefined) return which;
  const said = CHINESE_COUNTED.exec(simplified)?.[1];
  if (said === undefined) return undefined;
  return /^\d$/.test(said) ? Number(said) : numeralValue(said);
}

/**
 * The points one article makes, asked for by number ("the three advantages of Version 3.0 the columnist lays out",
 * 评论说3.0版有哪三大好处): a highly ranked fact's article holds exactly one set of that many facts under one tag. The
 * number and the article are the evidence when the question's word for the points ("upsides") is one the facts never
 * use.
 */
export function articlePoints(
  question: string,
  { hits }: Analysis,
  search: Pick<FactSearch, 'byTag' | 'fromSource'>,
  fits: (hit: SearchHit) => boolean,
): { tag: string; facts: Fact[] } | undefined {
  const n = englishCount(question) ?? chineseCount(question);
  if (n === undefined) return undefined;
  const tried = new Set<string>();
  for (const hit of hits.slice(0, ARTICLE_HITS)) {
    const url = articleOf(hit.fact);
    if (!url || tried.has(url) || !fits(hit)) continue;
    tried.add(url);
    const facts = search.fromSource.get(url) ?? [];
    const counts = new Map<string, number>();
    for (const fact of facts) for (const tag of new Set(fact.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    // Points are some of an article's facts, not all of a short one's; two sets of n leave the number no evidence.
    const tags = [...counts].filter(([, count]) => count === n && count < facts.length).map(([tag]) => tag);
    const sets = new Set(
      tags.map((tag) =>
        pointsOf(search, tag, url)
          .map((f) => f.id)
          .join(' '),
      ),
    );
    if (sets.size === 1) return { tag: tags[0]!, facts: pointsOf(search, tags[0]!, url) };
  }
  return undefined;
}

/** The facts of a tag drawn first from one article, in the base's order. */
function pointsOf(search: Pick<FactSearch, 'byTag'>, tag: string, url: string): Fact[] {
  return (search.byTag.get(tag) ?? []).filter((f) => articleOf(f) === url);
}
