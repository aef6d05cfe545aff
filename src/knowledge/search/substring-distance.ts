/**
 * The fewest edits (insertions, deletions, substitutions of UTF-16 units) that turn a pattern of at most 32 units into
 * some part of a text: the criterion fuse.js's bitap matches on. Myers' bit-vector algorithm ("A fast bit-vector
 * algorithm for approximate string matching based on dynamic programming", J. ACM 46(3), 1999) keeps a whole column
 * of the edit-distance table in one 32-bit word, so a text costs a few word operations per character instead of one
 * table cell per pattern unit. fuse.js chunks patterns to 32 units, so one word always suffices.
 */
export class SubstringDistance {
  /** Per character, the bit set of the pattern positions holding it; ASCII in an array, the rest in a map. */
  private readonly ascii = new Int32Array(128);
  private readonly other = new Map<number, number>();
  private length = 0;

  setPattern(pattern: string): void {
    if (pattern.length > 32) throw new RangeError('SubstringDistance: patterns are at most 32 UTF-16 units');
    this.length = pattern.length;
    this.ascii.fill(0);
    this.other.clear();
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      if (c < 128) this.ascii[c] = this.ascii[c]! | (1 << i);
      else this.other.set(c, (this.other.get(c) ?? 0) | (1 << i));
    }
  }

  /** The distance, or `cutoff + 1` for anything above `cutoff`. */
  to(text: string, cutoff: number): number {
    const m = this.length;
    if (m === 0) return 0;
    const last = 1 << (m - 1);
    // The column's vertical deltas as bit sets: +1 (positive) and -1 (negative) steps down the pattern.
    let positive = -1;
    let negative = 0;
    let score = m;
    let best = m;
    for (let j = 0; j < text.length && best > 0; j++) {
      const c = text.charCodeAt(j);
      const eq = c < 128 ? this.ascii[c]! : (this.other.get(c) ?? 0);
      const xv = eq | negative;
      const xh = (((eq & positive) + positive) ^ positive) | eq;
      let ph = negative | ~(xh | positive);
      let mh = positive & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      // No carry into the first row: a match may start anywhere in the text (Sellers), so that row stays 0.
      ph <<= 1;
      mh <<= 1;
      positive = mh | ~(xv | ph);
      negative = ph & xv;
      if (score < best) best = score;
    }
    return best > cutoff ? cutoff + 1 : best;
  }
}
