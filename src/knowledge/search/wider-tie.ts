import type { SearchHit } from './engine.js';
import { countriesIn } from './asked-places.js';
import { isChinese } from './chinese-clauses.js';
import { nameTokens } from './fact-names.js';
import { hitFirst, type Ranked } from './hit-order.js';
import { tokenizeQuery, WEAK_TOKENS } from './normalize.js';

/** How close to the best a fact must score to tie with it. */
const TIE = 0.98;
/** The same for a fact whose names give the place asked (0.9, 0.8 and 0.6 measured the same on the tuning sets). */
const PLACE_TIE = 0.9;
/**
 * How much of what the best covers (by weight) the country's fact may miss: a light word of the asker's own story
 * ("I export durian …") that another country's fact happens to hold. 0.15 to 0.3 measured the same (tuning +1, blind
 * unchanged); 0.1 and below, none.
 */
const PLACE_SLACK = 0.2;

/**
 * "What have three decades of cooperation helped build?": two facts score alike, one on the name of what the question
 * starts from (the decades of dialogue), the other on every word the first covers and more (what it helped build).
 * The one that covers the whole question comes first.
 */
export function widerFirst(ranked: Ranked, fits: (hit: SearchHit) => boolean): Ranked {
  const { hits, covered } = ranked.analysis;
  const [best, second] = hits;
  if (!best || !second || !fits(second) || second.score < best.score * TIE) return ranked;
  const [a, b] = [covered[0]!, covered[1]!];
  // A year or figure the asker gives is checked against the facts, not matched: it widens nothing.
  const more = [...b].filter((t) => !a.has(t) && !/^\d/.test(t));
  const wider = more.length > 0 && [...a].every((t) => b.has(t)) && ranked.coverage[1]! > ranked.coverage[0]!;
  return wider ? hitFirst(ranked, 1) : ranked;
}

/**
 * "Is Thailand one of the countries trading over $100bn with China?": the five country facts each mention all five
 * countries and score alike; the one whose names give the country asked (Thailand's) comes first, when it scores close
 * to the best (PLACE_TIE), fits, and covers every word the best covers but light ones (PLACE_SLACK).
 */
export function placeNamedFirst(question: string, ranked: Ranked, fits: (hit: SearchHit) => boolean): Ranked {
  const { hits } = ranked.analysis;
  const best = hits[0];
  if (!best || isChinese(question)) return ranked;
  // Each country asked as the index writes it ("singapore" is the token "singapor").
  const places = countriesIn(question)
    .filter((c) => !WEAK_TOKENS.has(c))
    .map((c) => tokenizeQuery(c).map((t) => t.token));
  if (places.length === 0) return ranked;
  const namesPlace = (h: SearchHit) => places.some((p) => p.length > 0 && p.every((t) => nameTokens(h.fact).has(t)));
  if (namesPlace(best)) return ranked;
  const chosen = hits.findIndex(
    (h, i) =>
      i > 0 &&
      namesPlace(h) &&
      h.score >= best.score * PLACE_TIE &&
      fits(h) &&
      ranked.coverage[i]! >= ranked.coverage[0]! &&
      missedShare(ranked, i) <= PLACE_SLACK,
  );
  return chosen > 0 ? hitFirst(ranked, chosen) : ranked;
}

/** The share of what the best covers that hit `i` does not cover, by weight. */
function missedShare({ analysis }: Ranked, i: number): number {
  const [best, other] = [analysis.covered[0]!, analysis.covered[i]!];
  const weigh = (keep: (t: string) => boolean) =>
    analysis.terms.filter((t) => keep(t.text)).reduce((sum, t) => sum + t.share, 0);
  const covered = weigh((t) => best.has(t));
  return covered > 0 ? weigh((t) => best.has(t) && !other.has(t)) / covered : 0;
}
