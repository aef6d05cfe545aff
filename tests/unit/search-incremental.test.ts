/**
 * An index kept up to date change by change (FactSearch.apply) must answer exactly as one built from scratch over
 * the same facts: same facts, same order, same scores. Random sequences of adds, edits, removals and restores (seeded,
 * so a failure repeats) are checked against a fresh build on the development questions, as searches, answers,
 * nearest titles and autocomplete.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch, type FactChange } from '../../src/knowledge/search/engine.js';
import { factsOfSize } from '../../bench/synthetic.js';
import { prng } from '../support/prng.js';

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

// Development sets only (the held-out ones are never used to build or check anything).
const QUESTIONS = ['questions', 'dev-en', 'dev-zh'].flatMap((set) =>
  (JSON.parse(readFileSync(new URL(`../eval/${set}.json`, import.meta.url), 'utf8')) as { q: string }[]).map(
    (e) => e.q,
  ),
);

const real = loadSeedFacts();
/** Facts to add from: synthetic ones, with words of the real base and made-up names. */
const pool = factsOfSize(real, real.length + 150, 7).slice(real.length);
const byId = (a: Fact, b: Fact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A changed version of a fact, with text, names, tags, questions or translations taken from another one. */
function edited(rng: Rng, fact: Fact, other: Fact): Fact {
  const next = structuredClone(fact);
  const what = Math.floor(rng() * 7);
  if (what === 0)
    next.title = other.title; // equal titles: ties are broken by the base's order
  else if (what === 1) next.aliases = rng() < 0.5 ? [] : [...next.aliases, other.title].slice(0, 20);
  else if (what === 2)
    next.tags = rng() < 0.5 ? next.tags.slice(1) : [...new Set([...next.tags, ...other.tags])].slice(0, 20);
  else if (what === 3) next.summary = `${other.summary} ${next.summary}`.slice(0, 1000);
  else if (what === 4) next.questions = other.questions.slice(0, 20);
  else if (what === 5) {
    if (other.i18n) next.i18n = structuredClone(other.i18n);
    else delete next.i18n;
  } else next.details = other.details ?? `${other.title} and ${pick(rng, real).title}`;
  return next;
}

/** One random batch of changes (usually one), applied to `current` (id -> fact) as it is made. */
function randomBatch(rng: Rng, current: Map<string, Fact>, removed: Map<string, Fact>, step: number): FactChange[] {
  const batch: FactChange[] = [];
  const size = rng() < 0.8 ? 1 : 2 + Math.floor(rng() * 6);
  for (let k = 0; k < size; k++) {
    const ids = [...current.keys()];
    const roll = rng();
    if (roll < 0.35) {
      const id = pick(rng, ids);
      const fact = edited(rng, current.get(id)!, pick(rng, [...current.values(), ...pool]));
      current.set(id, fact);
      batch.push({ id, fact });
    } else if (roll < 0.6) {
      // New ids land anywhere in id order, some before every existing one.
      const id = `${pick(rng, ['a', 'm', 'z', ''])}${pick(rng, pool).id}-${step}-${k}`.replace(/^-/, '');
      const fact = { ...structuredClone(pick(rng, pool)), id };
      current.set(id, fact);
      batch.push({ id, fact });
    } else if (roll < 0.85 && current.size > 5) {
      const id = pick(rng, ids);
      removed.set(id, current.get(id)!);
      current.delete(id);
      batch.push({ id, fact: undefined });
    } else if (removed.size > 0) {
      const id = pick(rng, [...removed.keys()]);
      const fact = removed.get(id)!;
      removed.delete(id);
      current.set(id, fact);
      batch.push({ id, fact });
    }
  }
  return batch;
}

/** Everything the bot asks of the index, for one question (the costlier answers for every third one). */
function observe(search: FactSearch, q: string, full: boolean): unknown[] {
  return [
    search.analyze(q, { limit: 8 }),
    ...[3, 200].map((cut) => search.suggest(q.slice(0, cut), 25).map((f) => f.id)),
    ...(full ? [answerQuestion(search, q), search.nearest(q, 5).map((f) => f.id)] : []),
  ];
}

/** Same facts, same order, scores within 1e-9 (compared exactly elsewhere: only numbers may differ at all). */
function expectSame(updated: FactSearch, built: FactSearch, questions: readonly string[]): void {
  expect(updated.size).toBe(built.size);
  expect(updated.suggest('', 25).map((f) => f.id)).toEqual(built.suggest('', 25).map((f) => f.id));
  expect(Object.fromEntries([...updated.byTag].map(([t, fs]) => [t, fs.map((f) => f.id)]))).toEqual(
    Object.fromEntries([...built.byTag].map(([t, fs]) => [t, fs.map((f) => f.id)])),
  );
  expect(Object.fromEntries(updated.drawnFrom)).toEqual(Object.fromEntries(built.drawnFrom));
  // The facts drawn from each source, in no set order: the same set of ids.
  const sources = (s: FactSearch) =>
    Object.fromEntries([...s.fromSource].map(([url, fs]) => [url, fs.map((f) => f.id).sort()]));
  expect(sources(updated)).toEqual(sources(built));
  questions.forEach((q, i) => {
    const a = observe(updated, q, i % 3 === 0);
    const b = observe(built, q, i % 3 === 0);
    expect(JSON.stringify(a, roundScores), q).toBe(JSON.stringify(b, roundScores));
    const scores = (s: FactSearch) =>
      s
        .search(q, { limit: 10 })
        .map((h) => [h.score, h.coverage, h.named])
        .flat();
    const sa = scores(updated);
    const sb = scores(built);
    expect(sa.length).toBe(sb.length);
    sa.forEach((x, k) => expect(Math.abs(x - sb[k]!)).toBeLessThanOrEqual(1e-9));
  });
}

/** Scores are compared separately (within 1e-9); everything else must be equal as it is. */
function roundScores(key: string, value: unknown): unknown {
  return (key === 'score' || key === 'coverage' || key === 'named' || key === 'share') && typeof value === 'number'
    ? Math.round(value * 1e6)
    : value;
}

describe('FactSearch.apply: an updated index answers exactly as a fresh one', () => {
  for (const seed of [1, 2]) {
    it(`random adds, edits, removals and restores (seed ${seed})`, () => {
      const rng = prng(seed);
      const current = new Map(real.map((f) => [f.id, f]));
      const removed = new Map<string, Fact>();
      const search = new FactSearch([...real].sort(byId));
      for (let step = 0; step < 60; step++) {
        search.apply(randomBatch(rng, current, removed, step));
        // A sample of the questions on the way, every question at the end.
        if (step % 20 === 19)
          expectSame(
            search,
            new FactSearch([...current.values()].sort(byId)),
            QUESTIONS.filter((_, i) => i % 7 === step % 7),
          );
      }
      expectSame(search, new FactSearch([...current.values()].sort(byId)), QUESTIONS);
      // Every question of every set, answered twice over: 26 s alone on this 2-core machine, 37 s beside other work.
    }, 120_000);
  }

  it('removing every fact and adding them back gives the fresh index', () => {
    const sorted = [...real].sort(byId);
    const search = new FactSearch(sorted);
    search.apply(sorted.map((f) => ({ id: f.id, fact: undefined })));
    expect(search.size).toBe(0);
    expect(search.search('rcep')).toEqual([]);
    search.apply([...sorted].reverse().map((f) => ({ id: f.id, fact: f })));
    expectSame(
      search,
      new FactSearch(sorted),
      QUESTIONS.filter((_, i) => i % 5 === 0),
    );
  });

  it('refuses a change whose fact has another id', () => {
    const search = new FactSearch(real);
    expect(() => search.apply([{ id: 'x-y', fact: real[0]! }])).toThrow(/carries fact/);
  });
});
