import type { Fact } from '../schema.js';
import { toSimplified } from './chinese.js';
import { numeralValue } from './chinese-numbers.js';
import type { Analysis, SearchHit } from './engine.js';

/** 哪两方面, 哪三个, 哪2种: "which N" asks for N things of one kind. */
const WHICH_N = /哪\s*([两二三四五六七八九十]+|\d+)/u;

/** How many things a Chinese "which N" question asks for (2 for 哪两方面), or undefined when it asks no number. */
export function chineseWhichCount(question: string): number | undefined {
  const match = WHICH_N.exec(toSimplified(question));
  if (!match) return undefined;
  const n = /^\d+$/.test(match[1]!) ? Number(match[1]) : numeralValue(match[1]!);
  return n !== undefined && n >= 2 ? n : undefined;
}

/**
 * The facts of a tag that holds exactly as many facts as a "which N" question asks for, when the best fact is one of
 * them and all rank close to it (哪两方面 and the two facts tagged as one pair): the number asked is the evidence a
 * long question's own words (成绩, 归功) cannot give, so no coverage bar applies beyond what each fact is asked for.
 */
export function countedGroup(
  question: string,
  { hits }: Analysis,
  byTag: ReadonlyMap<string, readonly Fact[]>,
  fits: (hit: SearchHit) => boolean,
  close: number,
): { tag: string; facts: Fact[] } | undefined {
  const n = chineseWhichCount(question);
  const best = hits[0];
  if (n === undefined || !best || !fits(best)) return undefined;
  const near = hits.filter((h) => h.score >= best.score * close && fits(h));
  for (const tag of best.fact.tags) {
    const facts = byTag.get(tag) ?? [];
    if (facts.length !== n || !facts.every((f) => near.some((h) => h.fact === f))) continue;
    const rank = (f: Fact) => hits.findIndex((h) => h.fact === f);
    return { tag, facts: [...facts].sort((a, b) => rank(a) - rank(b)) };
  }
  return undefined;
}
