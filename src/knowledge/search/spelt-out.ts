/** A name asked in full and as its acronym at once counts once. */
import { stem, type QueryToken } from './normalize.js';

/**
 * Names that folding (normalize.ts, PHRASES) gives their acronym while keeping their words: the words stay so that a
 * fact's text still matches a question that mistypes one of them ("free trade agrement"). In a question spelt right,
 * the words and the acronym are one name said twice; counted as both, the name outweighs what is asked about it, and
 * the facts that write the name in full lead the ones that write the acronym ("what does the version 3.0 free trade
 * agreement cover" found every fact that spells out "free trade area" before the one on the nine areas, which says
 * "FTA 3.0").
 */
const SPELT_OUT: readonly (readonly string[])[] = [
  ['free', 'trade', 'area', 'fta'],
  ['free', 'trade', 'agreement', 'fta'],
  ['free', 'trade', 'zone', 'fta'],
  ['regional', 'comprehensive', 'economic', 'partnership', 'rcep'],
].map((words) => words.map((w) => stem(w)));

/** The question's tokens with the words of a name dropped where its acronym follows them. */
export function withoutSpeltOutNames(tokens: QueryToken[]): QueryToken[] {
  let drop: Set<number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    for (const name of SPELT_OUT) {
      const words = name.length - 1;
      if (tokens[i]!.token !== name[words] || i < words) continue;
      if (name.slice(0, words).every((w, k) => tokens[i - words + k]!.token === w)) {
        drop ??= new Set();
        for (let k = 1; k <= words; k++) drop.add(i - k);
      }
    }
  }
  return drop ? tokens.filter((_, i) => !drop.has(i)) : tokens;
}
