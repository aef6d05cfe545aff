import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { askCoverages } from '../../src/knowledge/search/asking.js';
import { unitFirst } from '../../src/knowledge/search/asked-unit.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { figureType } from '../../src/knowledge/search/value-type-checks.js';
import type { Fact } from '../../src/knowledge/schema.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const figure = facts.find((f) => f.kind === 'figure')!;
const milestone = facts.find((f) => f.kind === 'milestone')!;
const measured = (unit: string, currency?: string): Fact => ({ ...figure, value: 420, unit, currency });

describe('the value type of a figure’s own unit', () => {
  it('reads distance, speed, share, money and time spans off the unit', () => {
    expect(figureType(measured('kilometres'))).toBe('distance');
    expect(figureType(measured('km/h (top speed)'))).toBe('speed');
    expect(figureType(measured('% of the port’s cargo'))).toBe('percent');
    expect(figureType(measured('million', 'USD'))).toBe('money');
    expect(figureType(measured('billion yuan'))).toBe('money');
    expect(figureType(measured('years (more than)'))).toBe('span');
  });
  it('is none for counts and for facts that are not figures', () => {
    expect(figureType(measured('member countries'))).toBeUndefined();
    expect(figureType(milestone)).toBeUndefined();
  });
});

describe('a question asking a value of a type', () => {
  const ranked = (q: string) => {
    const analysis = search.analyze(q, { limit: 8 });
    return { analysis, coverage: askCoverages(q, analysis) };
  };
  it('puts a close figure whose own unit is that type before a fact that mentions such a value', () => {
    const q = 'How long is the Laos railway?';
    expect(unitFirst(q, ranked(q), () => true).analysis.hits[0]!.fact.id).toBe('china-laos-railway-length');
    expect(ids(q)).toEqual(['china-laos-railway-length']);
  });
  it('leaves the order alone when no value type is asked', () => {
    const q = 'When did the Laos railway open?';
    const before = ranked(q);
    expect(unitFirst(q, before, () => true).analysis.hits.map((h) => h.fact.id)).toEqual(
      before.analysis.hits.map((h) => h.fact.id),
    );
  });
  it('leaves a figure that does not answer what is asked where it is', () => {
    const q = 'How long is the Laos railway?';
    const hits = unitFirst(q, ranked(q), (h) => h.fact.kind !== 'figure').analysis.hits;
    expect(hits[0]!.fact.id).toBe(ranked(q).analysis.hits[0]!.fact.id);
  });
});

const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('a best that states no value of the asked kind', () => {
  it('gives way to a close fact, named as much, that does', () => {
    expect(answerIds(answerQuestion(search, 'PP-SHV expressway travel time'))[0]).toBe(
      'phnom-penh-sihanoukville-expressway-opens',
    );
  });
  it('does not bring in a fact the question does not name ("…and how long is it?")', () => {
    expect(answerIds(answerQuestion(search, 'when did the china-laos railway open and how long is it'))).not.toContain(
      'phnom-penh-sihanoukville-expressway-opens',
    );
  });
});
