import { IsoDate, type Fact } from './schema.js';

type Dated = Extract<Fact, { kind: 'milestone' | 'agreement' }>;

export interface DateRange {
  from?: string;
  to?: string;
}

export type RangeCheck = { ok: true; range: DateRange } | { ok: false; error: string };

/** Accepts YYYY, YYYY-MM or YYYY-MM-DD for either end; `to` is inclusive of its whole year/month/day. */
export function parseRange(from: string | null | undefined, to: string | null | undefined): RangeCheck {
  const range: DateRange = {};
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    const v = value?.trim();
    if (!v) continue;
    if (!IsoDate.safeParse(v).success) return { ok: false, error: `"${v.slice(0, 20)}" is not a date: use a year (2021), a month (2021-12) or a day (2021-12-03) for \`${name}\`.` };
    range[name] = v;
  }
  if (range.from && range.to && startOf(range.from) > endOf(range.to)) return { ok: false, error: '`from` is after `to`.' };
  return { ok: true, range };
}

const startOf = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const endOf = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** Milestones and agreements in date order (year-only dates sort before dated days of that year). */
export function timeline(facts: readonly Fact[], range: DateRange = {}): Dated[] {
  return facts
    .filter((f): f is Dated => f.kind === 'milestone' || f.kind === 'agreement')
    .filter((f) => (!range.from || endOf(f.date) >= startOf(range.from)) && (!range.to || startOf(f.date) <= endOf(range.to)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

export function byKind<K extends Fact['kind']>(facts: readonly Fact[], kind: K): Extract<Fact, { kind: K }>[] {
  return facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind).sort((a, b) => a.title.localeCompare(b.title));
}
