/** A fact's English text as the typed checks read it, its words stemmed once per fact. */
import type { Fact } from '../schema.js';
import { stem } from './normalize.js';

export interface FactText {
  text: string;
  /** Stemmed tokens with their character offsets in `text`. */
  tokens: { token: string; at: number }[];
}
const cache = new WeakMap<Fact, FactText>();

export function factText(fact: Fact): FactText {
  let cached = cache.get(fact);
  if (!cached) {
    const text = `${fact.title}. ${fact.summary} ${fact.details ?? ''}`;
    const tokens: FactText['tokens'] = [];
    for (const m of text.matchAll(/[A-Za-z]+/g)) tokens.push({ token: stem(m[0].toLowerCase()), at: m.index });
    cached = { text, tokens };
    cache.set(fact, cached);
  }
  return cached;
}

/** How far (in characters) a value may stand from the attribute it gives ("a toll of USD 5", "fares from 50 yuan"). */
export const NEAR = 60;

/** The text within NEAR characters either side of a position. */
export function textNear(text: string, at: number): string {
  return text.slice(Math.max(0, at - NEAR), at + NEAR);
}

/** Whether the fact's text says a word, in its stemmed form. */
export function saysWord(fact: Fact, stemmed: string): boolean {
  return factText(fact).tokens.some((t) => t.token === stemmed);
}
