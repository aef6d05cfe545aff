/**
 * "Besides X, what other …", "apart from X", "other than X", "except X": as 除了X in Chinese (chinese-except.ts), X is
 * what the question already knows, not what it asks for.
 */
import type { Fact } from '../schema.js';
import { isFiller, tokenizeQuery, WEAK_TOKENS } from './normalize.js';

const ASIDE = String.raw`\b(?:besides|beside|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|beyond)\s+`;
/** X runs to a clause boundary or to the words that ask ("besides rail and roads what other …"). */
const UNTIL = String.raw`(?=[,;:.?!]|\s(?:what|which|who|where|when|how|are|is|was|were|do|does|did|have|has|can)\b|$)`;
const EXCEPT = new RegExp(`${ASIDE}([^,;:.?!]+?)${UNTIL}`, 'i');
const EXCEPT_ALL = new RegExp(`${ASIDE}([^,;:.?!]+?)${UNTIL}`, 'gi');

/**
 * The things an English question sets aside, each as its index tokens ("besides rail and roads" → [rail], [road];
 * "apart from land routes" → [land, rout]). The parties every fact names (china, asean) set nothing apart.
 */
export function englishExcepted(question: string): string[][] {
  const m = EXCEPT.exec(question);
  if (!m) return [];
  return m[1]!
    .split(/\s(?:and|or|&)\s|,/i)
    .map((item) =>
      tokenizeQuery(item)
        .filter((t) => !isFiller(t.raw) && !WEAK_TOKENS.has(t.token))
        .map((t) => t.token),
    )
    .filter((item) => item.length > 0);
}

/** The question with each "and" of what it sets aside replaced by `mark`: "besides rail and roads" joins no questions. */
export function markAsideJoins(question: string, mark: string): string {
  return question.replace(EXCEPT_ALL, (m) => m.replace(/\s(and|&)\s/gi, `${mark}$1${mark}`));
}

const ownTokens = new WeakMap<Fact, Set<string>>();

/** The tokens of a fact's English text without what it sets aside itself ("Beyond roads and railways, …"). */
export function ownEnglishTokens(fact: Fact): Set<string> {
  let tokens = ownTokens.get(fact);
  if (tokens === undefined) {
    const own = [fact.title, ...fact.aliases, fact.summary, fact.details ?? '']
      .map((t) => t.replace(EXCEPT_ALL, ''))
      .join('. ');
    tokens = new Set(tokenizeQuery(own).map((t) => t.token));
    ownTokens.set(fact, tokens);
  }
  return tokens;
}

/** A set-aside word the fact states as its own matter, whole or as the start of a longer word (rail → railway). */
export function statesWordEnglish(fact: Fact, word: string): boolean {
  const tokens = ownEnglishTokens(fact);
  if (tokens.has(word)) return true;
  return word.length >= 4 && [...tokens].some((t) => t.startsWith(word));
}
