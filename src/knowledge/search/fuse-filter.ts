import { SubstringDistance } from './substring-distance.js';

/**
 * Which strings a fuse.js search could match at all, found through an index of character pairs instead of running
 * fuse.js's bitap over every string.
 *
 * fuse.js (with `ignoreLocation`) matches a pattern, in chunks of at most 32 characters, when some part of the text
 * is within k = floor(threshold * chunk length) edits of a chunk. k edits leave at least (m - 1) - 2k of a chunk's m - 1
 * character pairs in place (the q-gram lemma), so a text holding fewer of them cannot match that chunk. fuse.js
 * scores every string on its own (the score does not depend on the other strings), so running it over the strings
 * that pass gives exactly the results, scores and order of running it over all of them. Where fuse.js would allow
 * two or more edits, the strings that pass the pair count are also checked with the exact edit distance (the same
 * criterion as fuse.js's bitap), which is cheaper than its search.
 */

/** The pieces fuse.js's bitap search splits a lower-cased pattern into: 32 characters, the last one overlapping. */
export function fuseChunks(pattern: string): string[] {
  if (pattern.length <= 32) return pattern ? [pattern] : [];
  const chunks: string[] = [];
  const end = pattern.length - (pattern.length % 32);
  for (let i = 0; i < end; i += 32) chunks.push(pattern.slice(i, i + 32));
  if (pattern.length % 32) chunks.push(pattern.slice(pattern.length - 32));
  return chunks;
}

/** The most edits fuse.js allows in a chunk of length m: the largest e with e / m <= threshold, as its bitap checks. */
export function maxErrors(m: number, threshold: number): number {
  let e = 0;
  while ((e + 1) / m <= threshold) e++;
  return e;
}

export interface Candidates {
  /** Positions of the strings (in the list the filter was built from) that could match, ascending. */
  ids: readonly number[];
  /**
   * For each, how close it comes to a chunk (the best over the chunks), in [0, 1]: 1 - edits / length where the edit
   * distance was computed, else the share of the chunk's character pairs it holds (1 for a one-character pattern).
   */
  shares: readonly number[];
}

export class FuseFilter {
  private readonly postings = new Map<string, number[]>();
  /** By id; an empty string marks a free id (see add / remove). */
  private readonly texts: string[] = [];
  private counts = new Uint32Array(0);
  private touchedAt = new Uint32Array(0);
  private passedAt = new Uint32Array(0);
  private shares = new Float64Array(0);
  private readonly distance = new SubstringDistance();
  private stamp = 0;

  /** `threshold` must be the one the fuse.js search uses; strings are lower-cased here as fuse.js does. */
  constructor(
    strings: readonly string[],
    private readonly threshold: number,
  ) {
    strings.forEach((s, id) => this.add(id, s));
  }

  /** Indexes `text` under `id` (a free one: ids are the caller's, e.g. positions that stay put while others change). */
  add(id: number, text: string): void {
    const lower = text.toLowerCase();
    if (id >= this.counts.length) this.grow(id + 1);
    while (this.texts.length <= id) this.texts.push('');
    this.texts[id] = lower;
    for (const key of pairKeys(lower)) {
      const list = this.postings.get(key);
      if (!list) this.postings.set(key, [id]);
      else insertAscending(list, id);
    }
  }

  /** Forgets the string under `id`; the id may be given to another string later. */
  remove(id: number): void {
    const text = this.texts[id];
    if (text === undefined) return;
    for (const key of pairKeys(text)) {
      const list = this.postings.get(key);
      if (!list) continue;
      const at = lowerBound(list, id);
      if (list[at] === id) list.splice(at, 1);
      if (list.length === 0) this.postings.delete(key);
    }
    this.texts[id] = '';
  }

  /** Scratch arrays grow by doubling, so adding one string at a time stays cheap. */
  private grow(need: number): void {
    const size = Math.max(need, this.counts.length * 2, 16);
    this.counts = new Uint32Array(size);
    const touchedAt = new Uint32Array(size);
    touchedAt.set(this.touchedAt);
    this.touchedAt = touchedAt;
    const passedAt = new Uint32Array(size);
    passedAt.set(this.passedAt);
    this.passedAt = passedAt;
    this.shares = new Float64Array(size);
  }

  /** The strings that could match `pattern` (as fuse.js would search for it), in list order; undefined = any could. */
  candidates(pattern: string): Candidates | undefined {
    // fuse.js lists everything for a blank pattern: no filtering then.
    if (!pattern.trim()) return undefined;
    const chunks = fuseChunks(pattern.toLowerCase());
    if (chunks.length === 1 && chunks[0]!.length === 1) {
      // One character: fuse.js allows no edit, so exactly the strings that contain it (already in list order).
      const ids = this.postings.get(chunks[0]!) ?? [];
      return { ids, shares: new Array<number>(ids.length).fill(1) };
    }
    const passStamp = this.next();
    const passed: number[] = [];
    for (const chunk of chunks) {
      const m = chunk.length;
      const errors = maxErrors(m, this.threshold);
      const need = m === 1 ? 1 : m - 1 - 2 * errors;
      if (need < 1) return undefined;
      const times = new Map<string, number>();
      if (m === 1) times.set(chunk, 1);
      for (let i = 0; i < m - 1; i++) {
        const pair = chunk.slice(i, i + 2);
        times.set(pair, (times.get(pair) ?? 0) + 1);
      }
      const window = need > 1 ? new PairWindow(times, m + errors) : undefined;
      if (errors >= 2) this.distance.setPattern(chunk);
      const chunkStamp = this.next();
      const touched: number[] = [];
      // Locals and index loops: this runs over every posting of every pair of the chunk.
      const { counts, touchedAt } = this;
      for (const [key, n] of times) {
        const list = this.postings.get(key);
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const id = list[k]!;
          if (touchedAt[id] !== chunkStamp) {
            touchedAt[id] = chunkStamp;
            counts[id] = n;
            touched.push(id);
          } else counts[id] = counts[id]! + n;
        }
      }
      for (const id of touched) {
        let held = counts[id]!;
        if (held < need) continue;
        // The kept pairs all lie inside the matching part, at most m + k characters long: count them per window.
        if (window) held = window.best(this.texts[id]!);
        if (held < need) continue;
        let share = m === 1 ? 1 : held / (m - 1);
        if (errors >= 2) {
          // Where fuse.js would try several edit counts, settle it: the fewest edits to any part of the text.
          const distance = this.distance.to(this.texts[id]!, errors);
          if (distance > errors) continue;
          share = 1 - distance / m;
        }
        if (this.passedAt[id] !== passStamp) {
          this.passedAt[id] = passStamp;
          this.shares[id] = share;
          passed.push(id);
        } else if (share > this.shares[id]!) this.shares[id] = share;
      }
    }
    passed.sort((a, b) => a - b);
    return { ids: passed, shares: passed.map((id) => this.shares[id]!) };
  }

  private next(): number {
    if (this.stamp >= 0xfffffffe) {
      this.touchedAt.fill(0);
      this.passedAt.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

/**
 * The most of a chunk's character pairs (each counted at most as often as the chunk has it) that any stretch of
 * `span` pair positions of a text holds. A stretch of text within k edits of the chunk is at most m + k long, and the
 * chunk's pairs it keeps sit at distinct positions inside it, so this bounds them more tightly than the whole text.
 */
class PairWindow {
  /** The chunk's pair codes in an open-addressed table (a Map lookup per text character costs more than the rest). */
  private readonly codes: Float64Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly limit: number[] = [];
  private readonly inside: Int32Array;
  private textSlots = new Int32Array(64);

  constructor(
    times: ReadonlyMap<string, number>,
    private readonly span: number,
  ) {
    let size = 16;
    while (size < times.size * 4) size *= 2;
    this.mask = size - 1;
    this.codes = new Float64Array(size).fill(-1);
    this.slots = new Int32Array(size);
    for (const [pair, n] of times) {
      let at = hashOf(pairCode(pair, 0)) & this.mask;
      while (this.codes[at] !== -1) at = (at + 1) & this.mask;
      this.codes[at] = pairCode(pair, 0);
      this.slots[at] = this.limit.length;
      this.limit.push(n);
    }
    this.inside = new Int32Array(this.limit.length);
  }

  private slotOf(code: number): number {
    let at = hashOf(code) & this.mask;
    for (;;) {
      const c = this.codes[at]!;
      if (c === code) return this.slots[at]!;
      if (c === -1) return -1;
      at = (at + 1) & this.mask;
    }
  }

  best(text: string): number {
    this.inside.fill(0);
    const n = text.length - 1;
    if (this.textSlots.length < n) this.textSlots = new Int32Array(Math.max(n, this.textSlots.length * 2));
    const slots = this.textSlots;
    for (let j = 0; j < n; j++) slots[j] = this.slotOf(pairCode(text, j));
    let held = 0;
    let best = 0;
    for (let j = 0; j < n; j++) {
      const add = slots[j]!;
      if (add >= 0 && ++this.inside[add]! <= this.limit[add]!) held++;
      const drop = j - this.span >= 0 ? slots[j - this.span]! : -1;
      if (drop >= 0 && this.inside[drop]!-- <= this.limit[drop]!) held--;
      if (held > best) best = held;
    }
    return best;
  }
}

function hashOf(code: number): number {
  return Math.imul(code | 0, 0x9e3779b1) >>> 16;
}

/** Every character and character pair of a (lower-cased) text, once each. */
function pairKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (let j = 0; j < text.length; j++) {
    keys.add(text[j]!);
    if (j < text.length - 1) keys.add(text.slice(j, j + 2));
  }
  return keys;
}

/** The first position in an ascending list holding a value >= `value`. */
export function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps an ascending list ascending; appending (the common case while building) costs nothing extra. */
function insertAscending(list: number[], value: number): void {
  if (list.length === 0 || list[list.length - 1]! < value) list.push(value);
  else list.splice(lowerBound(list, value), 0, value);
}

function pairCode(text: string, at: number): number {
  return text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);
}
