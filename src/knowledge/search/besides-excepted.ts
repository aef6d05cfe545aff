/** 除了X，还有… / "besides X": the facts that state X are what the question already knows. */
import type { Fact } from '../schema.js';
import { ANSWER_COVERAGE } from './answer-bar.js';
import { askCoverages } from './asking.js';
import { isChinese } from './chinese-clauses.js';
import { asideWords, chineseExcepted, setsAsideItself, statesExcepted } from './chinese-except.js';
import { englishExcepted, statesWordEnglish } from './english-except.js';
import type { Analysis, SearchHit } from './engine.js';
import { hitFirst } from './hit-order.js';

/**
 * A fact states one of the things the question sets aside (除了公路铁路 → both words of one thing; besides rail and
 * roads → the railway, the road), as its own matter.
 */
export function statesAside(fact: Fact, things: readonly (readonly string[])[]): boolean {
  return things.some((words) =>
    /^[a-z]/.test(words[0]!) ? words.every((w) => statesWordEnglish(fact, w)) : statesExcepted(fact, words),
  );
}

/**
 * 除了X，还有…: a fact that states X itself answers what the question already knows. It gives first place to the
 * best fact that does not and still clears the bar (the rest of the question is covered and asked for).
 */
export function besidesExcepted(
  question: string,
  analysis: Analysis,
  fits: (hit: SearchHit) => boolean,
): { analysis: Analysis; coverage: number[]; known: string[][] } {
  const coverage = askCoverages(question, analysis);
  const excepted = isChinese(question) ? [chineseExcepted(question)] : englishExcepted(question);
  const asked = (w: string) => analysis.terms.some((t) => t.text === w);
  const known = excepted.map((words) => words.filter(asked)).filter((words) => words.length > 0);
  const best = analysis.hits[0];
  if (!best || known.length === 0) return { analysis, coverage, known };
  if (!statesAside(best.fact, known)) {
    // The best fact sets aside itself the thing the question's word matched: what it sets aside is what the question
    // does, whichever fact ranks first.
    if (isChinese(question) && setsAsideItself(best.fact) && coversAsked(analysis.covered[0]!, known))
      return { analysis, coverage, known: [...known, ...asideWords(best.fact).map((w) => [w])] };
    // The question's word for what it sets aside is not the best fact's (陆路, 公路和铁路): a fact that sets aside
    // the same thing itself, and whose aside the search matched that word to, answers "what else".
    const aside =
      isChinese(question) && !setsAsideItself(best.fact) ? asideItself(analysis, coverage, fits, known) : -1;
    if (aside <= 0) return { analysis, coverage, known };
    // What that fact sets aside is what the question does: each of its words leaves a list (铁路 the railway).
    const its = asideWords(analysis.hits[aside]!.fact).map((w) => [w]);
    return { ...hitFirst({ analysis, coverage }, aside), known: [...known, ...its] };
  }
  const other = analysis.hits.findIndex(
    (h, i) =>
      i > 0 &&
      coverage[i]! >= ANSWER_COVERAGE &&
      fits(h) &&
      !statesAside(h.fact, known) &&
      keepsSubject(analysis, i, known),
  );
  if (other < 0) return { analysis, coverage, known };
  return { ...hitFirst({ analysis, coverage }, other), known };
}

/** The first hit past the best that clears the bar, sets something aside itself and covers a word set aside. */
function asideItself(
  { hits, covered }: Analysis,
  coverage: readonly number[],
  fits: (hit: SearchHit) => boolean,
  known: readonly (readonly string[])[],
): number {
  return hits.findIndex(
    (h, i) =>
      i > 0 && coverage[i]! >= ANSWER_COVERAGE && fits(h) && setsAsideItself(h.fact) && coversAsked(covered[i]!, known),
  );
}

/** The hit covers a word the question sets aside. */
function coversAsked(covered: ReadonlySet<string>, known: readonly (readonly string[])[]): boolean {
  return known.some((words) => words.some((w) => covered.has(w)));
}

/** Hit `i` covers every word the best covers outside what is set aside: "RCEP 除了中国和东盟" still asks about RCEP. */
function keepsSubject({ covered }: Analysis, i: number, known: readonly (readonly string[])[]): boolean {
  const aside = new Set(known.flat());
  return [...covered[0]!].every((t) => aside.has(t) || covered[i]!.has(t));
}
