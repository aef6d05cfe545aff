import { ANSWER_COVERAGE } from './answer-bar.js';
import { askingClause, WH } from './asking.js';
import { chineseAsk } from './chinese-asking.js';
import { ASKS, isChinese } from './chinese-clauses.js';
import type { SearchHit } from './engine.js';
import { hitFirst, type Ranked } from './hit-order.js';
import { tokenizeQuery } from './normalize.js';

/** How close behind the best a fact must score, and how far down it may stand (chosen on the even half). */
export const CONTEXT_CLOSE = 0.6;
const CONTEXT_RANK = 3;

/** A pronoun in the asking clause stands for what the context names ("what drove it"): the context is asked too. */
const POINTS_BACK = /\b(?:it|its|they|them|their|he|his|she|her|this|that|thats|these|those)\b/i;

/** The asker speaking of themselves (我是做出口的, 本人在…, 我们商会…). */
const ASKER = /我|本人|咱/;

/** The tokens of the asking clause, when the question has context around it that asks nothing of its own. */
function askedTokens(question: string): Set<string> | undefined {
  const tokens = (text: string) => new Set(tokenizeQuery(text).map((t) => t.token));
  if (isChinese(question)) {
    const { ask, context } = chineseAsk(question);
    if (context.length === 0 || context.some((c) => ASKS.test(c)) || !context.some((c) => ASKER.test(c)))
      return undefined;
    return tokens(ask);
  }
  const clause = askingClause(question);
  // Context that asks a question of its own (a question word outside the clause) is a first question, not context.
  if (clause === question || POINTS_BACK.test(clause) || WH.test(question.replace(clause, ''))) return undefined;
  return tokens(clause);
}

/**
 * "I export durian … Is Thailand one of the countries …": words of the context around the question rank the facts
 * that share them ("export"), though they say nothing of what is asked. A close fact that covers more of the asking
 * clause itself (or as much, when the best is no answer to it) comes first.
 */
export function askedClauseFirst(question: string, ranked: Ranked, fits: (hit: SearchHit) => boolean): Ranked {
  const { analysis, coverage } = ranked;
  const best = analysis.hits[0];
  if (!best) return ranked;
  const ask = askedTokens(question);
  if (!ask) return ranked;
  const asked = analysis.terms.filter((t) => ask.has(t.text));
  const weight = asked.reduce((sum, t) => sum + t.share, 0);
  if (weight === 0 || asked.length === analysis.terms.length) return ranked;
  const own = (i: number) => asked.reduce((sum, t) => sum + (analysis.covered[i]!.has(t.text) ? t.share : 0), 0);
  const first = own(0);
  const fitsBest = fits(best);
  let chosen = 0;
  analysis.hits.forEach((h, i) => {
    if (i === 0 || i >= CONTEXT_RANK || !fits(h) || coverage[i]! < ANSWER_COVERAGE) return;
    if (h.score < best.score * CONTEXT_CLOSE) return;
    const mine = own(i);
    if (chosen > 0 ? mine > own(chosen) + 1e-9 : mine > first + 1e-9 || (!fitsBest && mine >= first - 1e-9)) chosen = i;
  });
  return chosen > 0 ? hitFirst(ranked, chosen) : ranked;
}
