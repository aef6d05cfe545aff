/** Latency of /ask search and autocomplete for every timed engine at one fact-base size. */
import type { Fact } from '../src/knowledge/schema.js';
import { QUESTIONS } from '../tests/eval/evaluate.js';
import type { EngineFactory } from './engines.js';
import { timeQueries, type Timing } from './stats.js';
import { pick, prng, questionAbout, type Rng } from './synthetic.js';

export const QUERY_COUNT = 10_000;
/** Where autocomplete queries are cut, in characters ("full" = the whole question). */
const CUTS = [1, 2, 3, 5, 8, 12, 18, 25, 40, Infinity];

export interface EngineLatency {
  engine: string;
  buildMs: number;
  ask: Timing;
  suggest: Timing;
}

function shuffle<T>(rng: Rng, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/**
 * 10,000 questions: half the evaluation set's real questions (cycled), half questions about random facts of this
 * base (title words, a quarter with a typo); autocomplete queries are the same mix cut at several lengths.
 */
export function queriesFor(facts: readonly Fact[], seed = 7): { ask: string[]; suggest: string[] } {
  const rng = prng(seed);
  const real = QUESTIONS.map((q) => q.q);
  const question = (i: number) => (i % 2 === 0 ? real[(i / 2) % real.length]! : questionAbout(rng, pick(rng, facts)));
  const ask = Array.from({ length: QUERY_COUNT }, (_, i) => question(i));
  const suggest = Array.from({ length: QUERY_COUNT }, (_, i) => question(i).slice(0, pick(rng, CUTS)));
  return { ask: shuffle(rng, ask), suggest: shuffle(rng, suggest) };
}

export interface LatencyOptions {
  /** Wall-time cap per engine, operation and size (ms), the same for every engine. */
  budgetMs: number;
  log?: (line: string) => void;
}

export function measureLatency(
  facts: readonly Fact[],
  engines: readonly EngineFactory[],
  options: LatencyOptions,
): EngineLatency[] {
  const queries = queriesFor(facts);
  const out: EngineLatency[] = [];
  for (const make of engines) {
    // With --expose-gc (npm run bench), each engine starts on a collected heap, so none pays for the garbage the
    // engine before it left (a 20 s fuse.js cell leaves hundreds of MB), nor for its own build.
    globalThis.gc?.();
    const t = performance.now();
    const engine = make(facts);
    const buildMs = performance.now() - t;
    globalThis.gc?.();
    const budget = options.budgetMs;
    const ask = timeQueries(queries.ask, (q) => engine.ask(q), budget);
    const suggest = timeQueries(queries.suggest, (q) => engine.suggest(q), budget);
    options.log?.(
      `  ${facts.length} facts · ${engine.name}: built in ${buildMs.toFixed(0)} ms · /ask p99 ${ask.p99.toFixed(2)}` +
        ` ms (n=${ask.n}) · autocomplete p99 ${suggest.p99.toFixed(2)} ms (n=${suggest.n})`,
    );
    out.push({ engine: engine.name, buildMs, ask, suggest });
  }
  return out;
}
