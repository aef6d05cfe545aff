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
 */
export function namesOtherSubject(
  question: string,
  { hits, covered }: Analysis,
  coverage: readonly number[],
  index: number,
  fits: (hit: SearchHit) => boolean,
): boolean {
  if (!isChinese(question)) return false;
  const candidate = hits[index];
  if (!candidate || candidate.named >= 1) return false;
  const own = covered[index] ?? new Set<string>();
  const { zh: text } = textOf(candidate.fact);
  return hits.some((hit, k) => {
    if (k === index || hit.named < 1 || coverage[k]! < coverage[index]! || fits(hit)) return false;
    const zh = hit.fact.i18n?.['zh-CN'];
    if (!zh) return false;
    const names = [zh.title, ...zh.aliases];
    return [...(covered[k] ?? [])].some(
      (t) => HAN.test(t) && !WEAK_TOKENS.has(t) && !own.has(t) && !text.includes(t) && names.some((n) => n.includes(t)),
    );
  });
}
