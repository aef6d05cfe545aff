/** Nearest-rank percentile of an ascending-sorted sample. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Timing {
  /** Queries actually timed (fewer than asked when the time budget ran out). */
  n: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/**
 * Times `fn` on each query in order, one call at a time, until all are done or `budgetMs` of wall time is spent.
 * A short untimed warm-up first (up to `warmup` queries from the end of the list, or a tenth of the budget) lets the
 * JIT settle. The query order is fixed (and shuffled by the caller), so a budget-capped run times a representative
 * prefix of the same list.
 */
export function timeQueries(
  queries: readonly string[],
  fn: (q: string) => unknown,
  budgetMs: number,
  warmup = 100,
): Timing {
  const warmStart = performance.now();
  for (let i = 0; i < Math.min(warmup, queries.length) && performance.now() - warmStart < budgetMs / 10; i++)
    fn(queries[queries.length - 1 - i]!);
  const times: number[] = [];
  const start = performance.now();
  for (const q of queries) {
    const t = performance.now();
    fn(q);
    const end = performance.now();
    times.push(end - t);
    if (end - start > budgetMs) break;
  }
  const sorted = times.sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length),
    max: sorted.at(-1) ?? NaN,
  };
}

export const ms = (x: number) =>
  Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '—';
export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** A GitHub-flavoured markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
