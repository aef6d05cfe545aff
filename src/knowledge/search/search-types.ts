import type { Fact, FactKind } from '../schema.js';

export interface SearchHit {
  fact: Fact;
  /** Relevance in [0, 1]: how well the fact's names and text cover the question. */
  score: number;
  /** Share of the question's weight this fact covers (unseen content words count against it). */
  coverage: number;
  /** The largest share of one of the fact's names (title or an alias) that the question contains. */
  named: number;
}

/** One ranking with what the decision rules need to know about the question itself. */
export interface Analysis {
  hits: SearchHit[];
  /** Content words the whole base has never seen (they name something it does not cover). */
  unseen: string[];
  /** The query tokens each hit covers, same order as hits (for combining facts in one answer). */
  covered: Set<string>[];
  /** Per hit, the unseen Chinese words it holds only partial evidence for, with how much (see HanOverlap.partial). */
  partial: Map<string, number>[];
  /** The question's tokens and their share of its weight. */
  terms: { text: string; share: number }[];
}

export interface SearchOptions {
  limit?: number;
  kind?: FactKind;
}

/** One fact's new state for `FactSearch.apply`: `fact` undefined = the fact (if indexed) is gone. */
export interface FactChange {
  id: string;
  fact: Fact | undefined;
}

/** A token a query term may match, and how much a match counts. */
export interface Variant {
  token: string;
  /** 1 for an exact token; less for a typo correction or a prefix. */
  weight: number;
}

/** One word of the question as the ranking weighs it. */
export interface QueryTerm {
  text: string;
  idf: number;
  weak: boolean;
  variants: Variant[];
  /** A word the base never wrote (its variants, if any, are only partial evidence for it). */
  unseen?: boolean;
}
