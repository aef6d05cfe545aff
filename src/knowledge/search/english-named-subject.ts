import { isChinese } from './chinese-clauses.js';
import type { Analysis } from './engine.js';
import { tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import type { Fact } from '../schema.js';

const nameCache = new WeakMap<Fact, Set<string>>();

/** The tokens of a fact's names (title and aliases), common names (China, ASEAN) left out. */
function nameTokens(fact: Fact): Set<string> {
  let tokens = nameCache.get(fact);
  if (!tokens) {
    tokens = new Set(
      tokenizeQuery([fact.title, ...fact.aliases].join(' '))
        .map((t) => t.token)
        .filter((t) => !WEAK_TOKENS.has(t)),
    );
    nameCache.set(fact, tokens);
  }
  return tokens;
}

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
    const words = [...(covered[k] ?? [])].filter((t) => nameTokens(hit.fact).has(t));
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
