import type { Fact } from '../schema.js';
import type { FactCheck } from './asked-attribute.js';
import { tokenizeQuery, WEAK_TOKENS } from './normalize.js';

/**
 * "When will the members ratify it": a fact that names the act only as a condition of something else ("takes effect
 * once each side completes ratification") says what waits on the act, not when it happens, so it does not answer
 * when it will. A fact whose own "when will" example questions name the act is held to answer it.
 */
const WHEN_WILL = /\bwhen\s+will\b/i;
const CONDITION = /\b(?:once|after|until|unless|if|when|before|as\s+soon\s+as)\b[^.;,]*/gi;
/** Two forms of one word: one token begins with the other (ratifi / ratif), at least this long. */
const SAME_WORD = 5;

const sameWord = (a: string, b: string) =>
  Math.min(a.length, b.length) >= SAME_WORD && (a.startsWith(b) || b.startsWith(a));

const tokensOf = (text: string) =>
  tokenizeQuery(text)
    .map((t) => t.token)
    .filter((t) => !WEAK_TOKENS.has(t) && !/^\d/.test(t));

const cache = new WeakMap<Fact, { inCondition: string[]; outside: string[]; examples: string[] }>();

function split(fact: Fact): { inCondition: string[]; outside: string[]; examples: string[] } {
  let cached = cache.get(fact);
  if (!cached) {
    const text = `${fact.title}. ${fact.summary} ${fact.details ?? ''}`;
    cached = {
      inCondition: tokensOf([...text.matchAll(CONDITION)].map((m) => m[0]).join(' ')),
      outside: tokensOf(text.replace(CONDITION, ' ')),
      examples: tokensOf(fact.questions.filter((q) => WHEN_WILL.test(q)).join(' ')),
    };
    cache.set(fact, cached);
  }
  return cached;
}

export function conditionCheck(asking: string): FactCheck | undefined {
  if (!WHEN_WILL.test(asking)) return undefined;
  const asked = tokensOf(asking);
  return (fact) => {
    const { inCondition, outside, examples } = split(fact);
    return !asked.some(
      (a) =>
        inCondition.some((t) => sameWord(a, t)) &&
        !outside.some((t) => sameWord(a, t)) &&
        !examples.some((t) => sameWord(a, t)),
    );
  };
}
