/** Chinese "A和B…分别…" questions whose two halves share words only one of them writes. */
import type { Fact } from '../schema.js';
import type { FactSearch } from './engine.js';

/**
 * "中老铁路刚开时和高峰时的日客流分别多少": what is measured (的日客流分别多少) is written once, after the second half,
 * and holds for both; "金边—西港高速的总车流量和日均车流量" writes the subject (金边—西港高速的) once, before the
 * first. Each half is read with the part the other writes for both.
 */
export function respectiveHalves(left: string, right: string): [string, string] {
  const measure = right.indexOf('的');
  const subject = left.lastIndexOf('的');
  return [
    !left.includes('的') && measure > 0 ? `${left}${right.slice(measure)}` : left,
    !right.includes('的') && subject > 0 ? `${left.slice(0, subject + 1)}${right}` : right,
  ];
}

/** The longest opening read as a subject: a name is short, and each reading costs a search. */
const SUBJECT_CHARS = 6;

/**
 * "金港高速全长和日均车流量分别多少": the subject opens the first half and holds for the second, which names
 * nothing fully alone. The subject is the shortest opening of the first half that fully names a fact.
 */

export function withSubject(search: FactSearch, left: string, right: string): string {
  if (left.includes('的') || right.includes('的')) return right;
  const named = (text: string) => (search.analyze(text, { limit: 1 }).hits[0]?.named ?? 0) >= 1;
  if (named(right)) return right;
  for (let end = 2; end < Math.min(left.length, SUBJECT_CHARS + 1); end++) {
    const subject = left.slice(0, end);
    if (named(subject)) return `${subject}${right}`;
  }
  return right;
}

/** A fact this share of a half's top score may take that half when the top fact better answers the other half. */
const HALF_CLOSE = 0.7;

/**
 * When one fact leads both halves, it answers the half it leads by more; the other half takes its next fact if
 * that one is close, or else the one fact answers both halves (a fact on a line's ridership at opening and peak).
 * Undefined when the halves lead with different facts: each is then answered on its own.
 */
export function sharedLead(search: FactSearch, left: string, right: string): Fact[] | undefined {
  const [a, b] = [left, right].map((half) => search.analyze(half, { limit: 2 }).hits);
  const top = a![0];
  if (!top || top.fact.id !== b![0]?.fact.id) return undefined;
  const margin = (hits: typeof a) => (hits![1] ? hits![1].score / hits![0]!.score : 0);
  const [ma, mb] = [margin(a), margin(b)];
  // The half the shared fact leads by less gives way, if its next fact is close enough to answer it.
  if (ma >= mb && ma >= HALF_CLOSE) return [a![1]!.fact, top.fact];
  if (mb > ma && mb >= HALF_CLOSE) return [top.fact, b![1]!.fact];
  return [top.fact];
}
