/** "Trade in 2020 vs 2024": one measure asked for several years gets the series' fact for each year. */
import type { Fact } from '../schema.js';
import { askingClause } from './asking.js';
import type { Analysis, SearchHit } from './engine.js';
import { yearsIn } from './period.js';

/**
 * When the asking clause names two or more years and the best fact is one year of a series (the same measure over
 * several periods), the series' facts for each year named, in the question's order, answer together: each states its
 * own figure and source. Only facts among the hits count, so a year the base has no figure for leaves the question to
 * the other rules.
 */
export function seriesYears(
  question: string,
  { hits }: Analysis,
  fits: (hit: SearchHit) => boolean,
): Fact[] | undefined {
  const top = hits[0];
  // The question names the measure in full (its title or an alias) and asks what the best fact states.
  if (!top || top.named < 1 || !fits(top)) return undefined;
  const best = top.fact;
  if (best.kind !== 'figure' || !best.series) return undefined;
  const years = [...new Set(yearsIn(askingClause(question)))];
  if (years.length < 2) return undefined;
  const facts: Fact[] = [];
  for (const year of years) {
    const fact = hits
      .map((h) => h.fact)
      .find((f) => f.kind === 'figure' && f.series === best.series && yearsIn(f.period).includes(year));
    if (!fact) return undefined;
    facts.push(fact);
  }
  return facts;
}
