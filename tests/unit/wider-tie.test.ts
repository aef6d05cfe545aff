import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch, type SearchHit } from '../../src/knowledge/search/engine.js';
import type { Ranked } from '../../src/knowledge/search/hit-order.js';
import { widerFirst } from '../../src/knowledge/search/wider-tie.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const ids = (q: string) => answerIds(answerQuestion(search, q));

const ranked = (scores: number[], covered: string[][], coverage: number[]): Ranked => ({
  analysis: {
    hits: scores.map((score, i) => ({ fact: facts[i]!, score, coverage: coverage[i]!, named: 1 - i * 0.5 })),
    unseen: [],
    covered: covered.map((c) => new Set(c)),
    partial: covered.map(() => new Map()),
    terms: [],
  },
  coverage,
});
const all = () => true;
const first = (r: Ranked) => r.analysis.hits[0]!.fact.id;

describe('of two facts that score alike, the one that covers the whole question', () => {
  it('comes first when it covers all the other covers and more', () => {
    const r = ranked(
      [0.6, 0.6],
      [
        ['decade', 'cooper'],
        ['decade', 'cooper', 'help'],
      ],
      [0.8, 1],
    );
    expect(first(widerFirst(r, all))).toBe(facts[1]!.id);
    expect(ids('what have three decades of china asean cooperation helped to build in the region')).toEqual([
      'asean-community-established',
    ]);
  });
  it('does not when it scores clearly less, misses a word the best covers, or only adds a year', () => {
    expect(first(widerFirst(ranked([0.6, 0.5], [['a'], ['a', 'b']], [0.8, 1]), all))).toBe(facts[0]!.id);
    expect(
      first(
        widerFirst(
          ranked(
            [0.6, 0.6],
            [
              ['a', 'c'],
              ['a', 'b'],
            ],
            [0.8, 1],
          ),
          all,
        ),
      ),
    ).toBe(facts[0]!.id);
    expect(first(widerFirst(ranked([0.6, 0.6], [['a'], ['a', '2019']], [0.8, 1]), all))).toBe(facts[0]!.id);
    const none = (h: SearchHit) => h.fact === facts[0];
    expect(first(widerFirst(ranked([0.6, 0.6], [['a'], ['a', 'b']], [0.8, 1]), none))).toBe(facts[0]!.id);
  });
});
