import { FIELDS, type Field, type IndexedDoc } from './documents.js';
import { COUNT_BASE, FIELD_COUNT, FIELD_WEIGHT_LIST, packCounts, QUESTIONS_FIELD } from './posting-counts.js';

export const K1 = 1.2;
const B = 0.5;

/** The BM25 weights of one token's posting list (see Bm25Index.weightsOf), valid while `epoch` is current. */
export interface PostingWeights {
  epoch: number;
  weights: Float64Array;
  inName: Uint8Array;
  /** Whether some fact holds the token in its own text (names, tags, dates, summary, details), not only in example questions. */
  inFactText: boolean;
}

/**
 * BM25 over the facts' fields, kept fact by fact (by slot): posting lists in the base's order (`rankOf` gives each
 * slot's position in it), each fact's field lengths, and the weights a query reads, built from exact counts when
 * first needed after a change (see settle).
 */
export class Bm25Index {
  /** Token -> the facts holding it, in the base's order. */
  readonly lists = new Map<string, number[]>();
  /** Token -> for each fact in its posting list, its count in every field, packed (see packCounts). */
  private readonly counts = new Map<string, number[]>();
  /** Per slot and field (FIELDS order), the field's length in tokens. */
  private fieldLengths = new Int32Array(0);
  /**
   * Token -> for each fact in its posting list (same order), the saturated, field-weighted BM25 term frequency
   * tf / (K1 + tf), and whether the token is a word of the fact's title or an alias: a query walks arrays instead of
   * looking tokens up. Computed when a query first needs them, again after any change (average lengths move).
   */
  private readonly weights = new Map<string, PostingWeights>();
  private epoch = 0;
  /** Tokens per field over the whole base (integers, so the averages are exact however facts came and went). */
  private readonly fieldTotals = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  private avgLen = Object.fromEntries(FIELDS.map((f) => [f, 1])) as Record<Field, number>;

  /** Adds a placed fact's tokens. */
  add(slot: number, doc: IndexedDoc, rankOf: Int32Array): void {
    const tokens = new Set<string>();
    for (const f of FIELDS) {
      this.fieldTotals[f] += doc.fields[f].length;
      for (const t of doc.counts[f].keys()) tokens.add(t);
    }
    FIELDS.forEach((f, k) => (this.fieldLengths[slot * FIELD_COUNT + k] = doc.fields[f].length));
    for (const t of tokens) {
      const packed = packCounts(doc, t);
      const list = this.lists.get(t);
      if (list) this.counts.get(t)!.splice(this.insertRanked(list, slot, rankOf), 0, packed);
      else {
        this.lists.set(t, [slot]);
        this.counts.set(t, [packed]);
      }
      this.weights.delete(t);
    }
  }

  /** A fact's new content: only the tokens it gained or lost change lists; kept tokens get their new counts in place. */
  replace(slot: number, old: IndexedDoc, doc: IndexedDoc, rankOf: Int32Array): void {
    const before = new Set<string>();
    const after = new Set<string>();
    for (const f of FIELDS) {
      this.fieldTotals[f] += doc.fields[f].length - old.fields[f].length;
      for (const t of old.counts[f].keys()) before.add(t);
      for (const t of doc.counts[f].keys()) after.add(t);
    }
    FIELDS.forEach((f, k) => (this.fieldLengths[slot * FIELD_COUNT + k] = doc.fields[f].length));
    for (const t of before) if (!after.has(t)) this.drop(t, slot, rankOf);
    for (const t of after) {
      const packed = packCounts(doc, t);
      const list = this.lists.get(t);
      if (!list) {
        this.lists.set(t, [slot]);
        this.counts.set(t, [packed]);
      } else if (before.has(t)) this.counts.get(t)![this.rankedPosition(list, slot, rankOf)] = packed;
      else this.counts.get(t)!.splice(this.insertRanked(list, slot, rankOf), 0, packed);
      this.weights.delete(t);
    }
  }

  /** Takes a fact's tokens out. */
  remove(slot: number, doc: IndexedDoc, rankOf: Int32Array): void {
    const tokens = new Set<string>();
    for (const f of FIELDS) {
      this.fieldTotals[f] -= doc.fields[f].length;
      for (const t of doc.counts[f].keys()) tokens.add(t);
    }
    for (const t of tokens) this.drop(t, slot, rankOf);
  }

  /** After changes (`size` facts now): the average field lengths move, so every cached weight is stale. */
  settle(size: number): void {
    const n = Math.max(1, size);
    this.avgLen = Object.fromEntries(FIELDS.map((f) => [f, Math.max(1, this.fieldTotals[f] / n)])) as Record<
      Field,
      number
    >;
    this.epoch++;
  }

  /** Room for `size` slots (the field lengths survive). */
  grow(size: number): void {
    const fieldLengths = new Int32Array(size * FIELD_COUNT);
    fieldLengths.set(this.fieldLengths);
    this.fieldLengths = fieldLengths;
  }

  /**
   * The BM25 weights of a token's posting list, computed as a full build did (the same sums in the same order, so
   * the same numbers): per field, weight * count / (1 - B + B * length / average length), summed over the fields.
   */
  weightsOf(token: string, docs: readonly (IndexedDoc | undefined)[]): PostingWeights | undefined {
    const list = this.lists.get(token);
    if (!list) return undefined;
    const cached = this.weights.get(token);
    if (cached && cached.epoch === this.epoch) return cached;
    const counts = this.counts.get(token)!;
    const avgLen = FIELDS.map((f) => this.avgLen[f]);
    const weights = new Float64Array(list.length);
    const inName = new Uint8Array(list.length);
    let inFactText = false;
    for (let k = 0; k < list.length; k++) {
      const slot = list[k]!;
      let packed = counts[k]!;
      // A count too large to pack is read from the fact itself.
      const unpacked = packed < 0 ? docs[slot]!.counts : undefined;
      let tf = 0;
      for (let f = 0; f < FIELD_COUNT; f++) {
        let c: number;
        if (unpacked) c = unpacked[FIELDS[f]!].get(token) ?? 0;
        else {
          c = packed % COUNT_BASE;
          packed = (packed - c) / COUNT_BASE;
        }
        if (c === 0) continue;
        if (f !== QUESTIONS_FIELD) inFactText = true;
        const norm = 1 - B + (B * this.fieldLengths[slot * FIELD_COUNT + f]!) / avgLen[f]!;
        tf += (FIELD_WEIGHT_LIST[f]! * c) / norm;
        if (f < 2) inName[k] = 1;
      }
      weights[k] = tf / (K1 + tf);
    }
    const entry = { epoch: this.epoch, weights, inName, inFactText };
    this.weights.set(token, entry);
    return entry;
  }

  private drop(t: string, slot: number, rankOf: Int32Array): void {
    const list = this.lists.get(t)!;
    const at = this.rankedPosition(list, slot, rankOf);
    list.splice(at, 1);
    this.counts.get(t)!.splice(at, 1);
    if (list.length === 0) {
      this.lists.delete(t);
      this.counts.delete(t);
    }
    this.weights.delete(t);
  }

  /** Keeps a list of slots in the base's order (appending, the common case while building, costs nothing extra); returns where it went. */
  private insertRanked(list: number[], slot: number, rankOf: Int32Array): number {
    const at = rankOf[list[list.length - 1]!]! < rankOf[slot]! ? list.length : this.rankedPosition(list, slot, rankOf);
    list.splice(at, 0, slot);
    return at;
  }

  /** The first position of a list of slots not before `slot` in the base's order. */
  private rankedPosition(list: readonly number[], slot: number, rankOf: Int32Array): number {
    const rank = rankOf[slot]!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rankOf[list[mid]!]! < rank) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
