import { datePrecision } from '../schema.js';
import { askCoverages, askingClause } from './asking.js';
import type { Analysis, SearchHit } from './engine.js';
import { hitFirst } from './hit-order.js';

/** A fact about a year is preferred when it scores at least this share of the best fact. */
const YEAR_CLOSE = 0.7;
/**
 * A fact about the very year the best fact is dated in needs only this share: "the first year of X" names X, so X's
 * own fact outscores the year's (chosen on the even half).
 */
const YEAR_OF_BEST = 0.55;
const HAN = /\p{Script=Han}/u;
/** Chinese names a year as the thing asked about: its first year (第一年, 头一年, 首年) or its "origin year" (元年). */
const CHINESE_FIRST_YEAR = /第[一1]年|头一年|首年|元年/u;

/**
 * Whether a question asks about a year itself rather than when something happened: "the first year of the
 * upgrade", "year one for it", "what happens in 2025". The year it names, if any, must be the fact's.
 */
export function askedYear(question: string): { year?: string } | undefined {
  if (HAN.test(question)) return CHINESE_FIRST_YEAR.test(question) ? {} : undefined;
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
  wider?: () => Analysis,
): { analysis: Analysis; coverage: number[] } {
  const asked = askedYear(question);
  const best = analysis.hits[0];
  if (!asked || !best) return { analysis, coverage };
  const bestYear = 'date' in best.fact ? best.fact.date.slice(0, 4) : undefined;
  const aboutYear = ({ fact }: SearchHit) =>
    'date' in fact && datePrecision(fact.date) === 'year' && (asked.year === undefined || fact.date === asked.year);
  if (aboutYear(best)) return { analysis, coverage };
  const ofBest = ({ fact }: SearchHit) => 'date' in fact && fact.date === bestYear;
  const close = (h: SearchHit) => aboutYear(h) && h.score >= best.score * (ofBest(h) ? YEAR_OF_BEST : YEAR_CLOSE);
  // The year of the best fact's event stands for that event ("the first year of X" is X's year): X's evidence is its.
  const lent = (i: number, own: number) => (ofBest(analysis.hits[i]!) ? Math.max(own, coverage[0]!) : own);
  const chosen = analysis.hits.findIndex((h) => close(h) && fits(h));
  if (chosen > 0) return hitFirst({ analysis, coverage }, chosen, { coverage: lent(chosen, coverage[chosen]!) });
  // The year's own fact may rank below the hits kept: look further down for it only (the rest stay as they were).
  if (!wider || bestYear === undefined) return { analysis, coverage };
  const more = wider();
  const found = more.hits.findIndex((h) => ofBest(h) && close(h) && fits(h));
  if (found < 0 || analysis.hits.some((h) => h.fact.id === more.hits[found]!.fact.id)) return { analysis, coverage };
  const keep = analysis.hits.length - 1;
  const joined: Analysis = {
    ...analysis,
    hits: [...analysis.hits.slice(0, keep), more.hits[found]!],
    covered: [...analysis.covered.slice(0, keep), more.covered[found]!],
    partial: [...analysis.partial.slice(0, keep), more.partial[found]!],
  };
  return hitFirst({ analysis: joined, coverage: [...coverage.slice(0, keep), 0] }, keep, {
    coverage: Math.max(askCoverages(question, more)[found]!, coverage[0]!),
  });
}
