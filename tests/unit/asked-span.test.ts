import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { unitFirst } from '../../src/knowledge/search/asked-unit.js';
import type { Ranked } from '../../src/knowledge/search/hit-order.js';
import type { SearchHit } from '../../src/knowledge/search/engine.js';
import { askedTypes, valueTypeChecks } from '../../src/knowledge/search/value-type-checks.js';

const facts = loadSeedFacts();
const byId = (id: string) => facts.find((f) => f.id === id)!;
const decades = byId('china-asean-dialogue-three-decades');
const standards = byId('china-asean-standards-convergence');
const begins = byId('china-asean-dialogue-begins');

describe('"how long have they been …" asks for a length of time up to then', () => {
  it('reads the perfect "how long has/have/had" as asking a span, and "how long ago" or "how long is" not', () => {
    expect(askedTypes('How long have China and ASEAN been working together?').flatMap((a) => a.types)).toEqual([
      'span',
    ]);
    expect(askedTypes('how long has china been asean’s top partner').flatMap((a) => a.types)).toEqual(['span']);
    expect(askedTypes('How long ago had the railway started running?').flatMap((a) => a.types)).not.toContain('span');
    expect(askedTypes('How long is the railway?').flatMap((a) => a.types)).not.toContain('span');
  });
  it('is answered by a fact that states a span ("more than three decades"), not one that says "have long applied"', () => {
    const [[name, check]] = valueTypeChecks('How long have China and ASEAN been working together?') as [
      [string, (f: typeof decades) => boolean],
    ];
    expect(name).toBe('type:span');
    expect(check(decades)).toBe(true);
    expect(check(begins)).toBe(true);
    expect(check(standards)).toBe(false);
  });
});

describe('a best that states no value of the asked type', () => {
  const hit = (fact: typeof decades, score: number): SearchHit => ({ fact, score, coverage: 0.8, named: 0.5 });
  const ranked = (scores: [number, number]): Ranked => ({
    analysis: {
      hits: [hit(standards, scores[0]), hit(decades, scores[1])],
      unseen: [],
      covered: [new Set(), new Set()],
      partial: [new Map(), new Map()],
      terms: [],
    },
    coverage: [1, 0.75],
  });
  const q = 'How long have China and ASEAN been working together?';
  const fits = (h: SearchHit) => h.fact !== standards;
  it('gives way to a figure of that type further behind than a best that does state one would', () => {
    expect(unitFirst(q, ranked([0.44, 0.41]), fits).analysis.hits[0]!.fact.id).toBe(decades.id);
    expect(unitFirst(q, ranked([0.44, 0.41]), () => true).analysis.hits[0]!.fact.id).toBe(standards.id);
  });
  it('keeps its place over a figure far behind', () => {
    expect(unitFirst(q, ranked([0.44, 0.2]), fits).analysis.hits[0]!.fact.id).toBe(standards.id);
  });
});
