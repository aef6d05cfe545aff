import Fuse from 'fuse.js';
import type { Fact, FactKind } from '../schema.js';
import { FIELD_WEIGHTS, indexDoc, type IndexedDoc } from './documents.js';
import { HomophoneFix } from './homophones.js';
import { Vocabulary } from './vocabulary.js';
import { chineseOwners } from './chinese-owners.js';
import { possessors } from './possessors.js';
import { presentYear } from './relative-period.js';
import { Bm25Index, K1 } from './bm25-index.js';
import { FactGroups } from './fact-groups.js';
import { MAX_QUERY_TOKENS, QueryTerms, VOCABULARY_FUSE_OPTIONS } from './query-terms.js';
import { NameIndex, type NameRecord } from './name-index.js';
import { PairIndex } from './pair-index.js';
import type { Analysis, FactChange, QueryTerm, SearchHit, SearchOptions } from './search-types.js';
import { keepTop, makesTop, type Ranked } from './top-hits.js';
import { dedupe, orderSuggestions } from './suggest-order.js';

export { NAME_FUSE_OPTIONS } from './name-index.js';
export type { Analysis, FactChange, SearchHit, SearchOptions } from './search-types.js';

/** The share of the question's weight that must be found in one fact before we answer with it. */
export const MIN_COVERAGE = 0.62;
/**
 * Per adjacent word pair of the question found in one of the fact's example questions (chosen on the even half of
 * dev-en: 0.1-0.25 help, 0.35 and more cost the odd half).
 */
const QUESTION_PAIR_BONUS = 0.2;
const TITLE_REFERENCE = FIELD_WEIGHTS.title / (K1 + FIELD_WEIGHTS.title);
const FIGURE_HINT = /\b(how (many|much)|volume|number|figure|percent|share|value|total|worth|amount|count)\b/i;
// "Since when" asks a date as "when" does: its "since" is no word of the fact ("… since 2009", "since its opening").
const SINCE_WHEN = /\bsince\s+when\b/gi;
const DATE_HINT = /\b(when|what (day|date|year)|which year|since when)\b/i;
/** Bonus for a fact whose name puts the owner asked in the possessive ("ASEAN's largest partner"; chosen on the even half). */
const OWN_OWNER = 1.75;
const MIN_SUGGESTIONS = 5;
const HAN = /\p{Script=Han}/u;

/**
 * The search index over the fact base, kept up to date fact by fact (`apply`) instead of rebuilt on every change.
 *
 * Every fact sits in a slot that stays put while others come and go (freed slots are reused); the base's order (the
 * order the facts were given in, new ones placed by id as the store lists them) is kept apart, in `order` and
 * `rankOf`. Wherever order decides a result (posting lists, which breaks score ties; groups by tag; the vocabulary;
 * fuse.js ties over names), it is the base's order, so an updated index answers exactly as one built from scratch
 * over the same facts. Numbers that depend on the whole base (document frequencies, average field lengths, the
 * BM25 weights built from them) are derived from exact counts when used, never adjusted by sums and differences.
 */
export class FactSearch {
  private readonly groups = new FactGroups((id) => this.rankOf[this.slotById.get(id)!]!);
  /** Facts by tag, for answers that list a group (each group in the base's order). */
  readonly byTag = this.groups.byTag;
  /** How many facts are drawn first from each source (by URL): an article's points, or a survey of the field. */
  readonly drawnFrom = this.groups.drawnFrom;
  /** Those facts themselves, in no set order (for the points of one article; see article-points.ts). */
  readonly fromSource = this.groups.fromSource;
  private readonly docs: (IndexedDoc | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  /** namesStartingWith's answers, until the base changes. */
  private readonly startingWith = new Map<string, Fact[]>();
  private readonly freeSlots: number[] = [];
  /** Live slots in the base's order, and each slot's position in it. */
  private readonly order: number[] = [];
  private rankOf = new Int32Array(0);
  /** BM25 over the fields: posting lists, field lengths and the weights built from them. */
  private readonly bm25 = new Bm25Index();
  /** Token -> the facts holding it, in the base's order (the BM25 index's own lists, read in place). */
  private readonly postings = this.bm25.lists;
  /** Every written word of the base (folded) with its index token. */
  private readonly vocabulary: Vocabulary;
  /** Every fact's title, aliases and id, for fuzzy matches (see NameIndex). */
  private readonly names = new NameIndex();
  /** The facts holding each word pair of their names / of their example questions (see PairIndex). */
  private readonly namePairIndex = new PairIndex();
  private readonly questionPairIndex = new PairIndex();
  /** Analyses kept while `remembering` runs (see there), by kind, coverage bar and query. */
  private kept: Map<string, { limit: number; analysis: Analysis }> | undefined;

  /** Scratch marks for collecting candidates without allocating a Set per query (sized to the slots, see grow). */
  private seen = new Uint32Array(0);
  /** Per-query scratch, per fact (see rank). */
  private termSeen = new Uint32Array(0);
  private termBest = new Float64Array(0);
  private termWeight = new Float64Array(0);
  private rawScore = new Float64Array(0);
  private covered = new Float64Array(0);
  private strong = new Uint8Array(0);
  /** How many query terms each fact covers (a bound on the word pairs it can share with the question). */
  private termCount = new Uint8Array(0);
  /** How many of the question's word pairs each fact's names / example questions hold. */
  private namePairHits = new Uint8Array(0);
  private questionPairHits = new Uint8Array(0);
  /** Whether the best variant of the current term / of any term so far is a word of the fact's title or aliases. */
  private termInName = new Uint8Array(0);
  private inName = new Uint8Array(0);
  /** Per fact and query term: 1 + the index of the variant that matched best (0 = none). */
  private bestVariant = new Uint8Array(0);
  /**
   * Slot lists for one ranking (candidates, the facts a term touched, survivors) and each survivor's bound: reused so
   * a question allocates no per-fact arrays (they were some 40% of what an /ask question allocated at 1,000 facts).
   */
  private candidateList = new Int32Array(0);
  private touchedList = new Int32Array(0);
  private survivorList = new Int32Array(0);
  private boundList = new Float64Array(0);
  private generation = 0;
  /**
   * Per slot, what bounds a fact's bonuses (see rank), read from arrays rather than from each candidate's document:
   * whether it is a figure, whether its names put an owner in the possessive, and the lengths of its names (bit n: a
   * name of n words).
   */
  private isFigure = new Uint8Array(0);
  private hasOwners = new Uint8Array(0);
  private nameLengths = new Uint32Array(0);
  /** Homophone slips of the base's Chinese words (伙拌 → 伙伴), built on first use (see HomophoneFix). */
  private homophones = new HomophoneFix(() => this.postings.keys());
  /** The question's words as the ranking weighs them, with the caches that depend on the whole base (see settle). */
  private queryTerms: QueryTerms | undefined;
  private present: { year: number | undefined } | undefined;

  /** Indexes `facts` in the order given; `apply` places later facts by id (the store's order), see placeOf. */
  constructor(facts: readonly Fact[]) {
    this.vocabulary = new Vocabulary(
      {
        rankOf: (doc) => this.rankOf[doc]!,
        wordsOf: (doc) => this.docs[doc]!.words,
        postings: (token) => this.postings.get(token),
      },
      VOCABULARY_FUSE_OPTIONS.threshold,
    );
    for (const fact of facts) this.insert(fact, this.order.length);
    this.vocabulary.finishBuild();
    this.settle();
  }

  get size(): number {
    return this.order.length;
  }

  /** The base's present (see relative-period.ts), computed again after any change. */
  get presentYear(): number | undefined {
    this.present ??= { year: presentYear(this.order.map((slot) => this.docs[slot]!.fact)) };
    return this.present.year;
  }

  /**
   * Applies fact changes in place (added, replaced or removed, by id), so that the index then answers exactly as
   * `new FactSearch` over the resulting facts in the store's order would. Costs about what indexing the changed
   * facts costs, plus a pass over the slots per added or removed fact.
   */
  apply(changes: readonly FactChange[]): void {
    for (const { id, fact } of changes) {
      const slot = this.slotById.get(id);
      if (fact && fact.id !== id) throw new Error(`a change for "${id}" carries fact "${fact.id}"`);
      if (slot === undefined) {
        if (fact) this.insert(fact, this.placeOf(id));
      } else if (fact) {
        this.replace(slot, fact);
      } else {
        this.unindex(slot);
        this.unplace(slot);
      }
    }
    this.startingWith.clear();
    this.settle();
  }

  /** Where a new fact goes in `order`: before the first fact with a greater id (the store lists facts by id). */
  private placeOf(id: string): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.docs[this.order[mid]!]!.fact.id < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insert(fact: Fact, at: number): void {
    const slot = this.freeSlots.pop() ?? this.docs.length;
    if (slot >= this.seen.length) this.grow(slot + 1);
    this.order.splice(at, 0, slot);
    for (let k = at; k < this.order.length; k++) this.rankOf[this.order[k]!] = k;
    this.slotById.set(fact.id, slot);
    this.index(slot, fact);
  }

  private unplace(slot: number): void {
    const at = this.rankOf[slot]!;
    this.order.splice(at, 1);
    for (let k = at; k < this.order.length; k++) this.rankOf[this.order[k]!] = k;
    this.slotById.delete(this.docs[slot]!.fact.id);
    this.docs[slot] = undefined;
    this.freeSlots.push(slot);
  }

  /** Adds a placed fact's content to every index. */
  private index(slot: number, fact: Fact): void {
    const doc = indexDoc(fact);
    this.docs[slot] = doc;
    this.describe(slot, doc);
    this.namePairIndex.add(slot, doc.namePairs);
    this.questionPairIndex.add(slot, doc.questionPairs);
    this.bm25.add(slot, doc, this.rankOf);
    this.groups.add(fact, this.rankOf[slot]!);
    this.vocabulary.addDoc(slot, doc.words);
    this.names.add(slot, fact);
  }

  /**
   * A fact's new content in its place: unindex + index, but posting lists and vocabulary change only for the tokens
   * and words it gained or lost (an edit usually keeps most of them), and kept tokens get their new counts in place.
   */
  private replace(slot: number, fact: Fact): void {
    const old = this.docs[slot]!;
    const doc = indexDoc(fact);
    this.vocabulary.replaceDoc(slot, old.words, doc.words);
    this.bm25.replace(slot, old, doc, this.rankOf);
    this.docs[slot] = doc;
    this.describe(slot, doc);
    this.namePairIndex.remove(slot, old.namePairs);
    this.namePairIndex.add(slot, doc.namePairs);
    this.questionPairIndex.remove(slot, old.questionPairs);
    this.questionPairIndex.add(slot, doc.questionPairs);
    this.groups.replace(old.fact, fact, this.rankOf[slot]!);
    this.names.remove(slot);
    this.names.add(slot, fact);
  }

  /** The bonus bounds of a fact's document (see isFigure). */
  private describe(slot: number, doc: IndexedDoc): void {
    this.isFigure[slot] = doc.fact.kind === 'figure' ? 1 : 0;
    this.hasOwners[slot] = doc.possessors.size > 0 ? 1 : 0;
    let lengths = 0;
    // Questions have at most MAX_QUERY_TOKENS terms: longer names can never match their count.
    for (const name of doc.names) if (name.length < 32) lengths |= 1 << name.length;
    this.nameLengths[slot] = lengths >>> 0;
  }

  /** Takes a fact's content out of every index; it keeps its place in the order (see unplace). */
  private unindex(slot: number): void {
    const doc = this.docs[slot]!;
    const { fact } = doc;
    this.vocabulary.removeDoc(slot, doc.words);
    this.bm25.remove(slot, doc, this.rankOf);
    this.namePairIndex.remove(slot, doc.namePairs);
    this.questionPairIndex.remove(slot, doc.questionPairs);
    this.groups.remove(fact);
    this.names.remove(slot);
  }

  /** After changes: what depends on the whole base (averages, the unseen-word weight, cached weights and corrections). */
  private settle(): void {
    this.bm25.settle(this.size);
    // Caches over the whole vocabulary, built again on first use.
    this.queryTerms = undefined;
    this.homophones = new HomophoneFix(() => this.postings.keys());
    this.present = undefined;
  }

  /** Per-slot arrays grow by doubling. Scratch content need not survive, but marks must not repeat (see nextStamp). */
  private grow(need: number): void {
    const size = Math.max(need, this.seen.length * 2, 16);
    const rankOf = new Int32Array(size);
    rankOf.set(this.rankOf);
    this.rankOf = rankOf;
    this.isFigure = grown(this.isFigure, new Uint8Array(size));
    this.hasOwners = grown(this.hasOwners, new Uint8Array(size));
    this.nameLengths = grown(this.nameLengths, new Uint32Array(size));
    this.bm25.grow(size);
    this.seen = new Uint32Array(size);
    this.termSeen = new Uint32Array(size);
    this.generation = 0;
    this.termBest = new Float64Array(size);
    this.termWeight = new Float64Array(size);
    this.rawScore = new Float64Array(size);
    this.covered = new Float64Array(size);
    this.strong = new Uint8Array(size);
    this.termCount = new Uint8Array(size);
    this.namePairHits = new Uint8Array(size);
    this.questionPairHits = new Uint8Array(size);
    this.termInName = new Uint8Array(size);
    this.inName = new Uint8Array(size);
    this.bestVariant = new Uint8Array(size * MAX_QUERY_TOKENS);
    this.candidateList = new Int32Array(size);
    this.touchedList = new Int32Array(size);
    this.survivorList = new Int32Array(size);
    this.boundList = new Float64Array(size);
  }

  /** Best facts for a question, best first; empty when nothing in the base answers it. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.rank(query, { ...options, prefix: false, minCoverage: MIN_COVERAGE }).hits;
  }

  /** The ranking with no coverage bar, and what it knows about the question: for the answer rules. */
  analyze(query: string, options: SearchOptions & { minCoverage?: number } = {}): Analysis {
    const minCoverage = options.minCoverage ?? 0.01;
    if (!this.kept) return this.rank(query, { ...options, prefix: false, minCoverage });
    const limit = limitOf(options);
    const key = `${options.kind ?? ''}|${minCoverage}|${query}`;
    let kept = this.kept.get(key);
    if (!kept || kept.limit < limit) {
      const wide = Math.max(limit, KEPT_LIMIT);
      kept = { limit: wide, analysis: this.rank(query, { ...options, limit: wide, prefix: false, minCoverage }) };
      this.kept.set(key, kept);
    }
    return topOf(kept.analysis, limit);
  }

  /**
   * Runs `answer` with every analysis it asks for kept until it returns: one answer asks for the same part of a
   * question several times (the whole, each part, the part again with another limit), and each ranking is a pass
   * over the posting lists. Kept for one answer only, so a change to the index never meets a stale ranking.
   */
  remembering<T>(answer: () => T): T {
    if (this.kept) return answer();
    this.kept = new Map();
    try {
      return answer();
    } finally {
      this.kept = undefined;
    }
  }

  /** The question with Chinese homophone slips of the base's words corrected (高素公路 → 高速公路). */
  correctChinese(question: string): string {
    return HAN.test(question) ? this.homophones.correct(question) : question;
  }

  /** Closest titles for a question we could not answer, so the asker can rephrase. */
  nearest(query: string, limit = 3, kind?: FactKind): Fact[] {
    const ranked = this.rank(query, { limit, kind, prefix: true, minCoverage: 0.01 }).hits.map((h) => h.fact);
    if (ranked.length >= limit) return ranked;
    return dedupe([...ranked, ...this.fuzzyNames(query, limit, kind)]).slice(0, limit);
  }

  /** Autocomplete: matches while the user is still typing (the last word may be partial). */
  suggest(query: string, limit = 25, kind?: FactKind): Fact[] {
    const trimmed = query.trim();
    if (!trimmed) return this.firstFacts(limit, kind);
    const { hits, terms } = this.rank(trimmed, { limit, kind, prefix: true, minCoverage: 0.3 });
    // Only words that name nothing yet ("when ", "tell me about "): what an empty box shows, not names fuzzily like them.
    if (terms.length === 0 && trimmed.length > 1) return this.firstFacts(limit, kind);
    const ranked = orderSuggestions(hits, trimmed, limit);
    // Fuzzy title matches only fill a thin list: padding good matches with loose ones hides them.
    if (ranked.length >= MIN_SUGGESTIONS) return ranked;
    // One character is no typo to correct: fuse.js would list every name holding it. Names with a word that starts
    // with it are what the member is starting to type.
    const fill =
      trimmed.length === 1
        ? this.namesStartingWith(trimmed, limit, kind)
        : this.fuzzyNames(trimmed, MIN_SUGGESTIONS, kind);
    return dedupe([...ranked, ...fill]).slice(0, limit);
  }

  /** The base's first facts, what autocomplete offers before anything is typed. */
  private firstFacts(limit: number, kind?: FactKind): Fact[] {
    const first: Fact[] = [];
    for (const slot of this.order) {
      if (first.length === limit) break;
      const fact = this.docs[slot]!.fact;
      if (!kind || fact.kind === kind) first.push(fact);
    }
    return first;
  }

  /**
   * The first facts (in the base's order) with a title or alias holding a word that starts with `letter`. Kept per
   * letter and kind until the base changes: a letter no name starts a word with costs a pass over every name.
   */
  private namesStartingWith(letter: string, limit: number, kind?: FactKind): Fact[] {
    const lower = letter.toLowerCase();
    const key = `${lower}:${kind ?? ''}:${limit}`;
    const kept = this.startingWith.get(key);
    if (kept) return kept;
    const startsWord = (name: string) => {
      const text = name.toLowerCase();
      for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1))
        if (at === 0 || HAN.test(lower) || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
      return false;
    };
    const found: Fact[] = [];
    for (const slot of this.order) {
      if (found.length === limit) break;
      const fact = this.docs[slot]!.fact;
      if ((!kind || fact.kind === kind) && [fact.title, ...fact.aliases].some(startsWord)) found.push(fact);
    }
    if (this.startingWith.size > 1000) this.startingWith.clear();
    this.startingWith.set(key, found);
    return found;
  }

  /** fuse.js over the names that can match `query` (see NameIndex.searcher). */
  private nameSearcher(query: string): Fuse<NameRecord> {
    return this.names.searcher(query, this.order, this.rankOf);
  }

  private fuzzyNames(query: string, limit: number, kind?: FactKind): Fact[] {
    const cleaned = query.slice(0, 100).trim();
    if (!cleaned) return [];
    return this.nameSearcher(cleaned)
      .search(cleaned, { limit: limit * 2 })
      .map((r) => this.docs[r.item.i]!.fact)
      .filter((f) => !kind || f.kind === kind)
      .slice(0, limit);
  }

  /** The question's terms, over the base as it is now (see settle). */
  private termsOf(query: string, prefix: boolean): QueryTerm[] {
    this.queryTerms ??= new QueryTerms(
      this.postings,
      this.vocabulary,
      this.size,
      (token) => this.bm25.weightsOf(token, this.docs)?.inFactText ?? false,
    );
    return this.queryTerms.terms(query.replace(SINCE_WHEN, 'when'), prefix);
  }

  /** A fresh mark for the scratch arrays (cleared before the counter could wrap). */
  private nextStamp(): number {
    if (this.generation >= 0xfffffffe) {
      this.seen.fill(0);
      this.termSeen.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }

  /**
   * BM25 over the fields with typo and prefix variants, then bonuses for naming the fact. Term at a time over the
   * posting lists into per-fact scratch arrays; the bonuses (which only ever multiply by 1 or more, up to a known
   * bound) are computed only for facts that could still reach the top `limit`. Same results as scoring every fact.
   */
  private rank(query: string, options: SearchOptions & { prefix: boolean; minCoverage: number }): Analysis {
    const limit = limitOf(options);
    const terms = this.termsOf(query, options.prefix);
    const unseen = terms.filter((t) => t.unseen).map((t) => t.text);
    if (terms.length === 0) return { hits: [], unseen, covered: [], partial: [], terms: [] };
    const totalIdf = terms.reduce((s, t) => s + t.idf, 0);
    const figureHint = FIGURE_HINT.test(query);
    const dateHint = DATE_HINT.test(query);
    // Not while typing: autocomplete matches names, and a half-typed word is no owner yet.
    const askedOwners = options.prefix ? [] : [...possessors(query), ...chineseOwners(query)];
    const queryPairs = terms.slice(1).map((t, i) => `${terms[i]!.text} ${t.text}`);
    const allWeak = terms.every((t) => t.weak);
    const width = MAX_QUERY_TOKENS;

    // 1. Per fact and term, the best-scoring variant; summed over the terms in order (as a fact-at-a-time loop would).
    const stamp = this.nextStamp();
    const { candidateList: candidates, touchedList: touched } = this;
    let candidateCount = 0;
    // The scratch arrays as locals: this loop runs over every posting of every variant.
    const { seen, termSeen, termBest, termWeight, termInName, rawScore, covered, strong, termCount, inName } = this;
    const { namePairHits, questionPairHits } = this;
    const bestVariant = this.bestVariant;
    for (let j = 0; j < terms.length; j++) {
      const term = terms[j]!;
      const termStamp = this.nextStamp();
      let touchedCount = 0;
      for (let vi = 0; vi < term.variants.length; vi++) {
        const v = term.variants[vi]!;
        const docs = this.postings.get(v.token);
        const computed = this.bm25.weightsOf(v.token, this.docs);
        if (!docs || !computed) continue;
        const { weights, inName: inNames } = computed;
        for (let k = 0; k < docs.length; k++) {
          const i = docs[k]!;
          if (options.kind && this.docs[i]!.fact.kind !== options.kind) continue;
          if (seen[i] !== stamp) {
            seen[i] = stamp;
            rawScore[i] = 0;
            covered[i] = 0;
            strong[i] = 0;
            termCount[i] = 0;
            namePairHits[i] = 0;
            questionPairHits[i] = 0;
            inName[i] = 0;
            bestVariant.fill(0, i * width, i * width + terms.length);
            candidates[candidateCount++] = i;
          }
          if (termSeen[i] !== termStamp) {
            termSeen[i] = termStamp;
            termBest[i] = 0;
            touched[touchedCount++] = i;
          }
          const s = weights[k]! * v.weight;
          if (s > termBest[i]!) {
            termBest[i] = s;
            termWeight[i] = v.weight;
            termInName[i] = inNames[k]!;
            bestVariant[i * width + j] = vi + 1;
          }
        }
      }
      for (let t = 0; t < touchedCount; t++) {
        const i = touched[t]!;
        const best = termBest[i]!;
        if (best <= 0) continue;
        rawScore[i] = rawScore[i]! + best * term.idf;
        covered[i] = covered[i]! + term.idf * termWeight[i]!;
        if (!term.weak) strong[i] = 1;
        termCount[i] = termCount[i]! + 1;
        if (termInName[i]) inName[i] = 1;
      }
    }

    // The question's word pairs each candidate's names and example questions hold.
    for (const p of queryPairs) {
      for (const i of this.namePairIndex.of(p)) if (seen[i] === stamp) namePairHits[i] = namePairHits[i]! + 1;
      for (const i of this.questionPairIndex.of(p))
        if (seen[i] === stamp) questionPairHits[i] = questionPairHits[i]! + 1;
    }

    // 2. Enough of the question covered, and not by generic words alone.
    const survivors = this.survivorList;
    let survivorCount = 0;
    for (let c = 0; c < candidateCount; c++) {
      const i = candidates[c]!;
      if (covered[i]! / totalIdf >= options.minCoverage && (strong[i] === 1 || allWeak)) survivors[survivorCount++] = i;
    }

    // 3. Bonuses multiply the base score by at least 1 and at most a known factor (the name bonuses only when a
    //    matched word is in the fact's title or an alias): a fact whose best case falls below the limit-th best base
    //    score, or below the current limit-th final score, cannot make the list.
    const base = (i: number) => this.rawScore[i]! * (0.5 + 0.5 * (this.covered[i]! / totalIdf));
    // The pair bonuses are known exactly (see namePairHits), and so are the kind and owner bonuses' conditions.
    const most = (i: number) => {
      const figure = this.isFigure[i] === 1;
      return (
        (1 + 0.25 * this.namePairHits[i]!) *
        (1 + QUESTION_PAIR_BONUS * this.questionPairHits[i]!) *
        ((figureHint && figure) || (dateHint && !figure) ? 1.2 : 1) *
        (askedOwners.length && this.hasOwners[i] ? OWN_OWNER : 1) *
        (1 + 1e-9)
      );
    };
    // Naming the fact exactly takes a name of as many words as the question has terms.
    const exactBit = terms.length < 32 ? 1 << terms.length : 0;
    const nameBonus = (i: number) => (this.nameLengths[i]! & exactBit ? 1.5 * 1.3 : 1.5);
    let floor = -Infinity;
    if (survivorCount > limit) {
      // The `limit` best base scores, best first, kept by insertion (limit is at most 50).
      const best: number[] = [];
      for (let k = 0; k < survivorCount; k++) {
        const b = base(survivors[k]!);
        if (best.length === limit && !(b > best[limit - 1]!)) continue;
        let at = best.length < limit ? best.length : limit - 1;
        if (best.length < limit) best.push(b);
        while (at > 0 && best[at - 1]! < b) {
          best[at] = best[at - 1]!;
          at--;
        }
        best[at] = b;
      }
      floor = best[limit - 1]! * (1 - 1e-9);
    }

    // Best case first: once a fact's best case cannot beat the limit-th score so far, no later one can either.
    // Ties keep the order a pass over the survivors gave (see keepTop), so the list is the same in either order.
    const pending: number[] = [];
    const bounds = this.boundList;
    for (let k = 0; k < survivorCount; k++) {
      const i = survivors[k]!;
      const bound = base(i) * most(i) * (this.inName[i] ? nameBonus(i) : 1);
      bounds[k] = bound;
      if (!(bound < floor)) pending.push(k);
    }
    pending.sort((a, b) => bounds[b]! - bounds[a]! || a - b);
    const top: Ranked[] = [];
    const matched: string[] = [];
    for (const k of pending) {
      const i = survivors[k]!;
      if (top.length === limit && bounds[k]! < top[limit - 1]!.raw * (1 - 1e-9)) break;
      const doc = this.docs[i]!;
      const coverage = this.covered[i]! / totalIdf;
      let score = this.rawScore[i]!;
      const pairs = namePairHits[i]!;
      score *= 1 + 0.25 * pairs;
      // Word pairs an example question shares with the question ("finish negotiating"): the bag of all example
      // questions knows each word of a paraphrase but not that they stood together.
      score *= 1 + QUESTION_PAIR_BONUS * questionPairHits[i]!;
      // A question that names the fact (its title or an alias) nearly word for word points at it over facts that merely mention it.
      let nameCoverage = 0;
      let exactName = false;
      // Only a fact one of whose matched words is a word of its names (inName) can be named at all.
      if (this.inName[i]) {
        matched.length = 0;
        for (let j = 0; j < terms.length; j++) {
          const vi = this.bestVariant[i * width + j]!;
          if (vi > 0) matched.push(terms[j]!.variants[vi - 1]!.token);
        }
        for (const name of doc.names) {
          let hit = 0;
          for (const t of name) if (matched.includes(t)) hit++;
          nameCoverage = Math.max(nameCoverage, hit / name.length);
          if (hit === name.length && name.length === terms.length) exactName = true;
        }
      }
      score *= (1 + 0.5 * nameCoverage) * (exactName ? 1.3 : 1);
      if (figureHint && doc.fact.kind === 'figure') score *= 1.2;
      if (dateHint && doc.fact.kind !== 'figure') score *= 1.15;
      // "China's largest partner" is not "ASEAN's": the owner asked is the owner the fact's name gives.
      if (askedOwners.some((o) => doc.possessors.has(o))) score *= OWN_OWNER;
      score *= 0.5 + 0.5 * coverage;
      if (!makesTop(top, score, doc.fact, k, limit)) continue;
      const coveredTerms = new Set<string>();
      const partial = new Map<string, number>();
      for (let j = 0; j < terms.length; j++) {
        const vi = this.bestVariant[i * width + j]!;
        if (vi === 0) continue;
        const term = terms[j]!;
        coveredTerms.add(term.text);
        if (term.unseen) partial.set(term.text, term.variants[vi - 1]!.weight);
      }
      keepTop(
        top,
        { fact: doc.fact, raw: score, seq: k, coverage, named: nameCoverage, covered: coveredTerms, partial },
        limit,
      );
    }
    // The reported score is squashed into [0, 1] for display; ranking uses the raw value so strong matches do not tie.
    const reference = totalIdf * TITLE_REFERENCE * 2;
    return {
      hits: top.map((r) => ({
        fact: r.fact,
        score: r.raw / (r.raw + reference),
        coverage: r.coverage,
        named: r.named,
      })),
      unseen,
      covered: top.map((r) => r.covered),
      partial: top.map((r) => r.partial),
      terms: terms.map((t) => ({ text: t.text, share: t.idf / totalIdf })),
    };
  }
}

/**
 * How many hits a kept analysis holds: the answer rules ask for 1 to 8 (a year's own fact up to 16), so one ranking
 * of 8 serves them all.
 */
const KEPT_LIMIT = 8;

/**
 * The first `limit` hits of an analysis ranked with a larger limit: rank's order is that of scoring every fact (ties
 * by position), so they are the hits a ranking with `limit` gives. Fresh arrays, so a caller can never change what
 * is kept.
 */
function topOf(analysis: Analysis, limit: number): Analysis {
  return {
    hits: analysis.hits.slice(0, limit),
    unseen: [...analysis.unseen],
    covered: analysis.covered.slice(0, limit),
    partial: analysis.partial.slice(0, limit),
    terms: [...analysis.terms],
  };
}

/** How many hits a ranking keeps: 5 unless asked, 1 to 50. */
const limitOf = (options: SearchOptions) => Math.max(1, Math.min(options.limit ?? 5, 50));

/** A per-slot array grown into `into`, its content kept. */
function grown<T extends Uint8Array | Uint32Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
