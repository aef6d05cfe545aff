import type { Fact } from '../schema.js';
import type { FactCheck } from './asked-attribute.js';

/**
 * "What share of A's trade is with B" asks for a part of A's whole; a fact that gives B's share of A's trade and one
 * that gives A's share of B's trade are worded alike but for whose whole the share is of. The whole a fact's unit or
 * title names ("% of X's foreign trade", "share of X's trade") must be the one the question names.
 */
const SHARE_OF =
  /(?:\bshare|\bpercent(?:age)?|\bper\s+cent|\bproportion|\bportion|\bfraction|%)\s+of\s+(?:the\s+)?([a-z][\w-]*)['’]s\b/i;

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

/**
 * "What share of world trade" and "what share of the world economy" ask for parts of different measures: a share of
 * output is no share of trade, whoever's whole it is. The measure is the head noun after "of" and its qualifiers.
 */
const SHARE_OF_MEASURE =
  /(?:\bshare|\bpercent(?:age)?|\bper\s+cent|\bproportion|\bportion|\bfraction|%)\s+of\s+(?:the\s+)?(?:(?:[a-z][\w-]*['’]s|world|global|worldwide|total|overall|foreign|international|all)\s+)*([a-z]+)/i;
const MEASURE_OF: Record<string, string> = {
  trade: 'trade',
  exports: 'trade',
  imports: 'trade',
  commerce: 'trade',
  economy: 'output',
  economic: 'output',
  gdp: 'output',
  output: 'output',
  population: 'population',
  people: 'population',
};

const measureCache = new WeakMap<Fact, string | null>();

function measureOf(text: string): string | undefined {
  const head = SHARE_OF_MEASURE.exec(text)?.[1]?.toLowerCase();
  return head === undefined ? undefined : MEASURE_OF[head];
}

function factMeasure(fact: Fact): string | null {
  let measure = measureCache.get(fact);
  if (measure === undefined) {
    const unit = fact.kind === 'figure' ? fact.unit : '';
    measure = measureOf(unit) ?? measureOf(fact.title) ?? null;
    measureCache.set(fact, measure);
  }
  return measure;
}

export function wholeCheck(asking: string): FactCheck | undefined {
  const asked = SHARE_OF.exec(asking)?.[1]?.toLowerCase();
  const measure = measureOf(asking);
  if (!asked && !measure) return undefined;
  return (fact) => {
    const whole = asked ? factWhole(fact) : null;
    const stated = measure ? factMeasure(fact) : null;
    return (whole === null || whole === asked) && (stated === null || stated === measure);
  };
}
