import { IsoDate, type Fact } from './schema.js';

type Dated = Extract<Fact, { kind: 'milestone' | 'agreement' }>;

export interface DateRange {
  from?: string;
  to?: string;
}

/** A refusal names its catalogue key and values, for the asker's language. */
export type RangeCheck =
  { ok: true; range: DateRange } | { ok: false; error: string; key: string; vars: Record<string, string> };

/** Accepts YYYY, YYYY-MM or YYYY-MM-DD for either end; `to` is inclusive of its whole year/month/day. */
export function parseRange(from: string | null | undefined, to: string | null | undefined): RangeCheck {
  const range: DateRange = {};
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const v = value?.trim();
    if (!v) continue;
    if (!IsoDate.safeParse(v).success)
      return {
        ok: false,
        error: `"${v.slice(0, 20)}" is not a date: use a year (2021), a month (2021-12) or a day (2021-12-03) for \`${name}\`.`,
        key: 'errors.badDate',
        vars: { value: v.slice(0, 20), name },
      };
    range[name] = v;
  }
  if (range.from && range.to && startOf(range.from) > endOf(range.to))
    return { ok: false, error: '`from` is after `to`.', key: 'errors.fromAfterTo', vars: {} };
  return { ok: true, range };
}

const startOf = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const endOf = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** Tags that mark a dated fact as commentary or background rather than something that happened on that date. */
export const NOT_EVENT_TAGS: readonly string[] = ['opinion', 'commentary', 'analysis', 'background', 'outlook'];

export function isEvent(fact: Fact): boolean {
  return (
    (fact.kind === 'milestone' || fact.kind === 'agreement') &&
    !fact.tags.some((t) => NOT_EVENT_TAGS.includes(t.toLowerCase()))
  );
}

/**
 * Milestones and agreements in date order (year-only dates sort before dated days of that year). Opinion pieces
 * and background carry a date only because an article does, so they are left out unless `includeBackground`.
 */
export function timeline(facts: readonly Fact[], range: DateRange = {}, includeBackground = false): Dated[] {
  return facts
    .filter((f): f is Dated => f.kind === 'milestone' || f.kind === 'agreement')
    .filter((f) => includeBackground || isEvent(f))
    .filter(
      (f) => (!range.from || endOf(f.date) >= startOf(range.from)) && (!range.to || startOf(f.date) <= endOf(range.to)),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

export function byKind<K extends Fact['kind']>(facts: readonly Fact[], kind: K): Extract<Fact, { kind: K }>[] {
  return facts
    .filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind)
    .sort((a, b) => a.title.localeCompare(b.title));
}

type Figure = Extract<Fact, { kind: 'figure' }>;

/** Topics a figure can be filed under, in the order /figures shows them; a figure goes under its first such tag. */
const FIGURE_TOPICS: readonly [string, string][] = [
  ['trade', 'Trade'],
  ['rcep', 'RCEP'],
  ['fta-3-0', 'Free Trade Area 3.0'],
  ['railway', 'Railway'],
  ['expressway', 'Expressway'],
  ['economy', 'Economy'],
  ['diplomacy', 'Diplomacy'],
];

export function figureTopic(fact: Figure): string {
  for (const tag of fact.tags) {
    const known = FIGURE_TOPICS.find(([t]) => t === tag.toLowerCase());
    if (known) return known[1];
  }
  const first = fact.tags[0];
  return first ? first.charAt(0).toUpperCase() + first.slice(1).replace(/-/g, ' ') : 'Other';
}

/** Figures grouped by topic (known topics first, in their order, then others alphabetically), each group by date. */
export function figuresByTopic(facts: readonly Fact[]): { topic: string; figures: Figure[] }[] {
  const groups = new Map<string, Figure[]>();
  for (const f of facts) {
    if (f.kind !== 'figure') continue;
    const topic = figureTopic(f);
    groups.set(topic, [...(groups.get(topic) ?? []), f]);
  }
  const rank = (topic: string) => {
    const i = FIGURE_TOPICS.findIndex(([, name]) => name === topic);
    return i === -1 ? FIGURE_TOPICS.length : i;
  };
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([topic, figures]) => ({
      topic,
      figures: figures.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.title.localeCompare(b.title)),
    }));
}

/** How many facts cite each publisher (a fact citing one publisher twice counts once), most cited first. */
export function publisherCounts(facts: readonly Fact[]): { publisher: string; facts: number }[] {
  const counts = new Map<string, number>();
  for (const f of facts)
    for (const p of new Set(f.sources.map((s) => s.publisher.trim()))) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts]
    .map(([publisher, n]) => ({ publisher, facts: n }))
    .sort((a, b) => b.facts - a.facts || a.publisher.localeCompare(b.publisher));
}
