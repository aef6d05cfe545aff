/**
 * The engines behind one small interface, so quality and latency are measured the same way for each.
 * Each baseline comes twice: as a newcomer would configure it ("defaults"), and made fair (Corridor's normalisation,
 * fields and field weights, and an "I don't know" threshold on its own score, tuned on the development sets only).
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { checkQuestion } from '../src/knowledge/question.js';
import type { Fact } from '../src/knowledge/schema.js';
import { answerQuestion } from '../src/knowledge/search/answer.js';
import { FIELDS, FIELD_WEIGHTS, indexDoc, type Field } from '../src/knowledge/search/documents.js';
import { FactSearch } from '../src/knowledge/search/engine.js';
import { tokenize } from '../src/knowledge/search/normalize.js';
import { answerRanking, type Ranking } from '../tests/eval/evaluate.js';

export interface Engine {
  name: string;
  /** What the answer to a question shows (empty = "I don't know") and what it ranked, for the quality table. */
  answer(query: string): Ranking;
  /** Autocomplete: up to 25 fact ids for a partly typed text. */
  suggest(query: string): string[];
  /** The whole /ask path (what the handler calls), for the latency table. */
  ask(query: string): unknown;
}

export type EngineFactory = (facts: readonly Fact[]) => Engine;

export interface ScoredHit {
  id: string;
  score: number;
}

/** A baseline's raw ranked hits with its own score, before any "I don't know" rule. */
export interface Scorer {
  name: string;
  /** fuse.js scores 0 (perfect) to 1; MiniSearch's BM25 grows with relevance. */
  better: 'lower' | 'higher';
  hits(query: string, limit: number): ScoredHit[];
}

/** Whether a hit's score clears an "I don't know" threshold (undefined = answer whenever there is a hit). */
export function passes(scorer: Pick<Scorer, 'better'>, score: number, threshold: number | undefined): boolean {
  if (threshold === undefined) return true;
  return scorer.better === 'lower' ? score <= threshold : score >= threshold;
}

/**
 * A baseline's answer: its hits that clear the threshold (at most 3, as a results list would show) and its top 3
 * ranked regardless, the counterpart of Corridor's "closest topics" buttons.
 */
export function thresholdAnswer(
  scorer: Pick<Scorer, 'better'>,
  hits: readonly ScoredHit[],
  threshold: number | undefined,
): Ranking {
  const ranked = hits.slice(0, 3).map((h) => h.id);
  const shown = hits
    .slice(0, 3)
    .filter((h) => passes(scorer, h.score, threshold))
    .map((h) => h.id);
  // The answer leads with the best hit or says nothing: a lower hit never stands in for a refused first one.
  return { shown: shown[0] === ranked[0] ? shown : [], ranked };
}

function asEngine(scorer: Scorer, threshold: number | undefined, suggest: (q: string) => string[]): Engine {
  const answer = (q: string) => thresholdAnswer(scorer, scorer.hits(q, 3), threshold);
  return { name: scorer.name, answer, suggest, ask: answer };
}

// ---------------------------------------------------------------------------------------------------------------
// Defaults: what a newcomer would write.

/** fuse.js with its default options over the facts' names and summary. */
export function fuseDefaultScorer(facts: readonly Fact[]): Scorer {
  const fuse = new Fuse(facts, { keys: ['title', 'aliases', 'tags', 'summary'], includeScore: true });
  return {
    name: 'fuse.js (defaults)',
    better: 'lower',
    hits: (q, limit) => fuse.search(q, { limit }).map((r) => ({ id: r.item.id, score: r.score ?? 1 })),
  };
}

/** MiniSearch (BM25+) over the same four fields with fuzzy 0.2 and prefix search, its own tokenizer. */
export function miniSearchDefaultScorer(facts: readonly Fact[]): Scorer {
  const ms = new MiniSearch<Fact>({
    fields: ['title', 'aliases', 'tags', 'summary'],
    storeFields: [],
    extractField: (doc, field) => {
      const value = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' ') : ((value as string | undefined) ?? '');
    },
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  ms.addAll(facts);
  return {
    name: 'MiniSearch (defaults)',
    better: 'higher',
    hits: (q, limit) =>
      ms
        .search(q)
        .slice(0, limit)
        .map((r) => ({ id: String(r.id), score: r.score })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Fair: Corridor's normalisation (tokenize: folding, phrases, synonyms, irregular forms + Porter2, stopwords, CJK
// bigrams), Corridor's fields (indexDoc: title, aliases, questions, tags, when, summary, details) and FIELD_WEIGHTS.

type FairFields = Record<Field, string>;

/** Every field of a fact as Corridor indexes it, tokens joined by spaces. */
function fairFields(fact: Fact): FairFields {
  const { fields } = indexDoc(fact);
  return Object.fromEntries(FIELDS.map((f) => [f, fields[f].join(' ')])) as FairFields;
}

interface FairFuseDoc extends FairFields {
  id: string;
  /** Aliases, example questions and tags one string each, so fuse.js's field-length norm sees short names. */
  aliasList: string[];
  questionList: string[];
  tagList: string[];
}

const FUSE_FAIR_KEYS = [
  { name: 'title', weight: FIELD_WEIGHTS.title },
  { name: 'aliasList', weight: FIELD_WEIGHTS.aliases },
  { name: 'questionList', weight: FIELD_WEIGHTS.questions },
  { name: 'tagList', weight: FIELD_WEIGHTS.tags },
  { name: 'when', weight: FIELD_WEIGHTS.when },
  { name: 'summary', weight: FIELD_WEIGHTS.summary },
  { name: 'details', weight: FIELD_WEIGHTS.details },
];

/** The normalised query: the same tokens Corridor searches with, as one string. */
const fairQuery = (q: string) => tokenize(q).join(' ');

/**
 * fuse.js over the normalised fields with Corridor's weights. Token search (fuse.js 7.5: each word matched and
 * TF-IDF scored, split on the spaces of the normalised text) did a little better on the development sets than one
 * fuzzy pattern for the whole question; `ignoreLocation` so words late in a summary count like early ones.
 */
export function fuseFairScorer(facts: readonly Fact[]): Scorer {
  const docs: FairFuseDoc[] = facts.map((f) => ({
    id: f.id,
    ...fairFields(f),
    aliasList: f.aliases.map(fairQuery),
    questionList: f.questions.map(fairQuery),
    tagList: f.tags.map(fairQuery),
  }));
  const fuse = new Fuse(docs, {
    keys: FUSE_FAIR_KEYS,
    includeScore: true,
    ignoreLocation: true,
    useTokenSearch: true,
    tokenize: (t) => t.split(' ').filter(Boolean),
  });
  return {
    name: 'fuse.js (fair)',
    better: 'lower',
    hits: (q, limit) => {
      const query = fairQuery(q);
      return query ? fuse.search(query, { limit }).map((r) => ({ id: r.item.id, score: r.score ?? 1 })) : [];
    },
  };
}

/**
 * MiniSearch over the normalised fields (already tokenized, so split on spaces) and queries tokenized the same way.
 * fuzzy 0.1 with prefix search did best on the development sets (see bench/results.md).
 */
export function miniSearchFairScorer(facts: readonly Fact[]): Scorer {
  const ms = new MiniSearch<FairFields & { id: string }>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => tokenize(text),
      processTerm: (term) => term,
      boost: { ...FIELD_WEIGHTS },
      fuzzy: 0.1,
      prefix: true,
    },
  });
  ms.addAll(facts.map((f) => ({ id: f.id, ...fairFields(f) })));
  return {
    name: 'MiniSearch (fair)',
    better: 'higher',
    hits: (q, limit) =>
      ms
        .search(q)
        .slice(0, limit)
        .map((r) => ({ id: String(r.id), score: r.score })),
  };
}

// ---------------------------------------------------------------------------------------------------------------

export type ScorerFactory = (facts: readonly Fact[]) => Scorer;

/** A baseline engine: answers with its top hit when it clears `threshold`; autocomplete is its first 25 hits. */
export function baseline(make: ScorerFactory, threshold?: number): EngineFactory {
  return (facts) => {
    const scorer = make(facts);
    return asEngine(scorer, threshold, (q) => scorer.hits(q, 25).map((h) => h.id));
  };
}

/** Corridor, used exactly as the /ask handler and autocomplete use it (and as tests/unit/search-eval.test.ts scores it). */
export const corridor: EngineFactory = (facts) => {
  const index = new FactSearch(facts);
  return {
    name: 'Corridor',
    answer: (q) => answerRanking(answerQuestion(index, q)),
    suggest: (q) => index.suggest(q.slice(0, 200), 25).map((f) => f.id),
    ask: (q) => {
      const check = checkQuestion(q);
      return check.ok ? answerQuestion(index, check.question) : check.error;
    },
  };
};
