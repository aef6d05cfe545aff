/**
 * Pure helpers for `/reminders preview [date]`, `/reminders test` and `/reminders status`. Nothing here touches the
 * ledger: a preview or a test post never counts as the day's reminder.
 */
import type { Fact } from '../knowledge/schema.js';
import {
  addDays,
  upcomingAnniversaries,
  type Anniversary,
  type LocalDate,
  type UpcomingAnniversary,
} from '../knowledge/anniversaries.js';
import { localParts } from '../knowledge/local-time.js';
import { renderAnniversaryPost, type PostPayload } from './message.js';
import { contentFor, postingInstantFor, type GuildSchedule } from './plan.js';

export type PreviewSettings = Pick<GuildSchedule, 'guildId' | 'postTime' | 'timezone' | 'countdownDays'> & {
  language?: string | null;
};

export interface DayPreview {
  localDate: LocalDate;
  /** When the reminder for that date goes (or went) out. */
  postingInstant: Date;
  anniversaries: Anniversary[];
  countdowns: UpcomingAnniversary[];
  /** The message as it would be posted; null when there is nothing to post that day. */
  payload: PostPayload | null;
}

/** The server-local date at `now`. */
export function localToday(now: Date, timezone: string): LocalDate {
  const p = localParts(now, timezone);
  return { year: p.year, month: p.month, day: p.day };
}

/** What would be posted for a server on a local date. */
export function previewDay(args: {
  settings: PreviewSettings;
  facts: readonly Fact[];
  localDate: LocalDate;
}): DayPreview {
  const { settings, facts, localDate } = args;
  const { anniversaries, countdowns } = contentFor(settings, facts, localDate);
  const payload =
    anniversaries.length + countdowns.length > 0
      ? renderAnniversaryPost({ localDate, anniversaries, countdowns, lang: settings.language ?? 'en' })
      : null;
  return { localDate, postingInstant: postingInstantFor(settings, localDate), anniversaries, countdowns, payload };
}

/** The next local date (from today, inclusive) with at least one anniversary, within `withinDays`. */
export function nextAnniversaryDate(
  facts: readonly Fact[],
  today: LocalDate,
  withinDays = 366,
): { localDate: LocalDate; daysUntil: number } | null {
  const first = upcomingAnniversaries(facts, today, withinDays)[0];
  return first ? { localDate: first.on, daysUntil: first.daysUntil } : null;
}

export interface TestPost extends DayPreview {
  payload: PostPayload;
  daysUntil: number;
}

/**
 * A test post: today's anniversaries, or else the next upcoming day's, rendered with "[Test]" markers.
 * Not recorded in the ledger. Null when the fact base has no full-dated anniversaries at all.
 */
export function testPost(args: {
  settings: PreviewSettings;
  facts: readonly Fact[];
  now: Date;
  withinDays?: number;
}): TestPost | null {
  const { settings, facts, now } = args;
  const today = localToday(now, settings.timezone);
  const next = nextAnniversaryDate(facts, today, args.withinDays ?? 366);
  if (!next) return null;
  const day = previewDay({ settings: { ...settings, countdownDays: 0 }, facts, localDate: next.localDate });
  const payload = renderAnniversaryPost({
    localDate: next.localDate,
    anniversaries: day.anniversaries,
    test: true,
    lang: settings.language ?? 'en',
  });
  return { ...day, payload, daysUntil: next.daysUntil };
}

/**
 * For status and setup: the next local day with something to post (anniversaries or countdowns) whose posting
 * instant is strictly after `now`. Countdown-only days count: they are posts too.
 */
export function nextScheduledPost(args: {
  settings: PreviewSettings;
  facts: readonly Fact[];
  now: Date;
  withinDays?: number;
}): DayPreview | null {
  const { settings, facts, now } = args;
  const today = localToday(now, settings.timezone);
  for (let i = 0; i <= (args.withinDays ?? 366); i++) {
    const day = previewDay({ settings, facts, localDate: addDays(today, i) });
    if (day.payload && day.postingInstant.getTime() > now.getTime()) return day;
  }
  return null;
}
