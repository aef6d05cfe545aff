import type { Fact } from '../schema.js';

/**
 * A figure holds for its period: asked about a year outside it ("trade for full year 2025" when the base has 2024),
 * the figure is a near miss, not the answer. Facts of other kinds, and figures whose period names no year, pass.
 */
const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g;

export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

/** Whether the fact can answer a question naming these years (any of them within the figure's period). */
export function coversYears(fact: Fact, asked: readonly number[]): boolean {
  if (asked.length === 0 || fact.kind !== 'figure') return true;
  const period = yearsIn(fact.period);
  if (period.length === 0) return true;
  const [from, to] = [Math.min(...period), Math.max(...period)];
  return asked.some((y) => y >= from && y <= to);
}
