import type { Analysis } from './engine.js';
import { isFiller, isSourceWord, tokenizeQuery } from './normalize.js';

const ASKING =
  /\b(what|whats|when|which|who|whose|why|where|how|is|are|was|were|do|does|did|has|have|can|could|will|would|name|list|tell)\b/i;

const HAN = /\p{Script=Han}/u;

/** The clause that asks: questions often come with context before them ("I'm writing a thesis: how long is …"). */
export function askingClause(question: string): string {
  // A Chinese question is judged whole whatever its punctuation (its context clauses often name the subject; see
  // chinese-clauses.ts): ASCII commas and question marks must not make it an English one.
  if (HAN.test(question)) return question;
  const clauses = question
    .split(/(?<!\d)\.(?!\d)|[?!;:\n]+|,\s+|\s[-—–]+\s/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length <= 1) return question;
  // A clause that asks about the source alone ("what does the article name?") leaves the asking to the one before it.
  const asking = [...clauses].reverse().filter((c) => ASKING.test(c));
  return asking.find(namesSomething) ?? asking[0] ?? clauses.at(-1)!;
}

function namesSomething(clause: string): boolean {
  return tokenizeQuery(clause).some((t) => !isSourceWord(t.raw) && !isFiller(t.raw));
}

/**
 * How much of the asking clause each hit covers (same order as the hits), unseen content words counting against
 * it. Context around the question only ever helps ranking; it never vetoes an answer, however many words the base
 * has never seen.
 */
export function askCoverages(question: string, analysis: Analysis): number[] {
  const ask = new Set(tokenizeQuery(askingClause(question)).map((t) => t.token));
  const asked = analysis.terms.filter((t) => ask.has(t.text));
  const weight = asked.reduce((sum, t) => sum + t.share, 0);
  return analysis.hits.map((hit, i) => {
    if (weight === 0) return hit.coverage;
    const covered = analysis.covered[i]!;
    // Partial evidence for an unseen word counts for what it is worth, not as the word itself.
    const partial = analysis.partial[i];
    const credit = (t: string) => (covered.has(t) ? (partial?.get(t) ?? 1) : 0);
    return asked.reduce((sum, t) => sum + credit(t.text) * t.share, 0) / weight;
  });
}
