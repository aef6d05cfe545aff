/**
 * The three engines behind one small interface, so quality and latency are measured the same way for each.
 * Baselines are configured the way a newcomer would write them; they are not tuned down.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { checkQuestion } from '../src/knowledge/question.js';
import type { Fact } from '../src/knowledge/schema.js';
import { FactSearch } from '../src/knowledge/search/engine.js';

export interface Engine {
  name: string;
  /** Ranked fact ids for a question; empty = "I don't know". */
  search(query: string, limit: number): string[];
  /** Autocomplete: up to 25 fact ids for a partly typed text. */
  suggest(query: string): string[];
  /** The whole /ask core path (what the handler calls), for the latency table. */
  ask(query: string): string[];
}

export type EngineFactory = (facts: readonly Fact[]) => Engine;

/** (a) fuse.js with its default options over the facts' names and summary. */
export const fuseDefault: EngineFactory = (facts) => {
  const fuse = new Fuse(facts as Fact[], { keys: ['title', 'aliases', 'tags', 'summary'] });
  const search = (q: string, limit: number) => fuse.search(q, { limit }).map((r) => r.item.id);
  return { name: 'fuse.js (defaults)', search, suggest: (q) => search(q, 25), ask: (q) => search(q, 4) };
};

/**
 * (b) MiniSearch (BM25+) over the same fields with fuzzy 0.2 and prefix search. `boost` adds the obvious tweak of
 * weighting names over the summary; both variants are shown in the quality table.
 */
export function miniSearchEngine(boost?: Record<string, number>): EngineFactory {
  return (facts) => {
    const ms = new MiniSearch<Fact>({
      fields: ['title', 'aliases', 'tags', 'summary'],
      storeFields: [],
      extractField: (doc, field) => {
        const value = (doc as unknown as Record<string, unknown>)[field];
        return Array.isArray(value) ? value.join(' ') : ((value as string | undefined) ?? '');
      },
      searchOptions: { fuzzy: 0.2, prefix: true, ...(boost ? { boost } : {}) },
    });
    ms.addAll(facts as Fact[]);
    const search = (q: string, limit: number) => ms.search(q).slice(0, limit).map((r) => String(r.id));
    return { name: boost ? 'MiniSearch BM25 + name boost' : 'MiniSearch BM25', search, suggest: (q) => search(q, 25), ask: (q) => search(q, 4) };
  };
}

export const miniSearch = miniSearchEngine();
export const miniSearchBoosted = miniSearchEngine({ title: 2, aliases: 1.5 });

/** (c) Corridor's own FactSearch, used exactly as the /ask and autocomplete handlers use it. */
export const corridor: EngineFactory = (facts) => {
  const index = new FactSearch(facts);
  return {
    name: 'Corridor FactSearch',
    search: (q, limit) => index.search(q, { limit }).map((h) => h.fact.id),
    suggest: (q) => index.suggest(q.slice(0, 200), 25).map((f) => f.id),
    ask: (q) => {
      // /ask: clean the question, search, and on a miss offer the nearest titles.
      const check = checkQuestion(q);
      if (!check.ok) return [];
      const hits = index.search(check.question, { limit: 4 }).map((h) => h.fact.id);
      if (hits.length === 0) index.nearest(check.question, 3);
      return hits;
    },
  };
};

/** The engines timed side by side (the boost does not change MiniSearch's speed, so it is timed once). */
export const TIMED_ENGINES: readonly EngineFactory[] = [fuseDefault, miniSearch, corridor];
/** The engines in the quality table. */
export const QUALITY_ENGINES: readonly EngineFactory[] = [fuseDefault, miniSearch, miniSearchBoosted, corridor];
