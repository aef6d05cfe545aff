import type { Analysis } from './engine.js';
import { tokenizeQuery } from './normalize.js';

const ASKING = /\b(what|whats|when|which|who|whose|why|where|how|is|are|was|were|do|does|did|has|have|can|could|will|would|name|list|tell)\b/i;

/** The clause that asks: questions often come with context before them ("I'm writing a thesis: how long is …"). */
export function askingClause(question: string): string {
  const clauses = question
    .split(/[.?!;:\n]+|,\s+|\s[-—–]+\s/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length <= 1) return question;
  return [...clauses].reverse().find((c) => ASKING.test(c)) ?? clauses.at(-1)!;
}

/**
 * How much of the asking clause the hit at `index` covers, unseen content words counting against it. Context around
 * the question only ever helps ranking; it never vetoes an answer, however many words the base has never seen.
 */
export function askCoverage(question: string, analysis: Analysis, index = 0): number {
  const hit = analysis.hits[index];
  if (!hit) return 0;
  const covered = analysis.covered[index]!;
  const ask = new Set(tokenizeQuery(askingClause(question)).map((t) => t.token));
  let weight = 0;
  let found = 0;
  for (const t of analysis.terms) {
    if (!ask.has(t.text)) continue;
    weight += t.share;
    if (covered.has(t.text)) found += t.share;
  }
  return weight > 0 ? found / weight : hit.coverage;
}
