import { datePrecision } from '../schema.js';
import { askingClause } from './asking.js';
import type { Analysis, SearchHit } from './engine.js';

/** A fact about a year is preferred when it scores at least this share of the best fact. */
const YEAR_CLOSE = 0.7;
const HAN = /\p{Script=Han}/u;

/**
 * Whether an English question asks about a year itself rather than when something happened: "the first year of the
 * upgrade", "year one for it", "what happens in 2025". The year it names, if any, must be the fact's.
 */
function askedYear(question: string): { year?: string } | undefined {
  if (HAN.test(question)) return undefined;
  const asking = askingClause(question).toLowerCase();
  const named = /\b(?:in|during|through(?:out)?)\s+((?:19|20)\d\d)\b(?!\s*[-/]\d)/.exec(asking);
  if (named && /\bhappen(?:s|ed|ing)?\b/.test(asking)) return { year: named[1] };
  // "Which year …" only asks when; the noun again, after it, names a year as what is asked about.
  const rest = asking.replace(/\b(?:which|what)\s+year\b/g, ' ');
  if (/\byear\b/.test(rest)) return {};
  return undefined;
}

/**
 * The question asks about a year and the best fact is about something dated in it: a close fact dated by a bare year
 * (a year's landmarks, not one day's event) comes first.
 */
export function yearFirst(
  question: string,
  analysis: Analysis,
  coverage: number[],
  fits: (hit: SearchHit) => boolean,
): { analysis: Analysis; coverage: number[] } {
  const asked = askedYear(question);
  const best = analysis.hits[0];
  if (!asked || !best) return { analysis, coverage };
  const aboutYear = ({ fact }: SearchHit) =>
    'date' in fact && datePrecision(fact.date) === 'year' && (asked.year === undefined || fact.date === asked.year);
  if (aboutYear(best)) return { analysis, coverage };
  const chosen = analysis.hits.findIndex((h) => aboutYear(h) && fits(h) && h.score >= best.score * YEAR_CLOSE);
  if (chosen <= 0) return { analysis, coverage };
  const first = <T>(list: readonly T[]) => [list[chosen]!, ...list.filter((_, i) => i !== chosen)];
  return {
    analysis: {
      ...analysis,
      hits: first(analysis.hits),
      covered: first(analysis.covered),
      partial: first(analysis.partial),
    },
    coverage: first(coverage),
  };
}
