import type { Fact } from '../schema.js';
import type { FactCheck } from './asked-attribute.js';

/**
 * "What share of A's trade is with B" asks for a part of A's whole; a fact that gives B's share of A's trade and one
 * that gives A's share of B's trade are worded alike but for whose whole the share is of. The whole a fact's unit or
 * title names ("% of X's foreign trade", "share of X's trade") must be the one the question names.
 */
const SHARE_OF =
  /(?:\bshare|\bpercent(?:age)?|\bproportion|\bportion|\bfraction|%)\s+of\s+(?:the\s+)?([a-z][\w-]*)['’]s\b/i;

const cache = new WeakMap<Fact, string | null>();

function factWhole(fact: Fact): string | null {
  let whole = cache.get(fact);
  if (whole === undefined) {
    const unit = fact.kind === 'figure' ? fact.unit : '';
    whole = (SHARE_OF.exec(unit) ?? SHARE_OF.exec(fact.title))?.[1]?.toLowerCase() ?? null;
    cache.set(fact, whole);
  }
  return whole;
}

export function wholeCheck(asking: string): FactCheck | undefined {
  const asked = SHARE_OF.exec(asking)?.[1]?.toLowerCase();
  if (!asked) return undefined;
  return (fact) => {
    const whole = factWhole(fact);
    return whole === null || whole === asked;
  };
}
