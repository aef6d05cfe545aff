/** The pair index that rank reads a question's word pairs from, and the top list that rank fills best case first. */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/knowledge/schema.js';
import { PairIndex } from '../../src/knowledge/search/pair-index.js';
import { keepTop, makesTop, type Ranked } from '../../src/knowledge/search/top-hits.js';

describe('PairIndex', () => {
  it('lists the slots holding a pair, and forgets removed ones', () => {
    const index = new PairIndex();
    index.add(0, ['laos railway', 'railway open']);
    index.add(3, ['laos railway']);
    expect([...index.of('laos railway')].sort()).toEqual([0, 3]);
    expect(index.of('railway open')).toEqual([0]);
    index.remove(0, ['laos railway', 'railway open']);
    expect(index.of('laos railway')).toEqual([3]);
    expect(index.of('railway open')).toEqual([]);
    expect(index.of('never seen')).toEqual([]);
  });
});

describe('keepTop', () => {
  const entry = (title: string, raw: number, seq: number): Ranked => ({
    fact: { title } as Fact,
    raw,
    seq,
    coverage: 1,
    named: 0,
    covered: new Set(),
    partial: new Map(),
  });
  const entries = [entry('b', 2, 0), entry('a', 2, 1), entry('a', 2, 2), entry('c', 3, 3), entry('a', 1, 4)];

  it('keeps the same list whatever order the entries come in', () => {
    const list = (order: Ranked[]) => {
      const top: Ranked[] = [];
      for (const e of order) if (makesTop(top, e.raw, e.fact, e.seq, 3)) keepTop(top, e, 3);
      return top.map((e) => `${e.fact.title}${e.seq}`);
    };
    expect(list(entries)).toEqual(['c3', 'a1', 'a2']);
    expect(list([...entries].reverse())).toEqual(['c3', 'a1', 'a2']);
  });
});
