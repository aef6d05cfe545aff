import Fuse from 'fuse.js';
import type { Fact, FactKind } from '../schema.js';
import { FIELDS, FIELD_WEIGHTS, indexDoc, type Field, type IndexedDoc } from './documents.js';
import { tokenize, WEAK_TOKENS } from './normalize.js';

export interface SearchHit {
  fact: Fact;
  /** Relevance in [0, 1]: how well the fact's names and text cover the question. */
  score: number;
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
const MIN_SUGGESTIONS = 5;

/** An immutable index over one snapshot of the fact base; rebuild it when facts change. */
export class FactSearch {
  readonly size: number;
  private readonly docs: IndexedDoc[];
  private readonly postings = new Map<string, number[]>();
  private readonly avgLen: Record<Field, number>;
  private readonly idfMax: number;
  private readonly vocabulary: string[];
  private readonly vocabularyFuse: Fuse<string>;
  private readonly nameFuse: Fuse<{ i: number; id: string; title: string; aliases: string[] }>;
  private readonly corrections = new Map<string, Variant[]>();

  constructor(facts: readonly Fact[]) {
    this.docs = facts.map(indexDoc);
    this.size = this.docs.length;
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
    this.vocabulary = [...this.postings.keys()];
    this.vocabularyFuse = new Fuse(this.vocabulary, { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 });
    this.nameFuse = new Fuse(
      this.docs.map((d, i) => ({ i, id: d.fact.id, title: d.fact.title, aliases: d.fact.aliases })),
      {
        includeScore: true,
        ignoreLocation: true,
        threshold: 0.3,
        keys: [
          { name: 'title', weight: 3 },
          { name: 'aliases', weight: 2 },
          { name: 'id', weight: 1 },
        ],
      },
    );
  }

  /** Best facts for a question, best first; empty when nothing in the base answers it. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.rank(query, { ...options, prefix: false, minCoverage: MIN_COVERAGE });
  }

  /** Closest titles for a question we could not answer, so the asker can rephrase. */
  nearest(query: string, limit = 3, kind?: FactKind): Fact[] {
    const ranked = this.rank(query, { limit, kind, prefix: true, minCoverage: 0.01 }).map((h) => h.fact);
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
    const ranked = this.rank(trimmed, { limit, kind, prefix: true, minCoverage: 0.3 }).map((h) => h.fact);
    // Fuzzy title matches only fill a thin list: padding good matches with loose ones hides them.
    if (ranked.length >= MIN_SUGGESTIONS) return ranked;
    return dedupe([...ranked, ...this.fuzzyNames(trimmed, MIN_SUGGESTIONS, kind)]).slice(0, limit);
  }

  private fuzzyNames(query: string, limit: number, kind?: FactKind): Fact[] {
    const cleaned = query.slice(0, 100).trim();
    if (!cleaned) return [];
    return this.nameFuse
      .search(cleaned, { limit: limit * 2 })
      .map((r) => this.docs[r.item.i]!.fact)
      .filter((f) => !kind || f.kind === kind)
      .slice(0, limit);
  }

  private idf(df: number): number {
    const n = this.size;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private variantsFor(token: string, prefix: boolean): Variant[] {
    if (this.postings.has(token)) {
      if (!prefix) return [{ token, weight: 1 }];
    }
    const key = `${prefix ? 'p' : 'x'}:${token}`;
    const cached = this.corrections.get(key);
    if (cached) return cached;
    const variants: Variant[] = this.postings.has(token) ? [{ token, weight: 1 }] : [];
    if (prefix && token.length >= 2) {
      let added = 0;
      for (const v of this.vocabulary) {
        if (v !== token && v.startsWith(token)) {
          variants.push({ token: v, weight: 0.85 });
          if (++added >= 8) break;
        }
      }
    }
    // Typos: only for words long enough that a near miss is still meaningful, never for numbers.
    if (variants.length === 0 && token.length >= 4 && !/\d/.test(token)) {
      for (const r of this.vocabularyFuse.search(token, { limit: 2 })) {
        const score = r.score ?? 1;
        // Typos rarely hit the first letter; requiring it keeps "population" from becoming "cooperation".
        if (Math.abs(r.item.length - token.length) > 2 || r.item[0] !== token[0]) continue;
        variants.push({ token: r.item, weight: 0.9 * (1 - score) });
      }
    }
    if (this.corrections.size > 5000) this.corrections.clear();
    this.corrections.set(key, variants);
    return variants;
  }

  private terms(query: string, prefix: boolean): QueryTerm[] {
    const tokens = [...new Set(tokenize(query.slice(0, 600)))].slice(0, MAX_QUERY_TOKENS);
    return tokens.map((text, i) => {
      const variants = this.variantsFor(text, prefix && i === tokens.length - 1);
      const df = this.postings.get(text)?.length ?? 0;
      // A word the base has never seen weighs more than any known word: it usually names something we don't cover.
      const idf = df > 0 ? this.idf(df) : variants.length > 0 ? this.idf(this.postings.get(variants[0]!.token)!.length) : this.idfMax * 1.5;
      return { text, idf, weak: WEAK_TOKENS.has(text), variants };
    });
  }

  private rank(
    query: string,
    options: SearchOptions & { prefix: boolean; minCoverage: number },
  ): SearchHit[] {
    const limit = Math.max(1, Math.min(options.limit ?? 5, 50));
    const terms = this.terms(query, options.prefix);
    if (terms.length === 0) return [];
    const totalIdf = terms.reduce((s, t) => s + t.idf, 0);
    const candidates = new Set<number>();
    for (const t of terms) for (const v of t.variants) for (const i of this.postings.get(v.token) ?? []) candidates.add(i);
    const figureHint = FIGURE_HINT.test(query);
    const dateHint = DATE_HINT.test(query);
    const queryPairs = terms.slice(1).map((t, i) => `${terms[i]!.text} ${t.text}`);

    const ranked: { fact: Fact; raw: number }[] = [];
    for (const i of candidates) {
      const doc = this.docs[i]!;
      if (options.kind && doc.fact.kind !== options.kind) continue;
      let score = 0;
      let covered = 0;
      let strong = false;
      const matched = new Set<string>();
      for (const term of terms) {
        let best = 0;
        let bestWeight = 0;
        let bestToken = '';
        for (const v of term.variants) {
          let tf = 0;
          for (const f of FIELDS) {
            const c = doc.counts[f].get(v.token);
            if (c) tf += (FIELD_WEIGHTS[f] * c) / (1 - B + (B * doc.fields[f].length) / this.avgLen[f]);
          }
          const s = (tf / (K1 + tf)) * v.weight;
          if (s > best) {
            best = s;
            bestWeight = v.weight;
            bestToken = v.token;
          }
        }
        if (best > 0) {
          matched.add(bestToken);
          score += best * term.idf;
          covered += term.idf * bestWeight;
          if (!term.weak) strong = true;
        }
      }
      const coverage = covered / totalIdf;
      const allWeak = terms.every((t) => t.weak);
      if (coverage < options.minCoverage || (!strong && !allWeak)) continue;
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
      ranked.push({ fact: doc.fact, raw: score });
    }
    ranked.sort((a, b) => b.raw - a.raw || a.fact.title.localeCompare(b.fact.title));
    // The reported score is squashed into [0, 1] for display; ranking uses the raw value so strong matches do not tie.
    const reference = totalIdf * TITLE_REFERENCE * 2;
    return ranked.slice(0, limit).map((r) => ({ fact: r.fact, score: r.raw / (r.raw + reference) }));
  }
}

function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
