/** The first position in `list` (ascending by `keyOf`) whose key is >= `key`: where that key is, or would go. */
export function lowerBoundBy<T>(list: readonly T[], key: string, keyOf: (item: T) => string): number {
  return lowerBoundAt(list.length, key, (i) => keyOf(list[i]!));
}

/** The same over `count` keys read by position (packed lists that hold no array of items). */
export function lowerBoundAt(count: number, key: string, keyAt: (i: number) => string): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
