/**
 * Pure anniversary maths over the fact base. No clocks, no time zones: callers pass a calendar date (the local
 * date in a server's zone, see local-time.ts) and get back which facts have an anniversary on it.
 *
 * Rules
 * - Only FULL dates (YYYY-MM-DD) have an anniversary day; `YYYY` and `YYYY-MM` dates never do.
 * - Occasions: a milestone's `date`; an agreement's `date` (the headline), `signed` and `inForce`. Fields that carry
 *   the same date are one occasion (labelled e.g. "signed and entered into force"). Its ledger keys are one per
 *   FIELD ("<fact id>:<field>"), never per group: an edit that regroups the fields (a moderator changing one date on
 *   the day) changes no key, so an anniversary already posted is recognised by any of its fields.
 * - An anniversary needs years >= 1 (the day itself is not an anniversary).
 * - 29 February events are remembered on 28 February in common years and on 29 February in leap years.
 * - Round anniversaries: multiples of 5 up to 30 (5, 10, 15, 20, 25, 30), then multiples of 10 (40, 50, 60, ...),
 *   plus multiples of 25 (25, 75, 125, ...). So 5-30 step 5, 40, 50, 60, 70, 75, 80, 90, 100, 110, 120, 125, ...
 */
import type { Fact } from './schema.js';

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export type OccasionField = 'date' | 'signed' | 'inForce';

export type DatedFact = Extract<Fact, { kind: 'milestone' | 'agreement' }>;

export interface Occasion {
  /** The first of `keys`, e.g. "acfta-in-force:inForce" (for sorting and display). */
  key: string;
  /** One ledger key per field, "<fact id>:<field>": stable whatever the other fields' dates. */
  keys: string[];
  factId: string;
  /** The field(s) carrying this date, first one names the key. */
  fields: OccasionField[];
  /** The original ISO date, YYYY-MM-DD. */
  date: string;
  year: number;
  month: number;
  day: number;
  /** What happened on that day: "signed", "entered into force", or the fact's title for a headline date. */
  label: string;
}

export interface Anniversary {
  fact: DatedFact;
  occasion: Occasion;
  /** Calendar date it falls on (28 Feb for a 29 Feb event in a common year). */
  on: LocalDate;
  years: number;
  ordinal: string;
  round: boolean;
}

export interface UpcomingAnniversary extends Anniversary {
  daysUntil: number;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const FIELD_LABEL: Record<Exclude<OccasionField, 'date'>, string> = {
  signed: 'signed',
  inForce: 'entered into force',
};

const STATUS_LABEL: Record<Extract<Fact, { kind: 'agreement' }>['status'], string> = {
  negotiating: 'negotiations reached this step',
  concluded: 'concluded',
  signed: 'signed',
  'in-force': 'entered into force',
  superseded: 'reached this step',
};

function parseFullDate(value: string | undefined): { year: number; month: number; day: number } | null {
  if (!value) return null;
  const m = FULL_DATE.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function hasAnniversaries(fact: Fact): fact is DatedFact {
  return fact.kind === 'milestone' || fact.kind === 'agreement';
}

/**
 * Occasions are computed once per fact object (facts are treated as immutable values: an edited fact is a new
 * object), which keeps the once-a-minute scheduler cheap.
 */
const occasionCache = new WeakMap<Fact, readonly Occasion[]>();

function cachedOccasions(fact: Fact): readonly Occasion[] {
  let cached = occasionCache.get(fact);
  if (!cached) {
    cached = computeOccasions(fact);
    occasionCache.set(fact, cached);
  }
  return cached;
}

/** The dated occasions of a fact that can have anniversaries (full dates only), in field order date, signed, inForce. */
export function occasionsOf(fact: Fact): Occasion[] {
  return cachedOccasions(fact).map((o) => ({ ...o, fields: [...o.fields], keys: [...o.keys] }));
}

function computeOccasions(fact: Fact): Occasion[] {
  if (!hasAnniversaries(fact)) return [];
  const candidates: { field: OccasionField; value: string | undefined }[] = [{ field: 'date', value: fact.date }];
  if (fact.kind === 'agreement') {
    candidates.push({ field: 'signed', value: fact.signed }, { field: 'inForce', value: fact.inForce });
  }
  const byDate = new Map<string, OccasionField[]>();
  for (const { field, value } of candidates) {
    if (!value || !parseFullDate(value)) continue;
    const fields = byDate.get(value);
    if (fields) fields.push(field);
    else byDate.set(value, [field]);
  }
  const out: Occasion[] = [];
  for (const [date, fields] of byDate) {
    const parts = parseFullDate(date)!;
    const keys = fields.map((field) => occasionKey(fact.id, field));
    out.push({
      key: keys[0]!,
      keys,
      factId: fact.id,
      fields,
      date,
      ...parts,
      label: labelFor(fact, fields),
    });
  }
  return out;
}

/** The ledger key of one date field of one fact. */
export function occasionKey(factId: string, field: OccasionField): string {
  return `${factId}:${field}`;
}

function labelFor(fact: DatedFact, fields: OccasionField[]): string {
  const specific = fields.filter((f): f is Exclude<OccasionField, 'date'> => f !== 'date').map((f) => FIELD_LABEL[f]);
  if (specific.length > 0) return specific.join(' and ');
  if (fact.kind === 'agreement') return STATUS_LABEL[fact.status];
  return fact.title;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Round anniversaries: 5-30 in steps of 5, then multiples of 10, plus multiples of 25 (see the rules at the top). */
export function isRoundAnniversary(years: number): boolean {
  if (!Number.isInteger(years) || years < 1) return false;
  if (years <= 30) return years % 5 === 0;
  return years % 10 === 0 || years % 25 === 0;
}

/** English ordinal: 1st 2nd 3rd 4th ... 11th 12th 13th ... 21st 22nd 23rd ... 101st 111th 112th. */
export function ordinal(n: number): string {
  const mod100 = Math.abs(n) % 100;
  const mod10 = Math.abs(n) % 10;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  if (mod10 === 1) return `${n}st`;
  if (mod10 === 2) return `${n}nd`;
  if (mod10 === 3) return `${n}rd`;
  return `${n}th`;
}

/** The calendar date an occasion's anniversary falls on in `year` (29 Feb -> 28 Feb in common years). */
export function anniversaryDateIn(occasion: Pick<Occasion, 'month' | 'day'>, year: number): LocalDate {
  if (occasion.month === 2 && occasion.day === 29 && !isLeapYear(year)) return { year, month: 2, day: 28 };
  return { year, month: occasion.month, day: occasion.day };
}

function toUtcMs(d: LocalDate): number {
  const dt = new Date(0);
  dt.setUTCFullYear(d.year, d.month - 1, d.day);
  return dt.getTime();
}

export function addDays(d: LocalDate, days: number): LocalDate {
  const dt = new Date(toUtcMs(d) + days * 86_400_000);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / 86_400_000);
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function sameLocalDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** "2026-07-01". */
export function formatIsoDate(d: LocalDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Parses "YYYY-MM-DD" into a real calendar date, or null. */
export function parseLocalDate(value: string): LocalDate | null {
  const parts = parseFullDate(value.trim());
  if (!parts || parts.month < 1 || parts.month > 12) return null;
  if (parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) return null;
  return parts;
}

function makeAnniversary(fact: DatedFact, occasion: Occasion, on: LocalDate): Anniversary | null {
  const years = on.year - occasion.year;
  if (years < 1) return null;
  return {
    fact,
    occasion: { ...occasion, fields: [...occasion.fields], keys: [...occasion.keys] },
    on,
    years,
    ordinal: ordinal(years),
    round: isRoundAnniversary(years),
  };
}

function byImportance(a: Anniversary, b: Anniversary): number {
  return (
    Number(b.round) - Number(a.round) ||
    b.years - a.years ||
    a.fact.title.localeCompare(b.fact.title) ||
    a.occasion.key.localeCompare(b.occasion.key)
  );
}

/**
 * Anniversaries falling on a calendar date, round ones first, then older first, then by title.
 * Facts without a full date contribute nothing.
 */
export function anniversariesOn(facts: readonly Fact[], localDate: LocalDate): Anniversary[] {
  const out: Anniversary[] = [];
  for (const fact of facts) {
    if (!hasAnniversaries(fact)) continue;
    for (const occasion of cachedOccasions(fact)) {
      if (!sameLocalDate(anniversaryDateIn(occasion, localDate.year), localDate)) continue;
      const a = makeAnniversary(fact, occasion, localDate);
      if (a) out.push(a);
    }
  }
  return out.sort(byImportance);
}

/**
 * Anniversaries from `fromLocalDate` (daysUntil 0) through `days` days later (daysUntil = days), sorted by date,
 * then as `anniversariesOn`. `days` is clamped to 0..3660.
 */
export function upcomingAnniversaries(
  facts: readonly Fact[],
  fromLocalDate: LocalDate,
  days: number,
): UpcomingAnniversary[] {
  const span = Math.max(0, Math.min(3660, Math.floor(days)));
  const end = addDays(fromLocalDate, span);
  const out: UpcomingAnniversary[] = [];
  for (const fact of facts) {
    if (!hasAnniversaries(fact)) continue;
    for (const occasion of cachedOccasions(fact)) {
      for (let y = fromLocalDate.year; y <= end.year; y++) {
        const on = anniversaryDateIn(occasion, y);
        if (compareLocalDates(on, fromLocalDate) < 0 || compareLocalDates(on, end) > 0) continue;
        const a = makeAnniversary(fact, occasion, on);
        if (a) out.push({ ...a, daysUntil: daysBetween(fromLocalDate, on) });
      }
    }
  }
  return out.sort((a, b) => a.daysUntil - b.daysUntil || byImportance(a, b));
}

/**
 * Countdown support: ROUND anniversaries falling exactly `daysBefore` days after `localDate`
 * (e.g. daysBefore 7 on 24 June finds a 25th anniversary on 1 July). Empty for daysBefore < 1.
 */
export function countdownsOn(facts: readonly Fact[], localDate: LocalDate, daysBefore: number): UpcomingAnniversary[] {
  if (!Number.isInteger(daysBefore) || daysBefore < 1) return [];
  const target = addDays(localDate, daysBefore);
  return anniversariesOn(facts, target)
    .filter((a) => a.round)
    .map((a) => ({ ...a, daysUntil: daysBefore }));
}
