/** A tag whose facts crowd the top of a ranking: the group a list question asks for, when no close group is found. */
import type { Fact } from '../schema.js';
import { statesAside } from './besides-excepted.js';
import type { Analysis, SearchHit } from './engine.js';

/** The ranks looked at: a group meant by the question fills the first few. */
const CROWD_RANKS = 5;
/** At least this many of the tag's facts rank there (two are a pair, left to the pair rules). */
const CROWD_MIN = 3;

/**
 * "Which industrial parks and economic zones …": each member names only part of a long question, so few clear the
 * group's score and coverage bars, yet most of one tag's facts, the best among them, fill the top ranks. That tag's
 * facts (not those the question already states as known) are the list, best-ranked first.
 */
export function crowdedGroup(
  { hits }: Analysis,
  byTag: ReadonlyMap<string, readonly Fact[]>,
  fits: (hit: SearchHit) => boolean,
  excepted: readonly (readonly string[])[],
  maxGroup: number,
): { tag: string; facts: Fact[] } | undefined {
  const best = hits[0];
  if (!best || !fits(best)) return undefined;
  const top = hits.slice(0, CROWD_RANKS).filter(fits);
  let chosen: { tag: string; facts: Fact[]; count: number } | undefined;
  for (const tag of best.fact.tags) {
    const facts = (byTag.get(tag) ?? []).filter((f) => !statesAside(f, excepted));
    if (facts.length < CROWD_MIN || facts.length > maxGroup) continue;
    const count = top.filter((h) => facts.includes(h.fact)).length;
    // Most of the tag ranks there: a broad tag with a few facts near the top is a topic, not the list asked for.
    if (count < CROWD_MIN || count * 2 < facts.length) continue;
    // "What did parks such as X and Y bring": members named in full are what the question is about, not a list.
    if (top.some((h) => h.named >= 1 && facts.includes(h.fact))) continue;
    if (!chosen || count > chosen.count || (count === chosen.count && facts.length < chosen.facts.length))
      chosen = { tag, facts, count };
  }
  if (!chosen) return undefined;
  const rank = (f: Fact) => {
    const i = hits.findIndex((h) => h.fact === f);
    return i < 0 ? hits.length : i;
  };
  return { tag: chosen.tag, facts: [...chosen.facts].sort((a, b) => rank(a) - rank(b)) };
}
