import { isChinese } from './chinese-clauses.js';
import type { Analysis } from './engine.js';
import { nameTokens } from './fact-names.js';
import { WEAK_TOKENS } from './normalize.js';

/**
 * "What share of tariffs does RCEP eliminate?": an English question that gives one thing's whole name (RCEP) asks
 * about that thing. A fact that names nothing of the question and never says that name (the older FTA's tariff cuts)
 * answers the same question about something else: a near miss, not the answer. Returns the test for the hit at an
 * index.
 */
export function namesOtherEnglishSubject(question: string, { hits, covered }: Analysis): (index: number) => boolean {
  if (isChinese(question)) return () => false;
  const names = hits.flatMap((hit, k) => {
    if (hit.named < 1) return [];
    // Common names (China, ASEAN) name no one thing.
    const words = [...(covered[k] ?? [])].filter((t) => !WEAK_TOKENS.has(t) && nameTokens(hit.fact).has(t));
    return words.length > 0 ? [words] : [];
  });
  if (names.length === 0) return () => false;
  return (index) => {
    const candidate = hits[index];
    if (!candidate || candidate.named > 0) return false;
    const own = covered[index] ?? new Set<string>();
    return names.some((words) => words.every((t) => !own.has(t)));
  };
}
