import type { Fact } from '../schema.js';
import type { FactCheck } from './asked-attribute.js';

/**
 * "Why did X jump", "what drove the rise": a question that asks the cause of a change. A fact that states the same
 * change (a climb for a jump) and gives no cause answers only the premise, not the question. A fact that states the
 * opposite change (a climb for "why did it fall") corrects a wrong premise and still answers.
 */
const ASKS_CAUSE =
  /\bwhy\b|\bwhat\s+(?:drove|drives|caused|causes|fuel(?:l)?ed|spurred|explains|is\s+behind|was\s+behind)\b|\breasons?\s+for\b/i;
// An adverb ("increasingly looking to") tells how something else is done, not what changed.
const UP =
  /\b(?:jump|rise|rose|risen|rising|grow|grew|grown|surg|soar|climb|increas|doubl|tripl|leap|rocket|spik|boom)(?!\w*ly\b)\w*/i;
const DOWN = /\b(?:fall|fell|drop|declin|shrink|shrank|plung|slump|decreas|tumbl|sank|sink)(?!\w*ly\b)\w*/i;
const CAUSE =
  /\b(?:because|due\s+to|owing\s+to|thanks\s+to|driven|fuel(?:l)?ed|spurred|boosted|helped|as\s+a\s+result|on\s+the\s+back\s+of|amid|reflect\w*|led\s+by|after|since)\b/i;

type Direction = 'up' | 'down' | undefined;

function direction(text: string): Direction {
  const [up, down] = [UP.test(text), DOWN.test(text)];
  return up === down ? undefined : up ? 'up' : 'down';
}

const cache = new WeakMap<Fact, { direction: Direction; cause: boolean }>();

function changeOf(fact: Fact): { direction: Direction; cause: boolean } {
  let cached = cache.get(fact);
  if (!cached) {
    const text = `${fact.title}. ${fact.summary} ${fact.details ?? ''}`;
    cached = { direction: direction(text), cause: CAUSE.test(text) };
    cache.set(fact, cached);
  }
  return cached;
}

/** The whole question is read: "why did X jump – what drove it" asks its cause in one clause, the change in another. */
export function causeCheck(question: string): FactCheck | undefined {
  if (!ASKS_CAUSE.test(question)) return undefined;
  const asked = direction(question);
  if (!asked) return undefined;
  return (fact) => {
    const change = changeOf(fact);
    return change.cause || change.direction !== asked;
  };
}
