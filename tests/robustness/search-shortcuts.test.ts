/**
 * The search engine takes shortcuts to stay fast on big fact bases (ranking prunes facts that cannot make the list;
 * fuzzy matching runs fuse.js only over strings a character-pair filter lets through). These properties check, on
 * hostile and on realistic input, that the shortcuts change nothing: the same results and scores as the long way.
 */
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { FACT_KINDS, type Fact, type FactKind } from '../../src/knowledge/schema.js';
import { FactSearch, NAME_FUSE_OPTIONS } from '../../src/knowledge/search/engine.js';
import { FuseFilter } from '../../src/knowledge/search/fuse-filter.js';
import { factsOfSize } from '../../bench/synthetic.js';
import { QUESTIONS } from '../eval/evaluate.js';
import { hostileString } from './hostile-input.js';

const SEED = 20251123;
const real = loadSeedFacts();
const small = new FactSearch(real);
const large = new FactSearch(factsOfSize(real, 1_000));
const kindOrAll = fc.option(fc.constantFrom<FactKind>(...FACT_KINDS), { nil: undefined });
/** Hostile text, real questions, and real questions cut short or with a letter dropped. */
const query = fc.oneof(
  hostileString(),
  fc.constantFrom(...QUESTIONS.map((q) => q.q)),
  fc
    .tuple(fc.constantFrom(...QUESTIONS.map((q) => q.q)), fc.nat(60), fc.nat(40))
    .map(([q, cut, drop]) => (q.slice(0, drop) + q.slice(drop + 1)).slice(0, cut + 1)),
);

const ranked = (engine: FactSearch, q: string, limit: number, kind?: FactKind) =>
  engine.search(q, { limit, kind }).map((h) => [h.fact.id, h.score]);

describe('ranking never depends on how many results are asked for (pruning is exact)', () => {
  for (const [name, engine, runs] of [
    ['55 real facts', small, 1_500],
    ['1,000 facts', large, 500],
  ] as const) {
    it(name, () => {
      fc.assert(
        fc.property(query, kindOrAll, fc.integer({ min: 1, max: 10 }), (q, kind, k) => {
          const head = ranked(engine, q, k, kind);
          expect(head).toEqual(ranked(engine, q, 50, kind).slice(0, k));
          for (const [, score] of head) (expect(score).toBeGreaterThan(0), expect(score).toBeLessThan(1));
          expect(engine.suggest(q.slice(0, 200), 25, kind).length).toBeLessThanOrEqual(25);
          expect(engine.nearest(q, 3, kind).length).toBeLessThanOrEqual(3);
        }),
        { seed: SEED, numRuns: runs },
      );
    });
  }
});

describe('fuzzy matching over pre-filtered candidates gives exactly what fuse.js gives over everything', () => {
  const words = [
    'china',
    'laos',
    'railway',
    'asean',
    'trade',
    'free',
    'area',
    'rcep',
    'fta',
    '3.0',
    'port',
    'zone',
    'vientiane',
    'upgrade',
    '中老铁路',
    '👍🏽',
  ];
  const word = fc.oneof(fc.constantFrom(...words), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }));
  const text = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '-', ' – '))
    .map(([w, sep]) => w.join(sep));
  /** Part of one of the texts with a few random edits, or anything hostile. */
  const patternFor = (texts: string[]) =>
    fc.oneof(
      fc
        .tuple(
          fc.nat(texts.length - 1),
          fc.nat(60),
          fc.integer({ min: 1, max: 70 }),
          fc.array(fc.tuple(fc.nat(80), fc.string({ maxLength: 2 })), { maxLength: 6 }),
        )
        .map(([t, start, length, edits]) => {
          const source = texts[t]!;
          const from = start % Math.max(1, source.length);
          let p = source.slice(from, from + length);
          for (const [at, insert] of edits)
            p = p.slice(0, at % (p.length + 1)) + insert + p.slice((at % (p.length + 1)) + 1);
          return p;
        }),
      hostileString().map((s) => s.slice(0, 120)),
    );

  for (const options of [
    { threshold: 0.3, ignoreLocation: true, includeScore: true },
    { threshold: 0.34, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 },
  ]) {
    it(`lists of strings, threshold ${options.threshold}`, () => {
      fc.assert(
        fc.property(
          fc
            .array(text, { minLength: 1, maxLength: 60 })
            .chain((texts) => fc.tuple(fc.constant(texts), patternFor(texts))),
          ([texts, pattern]) => {
            const all = new Fuse(texts, options).search(pattern).map((r) => [r.refIndex, r.score]);
            const found = new FuseFilter(texts, options.threshold).candidates(pattern);
            const some = found
              ? new Fuse(
                  found.ids.map((i) => texts[i]!),
                  options,
                )
                  .search(pattern)
                  .map((r) => [found.ids[r.refIndex]!, r.score])
              : all;
            expect(some).toEqual(all);
          },
        ),
        { seed: SEED, numRuns: 400 },
      );
    });
  }

  it("facts' titles, aliases and ids (weighted keys), on the real base, a 300-fact one and one updated in place", () => {
    const byId = (a: Fact, b: Fact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const sorted = [...factsOfSize(real, 300)].sort(byId);
    // Updated in place: a third removed, then added back in reverse order, some with new titles.
    const updated = new FactSearch(sorted);
    const gone = sorted.filter((_, i) => i % 3 === 0);
    updated.apply(gone.map((f) => ({ id: f.id, fact: undefined })));
    const back = gone
      .reverse()
      .map((f, i) => (i % 2 ? f : { ...f, title: `${f.title} ${real[i % real.length]!.title}`.slice(0, 100) }));
    updated.apply(back.map((f) => ({ id: f.id, fact: f })));
    const backById = new Map(back.map((f) => [f.id, f]));
    const final = sorted.map((f) => backById.get(f.id) ?? f);
    for (const [engine, facts] of [
      [small, real],
      [new FactSearch(sorted), sorted],
      [updated, final],
    ] as const) {
      // The fuzzy-name search is private; reach it to compare the shortcut with a full fuse.js index over every name.
      const internals = engine as unknown as { nameSearcher(q: string): Fuse<{ id: string }> };
      const full = new Fuse(
        facts.map((f, i) => ({ i, id: f.id, title: f.title, aliases: f.aliases })),
        NAME_FUSE_OPTIONS,
      );
      const names = real.flatMap((f) => [f.title, ...f.aliases]);
      fc.assert(
        fc.property(
          fc.oneof(
            query,
            fc.constantFrom(...names),
            fc.tuple(fc.constantFrom(...names), fc.nat(30)).map(([n, cut]) => n.slice(0, cut + 1)),
          ),
          (raw) => {
            const q = raw.slice(0, 100).trim();
            if (!q) return;
            const all = full.search(q, { limit: 10 }).map((r) => [r.item.id, r.score]);
            expect(
              internals
                .nameSearcher(q)
                .search(q, { limit: 10 })
                .map((r) => [r.item.id, r.score]),
            ).toEqual(all);
          },
        ),
        { seed: SEED, numRuns: 400 },
      );
    }
    // 1,200 searches over three full fuse.js indexes: what is checked is that the answers match; speed is the bench's.
  }, 180_000);
});
