/** The first position in `list` (ascending by `keyOf`) whose key is >= `key`: where that key is, or would go. */
export function lowerBoundBy<T>(list: readonly T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(list[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
