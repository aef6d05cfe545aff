import Fuse, { type FuseIndex } from 'fuse.js';
import type { Fact, FactKind } from '../schema.js';
import { FIELDS, FIELD_WEIGHTS, indexDoc, type Field, type IndexedDoc } from './documents.js';
import { FuseFilter, fuseChunks, maxErrors } from './fuse-filter.js';
import { HanOverlap } from './chinese.js';
import { isEnglishWord } from './english-words.js';
import { isFillerOrTypo, isSlip } from './filler.js';
import { PLACE_NAMES } from './place-names.js';
import { fold, isSourceWord, tokenizeQuery, WEAK_TOKENS } from './normalize.js';

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
  /** The question's tokens and their share of its weight. */
  terms: { text: string; share: number }[];
}

export interface SearchOptions {
  limit?: number;
  kind?: FactKind;
}

interface Variant {
  token: string;
  /** 1 for an exact token; less for a typo correction or a prefix. */
  weight: number;
}

interface QueryTerm {
  text: string;
  idf: number;
  weak: boolean;
  variants: Variant[];
}

const K1 = 1.2;
const B = 0.5;
/** The share of the question's weight that must be found in one fact before we answer with it. */
export const MIN_COVERAGE = 0.62;
const TITLE_REFERENCE = FIELD_WEIGHTS.title / (K1 + FIELD_WEIGHTS.title);
const FIGURE_HINT = /\b(how (many|much)|volume|number|figure|percent|share|value|total|worth|amount|count)\b/i;
const DATE_HINT = /\b(when|what (day|date|year)|which year|since when)\b/i;
const MAX_QUERY_TOKENS = 24;
/** How much an unseen content word weighs against every fact, relative to the rarest known word. */
const UNSEEN_WEIGHT = 1.5;
const HAN = /\p{Script=Han}/u;
const MAX_SHORTHAND = 4;
/** A Chinese word met through shared characters counts at most this much of an exact match. */
const HAN_OVERLAP = 0.8;
/** A one-slip correction fuse.js missed counts this much of an exact match. */
const SLIP_WEIGHT = 0.75;
/** fuse.js candidates read per typo, of which the two best that pass the checks are kept. */
const TYPO_CANDIDATES = 8;
/** An English word this long may still be a one-letter slip of a word of the base ("agrement"). */
const LONG_WORD = 7;
const ENGLISH_SLIP = 0.15;
const MIN_SUGGESTIONS = 5;
/** Suggestions that do not start a name must score at least this share of the best one. */
const SUGGEST_TAIL = 0.5;
/** Beside names that match what is typed, at most this many other matches. */
const MAX_TAIL = 5;

interface NameRecord {
  i: number;
  id: string;
  title: string;
  aliases: string[];
}

type IndexRecordFields = NonNullable<ReturnType<FuseIndex<NameRecord>['toJSON']>['records'][number]['$']>;

const VOCABULARY_FUSE_OPTIONS = { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 };

const NAME_FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  keys: [
    { name: 'title', weight: 3 },
    { name: 'aliases', weight: 2 },
    { name: 'id', weight: 1 },
  ],
};
/**
 * How many facts one fuzzy name search may run fuse.js over (see nameSearcher): NAME_WORK_BUDGET divided by the
 * bitap passes per name (one per allowed edit plus one, per 32-character chunk), between NAME_MIN_CANDIDATES and
 * NAME_MAX_CANDIDATES.
 */
const NAME_WORK_BUDGET = 2400;
const NAME_MIN_CANDIDATES = 100;
const NAME_MAX_CANDIDATES = 600;

/**
 * Chat shorthand and short unfixable slips ("rn", "tbh", "yrs", "btwn"): at most MAX_SHORTHAND letters, not English,
 * not a place or bloc. Longer unknown words are usually names (a port, a bridge, another agreement).
 */
function isChatNoise(word: string): boolean {
  return word.length <= MAX_SHORTHAND && !HAN.test(word) && !PLACE_NAMES.has(word) && !isEnglishWord(word);
}

/** An immutable index over one snapshot of the fact base; rebuild it when facts change. */
export class FactSearch {
  readonly size: number;
  /** Facts by tag, for answers that list a group. */
  readonly byTag = new Map<string, Fact[]>();
  private readonly docs: IndexedDoc[];
  private readonly postings = new Map<string, number[]>();
  /**
   * Token -> for each fact in its posting list (same order), the saturated, field-weighted BM25 term frequency
   * tf / (K1 + tf), summed over the fields once at build time: a query walks arrays instead of looking tokens up.
   */
  private readonly postingWeights = new Map<string, Float64Array>();
  /** Token -> for each fact in its posting list, 1 when the token is a word of the fact's title or an alias. */
  private readonly postingInName = new Map<string, Uint8Array>();
  private readonly avgLen: Record<Field, number>;
  private readonly idfMax: number;
  /** Every written word of the base (folded); `wordToken` holds each one's index token. */
  private readonly vocabulary: string[];
  private readonly wordToken: string[];
  /** The vocabulary sorted, with each word's position in `vocabulary`: prefix look-ups by binary search. */
  private readonly sortedVocabulary: { word: string; at: number }[];
  private readonly vocabularyFuse: Fuse<string>;
  private readonly nameRecords: NameRecord[];
  private readonly nameFuse: Fuse<NameRecord>;
  private readonly nameIndex: ReturnType<FuseIndex<NameRecord>['toJSON']>;
  /** Every title, alias and id as a string of its own: the fact it names, its fuse.js key and its alias position. */
  private readonly names: { owner: number; key: 0 | 1 | 2; alias: number }[] = [];
  private readonly nameFilter: FuseFilter;
  private readonly vocabularyFilter: FuseFilter;
  private readonly vocabularyIndex: ReturnType<FuseIndex<string>['toJSON']>;
  private readonly corrections = new Map<string, Variant[]>();
  /** Scratch marks for collecting candidates without allocating a Set per query. */
  private readonly seen: Uint32Array;
  /** Per-query scratch, per fact (see rank). */
  private readonly termSeen: Uint32Array;
  private readonly termBest: Float64Array;
  private readonly termWeight: Float64Array;
  private readonly rawScore: Float64Array;
  private readonly covered: Float64Array;
  private readonly strong: Uint8Array;
  /** Whether the best variant of the current term / of any term so far is a word of the fact's title or aliases. */
  private readonly termInName: Uint8Array;
  private readonly inName: Uint8Array;
  /** Per fact and query term: 1 + the index of the variant that matched best (0 = none). */
  private readonly bestVariant: Uint8Array;
  private generation = 0;
  /** Chinese words of the base by character, built on first use (see HanOverlap). */
  private readonly han = new HanOverlap(() => this.postings.keys());
  /** Vocabulary positions by first letter, built on first use, for slips fuse.js scores too far (see slips). */
  private byInitial: Map<string, number[]> | undefined;

  constructor(facts: readonly Fact[]) {
    this.docs = facts.map(indexDoc);
    this.size = this.docs.length;
    for (const fact of facts) {
      for (const tag of fact.tags) {
        const group = this.byTag.get(tag);
        if (group) group.push(fact);
        else this.byTag.set(tag, [fact]);
      }
    }
    this.seen = new Uint32Array(this.size);
    this.termSeen = new Uint32Array(this.size);
    this.termBest = new Float64Array(this.size);
    this.termWeight = new Float64Array(this.size);
    this.rawScore = new Float64Array(this.size);
    this.covered = new Float64Array(this.size);
    this.strong = new Uint8Array(this.size);
    this.termInName = new Uint8Array(this.size);
    this.inName = new Uint8Array(this.size);
    this.bestVariant = new Uint8Array(this.size * MAX_QUERY_TOKENS);
    const totals = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
    this.docs.forEach((doc, i) => {
      const seen = new Set<string>();
      for (const f of FIELDS) {
        totals[f] += doc.fields[f].length;
        for (const t of doc.counts[f].keys()) seen.add(t);
      }
      for (const t of seen) {
        const list = this.postings.get(t);
        if (list) list.push(i);
        else this.postings.set(t, [i]);
      }
    });
    const n = Math.max(1, this.size);
    this.avgLen = Object.fromEntries(FIELDS.map((f) => [f, Math.max(1, totals[f] / n)])) as Record<Field, number>;
    this.idfMax = this.idf(0);
    const filled = new Map<string, number>();
    for (const [t, list] of this.postings) {
      this.postingWeights.set(t, new Float64Array(list.length));
      this.postingInName.set(t, new Uint8Array(list.length));
      filled.set(t, 0);
    }
    this.docs.forEach((doc) => {
      const tfs = new Map<string, number>();
      for (const f of FIELDS) {
        const norm = 1 - B + (B * doc.fields[f].length) / this.avgLen[f];
        for (const [t, c] of doc.counts[f]) tfs.set(t, (tfs.get(t) ?? 0) + (FIELD_WEIGHTS[f] * c) / norm);
      }
      // Facts are visited in index order, the order of every posting list.
      for (const [t, tf] of tfs) {
        const at = filled.get(t)!;
        this.postingWeights.get(t)![at] = tf / (K1 + tf);
        this.postingInName.get(t)![at] = doc.counts.title.has(t) || doc.counts.aliases.has(t) ? 1 : 0;
        filled.set(t, at + 1);
      }
    });
    const words = new Map<string, string>();
    for (const doc of this.docs) for (const [word, token] of doc.words) if (this.postings.has(token)) words.set(word, token);
    this.vocabulary = [...words.keys()];
    this.wordToken = [...words.values()];
    this.vocabularyFuse = new Fuse(this.vocabulary, VOCABULARY_FUSE_OPTIONS);
    this.vocabularyIndex = this.vocabularyFuse.getIndex().toJSON();
    this.vocabularyFilter = new FuseFilter(this.vocabulary, VOCABULARY_FUSE_OPTIONS.threshold);
    this.sortedVocabulary = this.vocabulary.map((word, at) => ({ word, at })).sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    this.nameRecords = this.docs.map((d, i) => ({ i, id: d.fact.id, title: d.fact.title, aliases: d.fact.aliases }));
    this.nameFuse = new Fuse(this.nameRecords, NAME_FUSE_OPTIONS);
    this.nameIndex = this.nameFuse.getIndex().toJSON();
    const nameStrings: string[] = [];
    this.nameRecords.forEach((r, owner) => {
      nameStrings.push(r.title);
      this.names.push({ owner, key: 0, alias: -1 });
      r.aliases.forEach((a, alias) => {
        nameStrings.push(a);
        this.names.push({ owner, key: 1, alias });
      });
      nameStrings.push(r.id);
      this.names.push({ owner, key: 2, alias: -1 });
    });
    this.nameFilter = new FuseFilter(nameStrings, NAME_FUSE_OPTIONS.threshold);
  }

  /** Best facts for a question, best first; empty when nothing in the base answers it. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.rank(query, { ...options, prefix: false, minCoverage: MIN_COVERAGE }).hits;
  }

  /** The ranking with no coverage bar, and what it knows about the question: for the answer rules. */
  analyze(query: string, options: SearchOptions & { minCoverage?: number } = {}): Analysis {
    return this.rank(query, { ...options, prefix: false, minCoverage: options.minCoverage ?? 0.01 });
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
    if (!trimmed) {
      return this.docs
        .map((d) => d.fact)
        .filter((f) => !kind || f.kind === kind)
        .slice(0, limit);
    }
    const hits = this.rank(trimmed, { limit, kind, prefix: true, minCoverage: 0.3 }).hits;
    // What the member is typing is usually (the start of) a name: names as typed first, then names that start the
    // same once folded, then names holding every typed word; other matches only when they are strong.
    const floor = (hits[0]?.score ?? 0) * SUGGEST_TAIL;
    const tiers = hits.map((h) => ({ fact: h.fact, tier: nameTier(h.fact, trimmed) ?? (h.score >= floor ? 3 : 4) }));
    const named = tiers.filter((t) => t.tier < 3).sort((a, b) => a.tier - b.tier);
    const others = tiers.filter((t) => t.tier === 3).slice(0, named.length ? MAX_TAIL : limit);
    const ranked = [...named, ...others].map((t) => t.fact);
    // Fuzzy title matches only fill a thin list: padding good matches with loose ones hides them.
    if (ranked.length >= MIN_SUGGESTIONS) return ranked;
    return dedupe([...ranked, ...this.fuzzyNames(trimmed, MIN_SUGGESTIONS, kind)]).slice(0, limit);
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

  /**
   * fuse.js over every fact's names costs time in proportion to the whole base (microseconds a name for a short
   * query, tens for a long one), so it runs only over the names that can match at all (see FuseFilter): the same
   * results as searching every fact. Only when more facts pass than NAME_WORK_BUDGET allows (short, common queries
   * in a big base) does it keep those whose names come closest (FuseFilter's share), so results may then differ.
   */
  private nameSearcher(query: string): Fuse<NameRecord> {
    const found = this.nameFilter.candidates(query);
    if (!found) return this.nameFuse;
    // Names are numbered fact by fact, so one fact's passing names are next to each other.
    const owners: number[] = [];
    const shares: number[] = [];
    const passing = new Map<number, number[]>();
    found.ids.forEach((id, k) => {
      const owner = this.names[id]!.owner;
      if (owners.at(-1) !== owner) {
        owners.push(owner);
        shares.push(found.shares[k]!);
        passing.set(owner, [id]);
      } else {
        passing.get(owner)!.push(id);
        shares[shares.length - 1] = Math.max(shares.at(-1)!, found.shares[k]!);
      }
    });
    const work = fuseChunks(query.toLowerCase()).reduce((w, c) => w + maxErrors(c.length, NAME_FUSE_OPTIONS.threshold) + 1, 0);
    const cap = Math.min(NAME_MAX_CANDIDATES, Math.max(NAME_MIN_CANDIDATES, Math.floor(NAME_WORK_BUDGET / Math.max(1, work))));
    let chosen = owners;
    if (owners.length > cap) {
      const order = owners.map((_, k) => k);
      if (shares.some((x) => x !== shares[0])) order.sort((a, b) => shares[b]! - shares[a]! || a - b);
      chosen = order.slice(0, cap).map((k) => owners[k]!);
    }
    chosen.sort((a, b) => a - b);
    // Reuse the full index's records (values and length norms), keeping only the names that can match: the others
    // add nothing to a fact's fuse.js score, which multiplies over matching names only.
    const records = chosen.map((owner, at) => {
      const full = this.nameIndex.records[owner]!.$ ?? {};
      const $: IndexRecordFields = {};
      const aliases = new Set<number>();
      for (const id of passing.get(owner)!) {
        const name = this.names[id]!;
        if (name.key === 1) aliases.add(name.alias);
        else if (full[name.key]) $[name.key] = full[name.key]!;
      }
      const allAliases = full[1];
      if (aliases.size && Array.isArray(allAliases)) $[1] = allAliases.filter((sub) => aliases.has(sub.i ?? -1));
      return { i: at, $ };
    });
    const index = Fuse.parseIndex<NameRecord>({ keys: this.nameIndex.keys, records });
    return new Fuse(
      chosen.map((i) => this.nameRecords[i]!),
      NAME_FUSE_OPTIONS,
      index,
    );
  }

  /** fuse.js's best vocabulary words for a typo, searching only the words that can match (see FuseFilter). */
  private typoSearch(word: string): { item: string; refIndex: number; score?: number }[] {
    const found = this.vocabularyFilter.candidates(word);
    if (!found) return this.vocabularyFuse.search(word, { limit: TYPO_CANDIDATES });
    if (found.ids.length === 0) return [];
    const index = Fuse.parseIndex<string>({
      keys: this.vocabularyIndex.keys,
      records: found.ids.map((id, at) => ({ ...this.vocabularyIndex.records[id]!, i: at })),
    });
    return new Fuse(
      found.ids.map((id) => this.vocabulary[id]!),
      VOCABULARY_FUSE_OPTIONS,
      index,
    )
      .search(word, { limit: TYPO_CANDIDATES })
      .map((r) => ({ ...r, refIndex: found.ids[r.refIndex]! }));
  }

  private idf(df: number): number {
    const n = this.size;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** `token` is the index form, `raw` the word as typed: typos and prefixes are matched on written words. */
  private variantsFor(token: string, raw: string, prefix: boolean): Variant[] {
    if (this.postings.has(token)) {
      if (!prefix) return [{ token, weight: 1 }];
    }
    const key = `${prefix ? 'p' : 'x'}:${raw}`;
    const cached = this.corrections.get(key);
    if (cached) return cached;
    const variants: Variant[] = this.postings.has(token) ? [{ token, weight: 1 }] : [];
    const add = (t: string, weight: number) => {
      const same = variants.find((v) => v.token === t);
      if (!same) variants.push({ token: t, weight });
      else same.weight = Math.max(same.weight, weight);
    };
    if (prefix && raw.length >= 2) {
      for (const at of this.completions(raw, 8)) add(this.wordToken[at]!, 0.85);
    }
    // Typos: only for words long enough that a near miss is still meaningful, never for numbers or names, and for a
    // real English word only a one-letter slip in a long one ("agrement"), never in a short one ("lanes" is no "laos").
    const english = isEnglishWord(raw);
    if (variants.length === 0 && raw.length >= 4 && !/\d/.test(raw) && !PLACE_NAMES.has(raw) && (!english || raw.length >= LONG_WORD)) {
      let kept = 0;
      for (const r of this.typoSearch(raw)) {
        const score = r.score ?? 1;
        // Typos rarely hit the first letter; requiring it keeps "population" from becoming "cooperation". fuse.js
        // also matches inside longer words ("entred" in "represented"), which is no typo either.
        if (Math.abs(r.item.length - raw.length) > 2 || r.item[0] !== raw[0] || (english && score > ENGLISH_SLIP)) continue;
        add(this.wordToken[r.refIndex]!, 0.9 * (1 - score));
        if (++kept === 2) break;
      }
    }
    if (variants.length === 0 && !english && raw.length >= 4 && !/\d/.test(raw)) for (const at of this.slips(raw)) add(this.wordToken[at]!, SLIP_WEIGHT);
    if (variants.length === 0 && HAN.test(raw)) for (const m of this.han.matches(raw)) add(m.token, HAN_OVERLAP * m.share);
    if (this.corrections.size > 5000) this.corrections.clear();
    this.corrections.set(key, variants);
    return variants;
  }

  /**
   * Vocabulary words one slip away ("aeras" → "areas", "countires" → "countries"): fuse.js counts a swap of
   * neighbours as two edits, too many for its threshold in a short word. At most two, in vocabulary order.
   */
  private slips(raw: string): number[] {
    if (!this.byInitial) {
      this.byInitial = new Map();
      this.vocabulary.forEach((w, at) => {
        const list = this.byInitial!.get(w[0]!);
        if (list) list.push(at);
        else this.byInitial!.set(w[0]!, [at]);
      });
    }
    const found: number[] = [];
    for (const at of this.byInitial.get(raw[0]!) ?? []) {
      if (isSlip(raw, this.vocabulary[at]!) && found.push(at) === 2) break;
    }
    return found;
  }

  /** Positions of the first `limit` words (in vocabulary order) that start with `prefix`, other than the prefix itself. */
  private completions(prefix: string, limit: number): number[] {
    const list = this.sortedVocabulary;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.word < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < list.length && list[i]!.word.startsWith(prefix); i++) if (list[i]!.word !== prefix) found.push(list[i]!.at);
    return found.sort((a, b) => a - b).slice(0, limit);
  }

  private terms(query: string, prefix: boolean): QueryTerm[] {
    const seen = new Set<string>();
    const tokens = tokenizeQuery(query.slice(0, 600)).filter((t) => !seen.has(t.token) && seen.add(t.token));
    const last = tokens.at(-1)?.token;
    const terms: QueryTerm[] = [];
    for (const { token, raw } of tokens) {
      if (terms.length === MAX_QUERY_TOKENS) break;
      if (isSourceWord(raw)) continue;
      const variants = this.variantsFor(token, raw, prefix && token === last);
      const df = this.postings.get(token)?.length ?? 0;
      if (df === 0 && variants.length === 0) {
        // A word the base has never seen: everyday phrasing and chat shorthand say nothing either way; an English
        // word (a ticket, a lane, a prime minister) or a longer unknown name names what the base does not cover.
        if (isFillerOrTypo(raw) || isFillerOrTypo(token) || isChatNoise(raw) || (HAN.test(raw) && HanOverlap.isNoise(raw))) continue;
        terms.push({ text: token, idf: this.idfMax * UNSEEN_WEIGHT, weak: false, variants });
        continue;
      }
      const idf = df > 0 ? this.idf(df) : this.idf(this.postings.get(variants[0]!.token)!.length);
      terms.push({ text: token, idf, weak: WEAK_TOKENS.has(token), variants });
    }
    return terms;
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
  private rank(
    query: string,
    options: SearchOptions & { prefix: boolean; minCoverage: number },
  ): Analysis {
    const limit = Math.max(1, Math.min(options.limit ?? 5, 50));
    const terms = this.terms(query, options.prefix);
    const unseen = terms.filter((t) => t.variants.length === 0).map((t) => t.text);
    if (terms.length === 0) return { hits: [], unseen, covered: [], terms: [] };
    const totalIdf = terms.reduce((s, t) => s + t.idf, 0);
    const figureHint = FIGURE_HINT.test(query);
    const dateHint = DATE_HINT.test(query);
    const queryPairs = terms.slice(1).map((t, i) => `${terms[i]!.text} ${t.text}`);
    const allWeak = terms.every((t) => t.weak);
    const width = MAX_QUERY_TOKENS;

    // 1. Per fact and term, the best-scoring variant; summed over the terms in order (as a fact-at-a-time loop would).
    const stamp = this.nextStamp();
    const candidates: number[] = [];
    terms.forEach((term, j) => {
      const termStamp = this.nextStamp();
      const touched: number[] = [];
      term.variants.forEach((v, vi) => {
        const docs = this.postings.get(v.token);
        const weights = this.postingWeights.get(v.token);
        const inNames = this.postingInName.get(v.token);
        if (!docs || !weights || !inNames) return;
        for (let k = 0; k < docs.length; k++) {
          const i = docs[k]!;
          if (options.kind && this.docs[i]!.fact.kind !== options.kind) continue;
          if (this.seen[i] !== stamp) {
            this.seen[i] = stamp;
            this.rawScore[i] = 0;
            this.covered[i] = 0;
            this.strong[i] = 0;
            this.inName[i] = 0;
            this.bestVariant.fill(0, i * width, i * width + terms.length);
            candidates.push(i);
          }
          if (this.termSeen[i] !== termStamp) {
            this.termSeen[i] = termStamp;
            this.termBest[i] = 0;
            touched.push(i);
          }
          const s = weights[k]! * v.weight;
          if (s > this.termBest[i]!) {
            this.termBest[i] = s;
            this.termWeight[i] = v.weight;
            this.termInName[i] = inNames[k]!;
            this.bestVariant[i * width + j] = vi + 1;
          }
        }
      });
      for (const i of touched) {
        const best = this.termBest[i]!;
        if (best <= 0) continue;
        this.rawScore[i] = this.rawScore[i]! + best * term.idf;
        this.covered[i] = this.covered[i]! + term.idf * this.termWeight[i]!;
        if (!term.weak) this.strong[i] = 1;
        if (this.termInName[i]) this.inName[i] = 1;
      }
    });

    // 2. Enough of the question covered, and not by generic words alone.
    const survivors = candidates.filter((i) => this.covered[i]! / totalIdf >= options.minCoverage && (this.strong[i] === 1 || allWeak));

    // 3. Bonuses multiply the base score by at least 1 and at most a known factor (the name bonuses only when a
    //    matched word is in the fact's title or an alias): a fact whose best case falls below the limit-th best base
    //    score, or below the current limit-th final score, cannot make the list.
    const base = (i: number) => this.rawScore[i]! * (0.5 + 0.5 * (this.covered[i]! / totalIdf));
    const most = (1 + 0.25 * queryPairs.length) * (figureHint || dateHint ? 1.2 : 1) * (1 + 1e-9);
    const nameBonus = 1.5 * 1.3;
    let floor = -Infinity;
    if (survivors.length > limit) {
      const best: number[] = [];
      for (const i of survivors) {
        const b = base(i);
        if (best.length < limit) best.push(b);
        else if (b > best[limit - 1]!) best[limit - 1] = b;
        else continue;
        best.sort((x, y) => y - x);
      }
      floor = best[limit - 1]! * (1 - 1e-9);
    }

    const top: Ranked[] = [];
    for (const i of survivors) {
      const bound = base(i) * most * (this.inName[i] ? nameBonus : 1);
      if (bound < floor || (top.length === limit && bound < top[limit - 1]!.raw * (1 - 1e-9))) continue;
      const doc = this.docs[i]!;
      const coverage = this.covered[i]! / totalIdf;
      let score = this.rawScore[i]!;
      const matched = new Set<string>();
      const coveredTerms = new Set<string>();
      terms.forEach((term, j) => {
        const vi = this.bestVariant[i * width + j]!;
        if (vi > 0) {
          matched.add(term.variants[vi - 1]!.token);
          coveredTerms.add(term.text);
        }
      });
      let pairs = 0;
      for (const p of queryPairs) if (doc.namePairs.has(p)) pairs++;
      score *= 1 + 0.25 * pairs;
      // A question that names the fact (its title or an alias) nearly word for word points at it over facts that merely mention it.
      let nameCoverage = 0;
      let exactName = false;
      for (const name of doc.names) {
        const hit = name.filter((t) => matched.has(t)).length;
        nameCoverage = Math.max(nameCoverage, hit / name.length);
        if (hit === name.length && name.length === terms.length) exactName = true;
      }
      score *= (1 + 0.5 * nameCoverage) * (exactName ? 1.3 : 1);
      if (figureHint && doc.fact.kind === 'figure') score *= 1.2;
      if (dateHint && doc.fact.kind !== 'figure') score *= 1.15;
      score *= 0.5 + 0.5 * coverage;
      keepTop(top, { fact: doc.fact, raw: score, coverage, named: nameCoverage, covered: coveredTerms }, limit);
    }
    // The reported score is squashed into [0, 1] for display; ranking uses the raw value so strong matches do not tie.
    const reference = totalIdf * TITLE_REFERENCE * 2;
    return {
      hits: top.map((r) => ({ fact: r.fact, score: r.raw / (r.raw + reference), coverage: r.coverage, named: r.named })),
      unseen,
      covered: top.map((r) => r.covered),
      terms: terms.map((t) => ({ text: t.text, share: t.idf / totalIdf })),
    };
  }
}

type Ranked = { fact: Fact; raw: number; coverage: number; named: number; covered: Set<string> };

/** Best first; equal scores by title. */
function compareRanked(a: Ranked, b: Ranked): number {
  return b.raw - a.raw || a.fact.title.localeCompare(b.fact.title);
}

/**
 * Keeps `top` the best `limit` entries seen so far, in order: the same list a stable sort of all entries followed by
 * slice(0, limit) gives (a newcomer goes after entries it ties with), without sorting thousands of weak matches.
 */
function keepTop(top: Ranked[], entry: Ranked, limit: number): void {
  if (top.length === limit && compareRanked(entry, top[limit - 1]!) >= 0) return;
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareRanked(entry, top[mid]!) < 0) hi = mid;
    else lo = mid + 1;
  }
  top.splice(lo, 0, entry);
  if (top.length > limit) top.pop();
}

/** 0: a name starts with the text as typed; 1: the same once folded; 2: a name holds every typed word (the last as a prefix). */
function nameTier(fact: Fact, typed: string): 0 | 1 | 2 | undefined {
  const names = [fact.title, ...fact.aliases];
  const lower = typed.toLowerCase();
  if (names.some((n) => n.toLowerCase().startsWith(lower))) return 0;
  const folded = fold(typed);
  if (names.some((n) => fold(n).startsWith(folded))) return 1;
  const words = folded.split(' ');
  const last = words.pop() ?? '';
  const holds = (n: string) => {
    const nameWords = fold(n).split(' ');
    return words.every((w) => nameWords.includes(w)) && nameWords.some((w) => w.startsWith(last));
  };
  return names.some(holds) ? 2 : undefined;
}

function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
