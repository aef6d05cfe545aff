/**
 * Checks that facts agree with each other and with their own sources (issue 16). Pure: runs on the shipped base in
 * tests and can run on an import before it is accepted.
 *
 *   event-date           facts sharing an `event` key give compatible dates for it (2025-05 fits 2025-05-20)
 *   travel-time          facts linked by `related` or an event key that time the same route share a duration
 *   source-after-as-of   no source is newer than the "as of" date members see
 *   source-before-event  a milestone's or agreement's source is not older than the event, unless marked `plan`
 */
import type { Fact } from './schema.js';

export type ConsistencyRule = 'event-date' | 'travel-time' | 'source-after-as-of' | 'source-before-event';

export interface ConsistencyProblem {
  rule: ConsistencyRule;
  ids: string[];
  text: string;
}

/** Compares two ISO dates at the coarser of their precisions: <0, 0 (compatible) or >0. */
export function compareAtPrecision(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

/** The date the fact refers to: a figure's as-of, a milestone's or agreement's date; a topic has none. */
function eventDate(fact: Fact): string | undefined {
  return fact.kind === 'figure' ? fact.asOf : fact.kind === 'topic' ? undefined : fact.date;
}

/** Mirrors what members see as "as of": a figure's own date, otherwise its newest source. */
function asOf(fact: Fact): string {
  return fact.kind === 'figure'
    ? fact.asOf
    : fact.sources
        .map((s) => s.date)
        .sort()
        .at(-1)!;
}

/** The earliest date a milestone or agreement stands for (an agreement's signing comes before its entry into force). */
function earliestEventDate(fact: Fact): string | undefined {
  if (fact.kind === 'milestone') return fact.date;
  if (fact.kind === 'agreement')
    return [fact.date, fact.signed, fact.inForce].filter((d): d is string => !!d).sort()[0];
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const DURATION =
  /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(\s+and\s+a\s+half)?\s+hours?\b/gi;
// "Kunming-Vientiane", "Kunming–Vientiane", "between Kunming and Vientiane", "from Kunming to Vientiane"
const NAME = String.raw`(?!(?:The|A|An|In|At|On|From|Between|China|ASEAN)\b)([A-Z][a-z]+(?: [A-Z][a-z]+)?)`;
const ROUTE = new RegExp(String.raw`\b${NAME}\s*(?:[-–]|\s+to\s+|\s+and\s+)\s*${NAME}\b`, 'g');

export interface TravelTime {
  route: string;
  hours: number;
}

/**
 * Durations in hours with the route they time. A sentence that names no route takes the fact's first route, so
 * "taking about 10.5 hours" in the details still belongs to the Kunming–Vientiane trip named in the summary.
 */
export function travelTimes(fact: Fact): TravelTime[] {
  const text = [fact.summary, fact.details ?? ''].join(' ');
  const sentences = text.split(/(?<=[.;])\s+/);
  const routeIn = (s: string): string | undefined => {
    for (const m of s.matchAll(ROUTE)) {
      const [a, b] = [m[1]!, m[2]!];
      if (a === b) continue;
      return [a, b].sort().join('|');
    }
    return undefined;
  };
  const firstRoute = sentences.map(routeIn).find((r) => r !== undefined);
  const out: TravelTime[] = [];
  for (const s of sentences) {
    const route = routeIn(s) ?? firstRoute;
    if (!route) continue;
    for (const m of s.matchAll(DURATION)) {
      const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
      out.push({ route, hours: n + (m[2] ? 0.5 : 0) });
    }
  }
  return out;
}

export function checkConsistency(facts: readonly Fact[]): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];

  const byEvent = new Map<string, Fact[]>();
  for (const f of facts) if (f.event) byEvent.set(f.event, [...(byEvent.get(f.event) ?? []), f]);
  for (const [event, group] of byEvent) {
    const dated = group.filter((f) => eventDate(f) !== undefined);
    for (let i = 0; i < dated.length; i++)
      for (let j = i + 1; j < dated.length; j++) {
        const [a, b] = [dated[i]!, dated[j]!];
        if (compareAtPrecision(eventDate(a)!, eventDate(b)!) !== 0)
          problems.push({
            rule: 'event-date',
            ids: [a.id, b.id],
            text: `event "${event}": ${a.id} gives ${eventDate(a)}, ${b.id} gives ${eventDate(b)}`,
          });
      }
  }

  const linked = new Set<string>();
  const byId = new Map(facts.map((f) => [f.id, f]));
  const link = (a: string, b: string) => a !== b && byId.has(a) && byId.has(b) && linked.add([a, b].sort().join(' '));
  for (const f of facts) for (const r of f.related) link(f.id, r);
  for (const group of byEvent.values()) for (const a of group) for (const b of group) link(a.id, b.id);
  for (const pair of [...linked].sort()) {
    const [a, b] = pair.split(' ').map((id) => byId.get(id)!) as [Fact, Fact];
    const ta = travelTimes(a);
    const tb = travelTimes(b);
    for (const route of new Set(ta.map((t) => t.route))) {
      const ha = new Set(ta.filter((t) => t.route === route).map((t) => t.hours));
      const hb = new Set(tb.filter((t) => t.route === route).map((t) => t.hours));
      if (hb.size && ![...ha].some((h) => hb.has(h)))
        problems.push({
          rule: 'travel-time',
          ids: [a.id, b.id],
          text: `${route.replace('|', '–')}: ${a.id} says ${[...ha].join('/')} hours, ${b.id} says ${[...hb].join('/')} hours`,
        });
    }
  }

  for (const f of facts) {
    const shown = asOf(f);
    const start = earliestEventDate(f);
    for (const s of f.sources) {
      if (compareAtPrecision(s.date, shown) > 0)
        problems.push({
          rule: 'source-after-as-of',
          ids: [f.id],
          text: `${f.id}: source "${s.publisher}" (${s.date}) is newer than its as-of date ${shown}`,
        });
      if (start && !s.plan && compareAtPrecision(s.date, start) < 0)
        problems.push({
          rule: 'source-before-event',
          ids: [f.id],
          text: `${f.id}: source "${s.publisher}" (${s.date}) predates the event (${start}); mark it as a plan or cite a later report`,
        });
    }
  }
  return problems;
}
