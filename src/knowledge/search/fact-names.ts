import type { Fact } from '../schema.js';
import { tokenizeQuery } from './normalize.js';

const cache = new WeakMap<Fact, ReadonlySet<string>>();

/** The index tokens of a fact's names: its title and aliases. */
export function nameTokens(fact: Fact): ReadonlySet<string> {
  let tokens = cache.get(fact);
  if (!tokens) {
    tokens = new Set(tokenizeQuery([fact.title, ...fact.aliases].join(' ')).map((t) => t.token));
    cache.set(fact, tokens);
  }
  return tokens;
}
