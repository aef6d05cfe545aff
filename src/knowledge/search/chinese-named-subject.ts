import { isChinese } from './chinese-clauses.js';
import type { Analysis, SearchHit } from './engine.js';
import { WEAK_TOKENS } from './normalize.js';
import { textOf } from './chinese-fact-text.js';

const HAN = /^\p{Script=Han}+$/u;

/**
 * 某某工业园有多少员工: a Chinese question that names one fact in full (title or alias) is about that fact's
 * subject. When that fact does not answer it, another fact that lacks a word of the name (the 某某, while it names only
 * 工业园) and covers no more of the question is about another subject of the same kind (another park), a near miss
 * rather than the answer. A fact that keeps every word of the name (a railway's passenger count) may still answer.
 * Returns the test for the hit at an index; the facts named in full that do not answer are found once per question.
 */
export function namesOtherSubject(
  question: string,
  { hits, covered }: Analysis,
  coverage: readonly number[],
  fits: (hit: SearchHit) => boolean,
): (index: number) => boolean {
  if (!isChinese(question)) return () => false;
  // Each fact named in full that does not answer, with the Chinese words of its name the question matched in it.
  const named = hits.flatMap((hit, k) => {
    const zh = hit.fact.i18n?.['zh-CN'];
    if (hit.named < 1 || !zh || fits(hit)) return [];
    const names = [zh.title, ...zh.aliases];
    const words = [...(covered[k] ?? [])].filter(
      (t) => HAN.test(t) && !WEAK_TOKENS.has(t) && names.some((n) => n.includes(t)),
    );
    return [{ k, words }];
  });
  if (named.length === 0) return () => false;
  return (index) => {
    const candidate = hits[index];
    if (!candidate || candidate.named >= 1) return false;
    const own = covered[index] ?? new Set<string>();
    const { zh: text } = textOf(candidate.fact);
    return named.some(
      ({ k, words }) =>
        k !== index && coverage[k]! >= coverage[index]! && words.some((t) => !own.has(t) && !text.includes(t)),
    );
  };
}
