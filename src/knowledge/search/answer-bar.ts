/** The bar a single fact must clear to be the answer, and when a fact that does not may still be shown as a best guess. */
import type { Analysis, SearchHit } from './engine.js';
import { answerKindTokens } from './answer-kind.js';
import { askingClause } from './asking.js';
import { chineseClaimElsewhere, chineseGuessDespiteUnseen } from './chinese-guess.js';
import { isChinese } from './chinese-clauses.js';
import { guessRestsOnName } from './name-only-guess.js';

/** A best guess needs the question to name the fact this much, and to lead the next fact by this factor. */
const GUESS_NAMED = 0.5;
const GUESS_LEAD = 1.5;
/** Answer when the best fact covers this share of the asking clause (chosen on the development sets). */
export const ANSWER_COVERAGE = 0.55;

/** No fact clears the bar, but the question names one, asks nothing the base has never heard of, and one fact leads. */
export function isGuess(analysis: Analysis, question: string): boolean {
  const { hits, unseen } = analysis;
  const [best, second] = hits as [SearchHit, SearchHit | undefined];
  if (best.named < GUESS_NAMED) return false;
  if (unseen.length > 0 && !chineseGuessDespiteUnseen(question, best.named, unseen)) return false;
  if (chineseClaimElsewhere(question, analysis)) return false;
  if (asksAnotherOfKind(question, best)) return false;
  if (guessRestsOnName(question, analysis)) return false;
  return !second || best.score >= second.score * GUESS_LEAD;
}

/**
 * "What plan replaces the ASEAN Community Vision 2025": a question that asks for a thing of a kind (answer-kind.ts)
 * and names another thing in full asks for what stands in some relation to the named one. A fact that is the named
 * thing, and does not cover the question, is only what the question already gave, not a guess at its answer.
 */
function asksAnotherOfKind(question: string, best: SearchHit): boolean {
  return !isChinese(question) && best.named >= 1 && answerKindTokens(askingClause(question)).size > 0;
}

/**
 * A fact close behind an under-covered best (within CLOSE_RANK places, at CLOSE_SCORE of its score) that the question
 * names in part (CLOSE_NAMED) and that clears the bar: the best leads on the length of its text or on a word it
 * shares with the context, not on the asking clause, which the other covers. Chosen on the even half. (The same for a
 * best that clears the bar but answers something else was measured and dropped: +1 good on the even half only.)
 */
const CLOSE_RANK = 3;
const CLOSE_SCORE = 0.7;
const CLOSE_NAMED = 0.3;

export function clearsBarBehind({ hits }: Analysis, coverage: readonly number[], first: SearchHit): boolean {
  const [best] = hits as [SearchHit];
  const rank = hits.indexOf(first);
  return (
    coverage[0]! < ANSWER_COVERAGE &&
    rank > 0 &&
    rank < CLOSE_RANK &&
    first.score >= best.score * CLOSE_SCORE &&
    first.named >= CLOSE_NAMED
  );
}

/**
 * "金边西港高速每天多少辆车": a Chinese question whose best fact does not answer what is asked (the road's opening
 * gives no daily figure) is answered by a fitting fact close behind it (CLOSE_RANK, CLOSE_SCORE) that covers at least
 * as much of the question. (The same for English questions was measured and dropped: tuning -8, blind +3.)
 */
export function fitsBehindMisfit(
  question: string,
  { hits }: Analysis,
  coverage: readonly number[],
  first: SearchHit,
  fits: (hit: SearchHit) => boolean,
): boolean {
  const [best] = hits as [SearchHit];
  const rank = hits.indexOf(first);
  return (
    isChinese(question) &&
    !fits(best) &&
    rank > 0 &&
    rank < CLOSE_RANK &&
    coverage[rank]! >= coverage[0]! &&
    first.score >= best.score * CLOSE_SCORE
  );
}
