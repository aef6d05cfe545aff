/**
 * Pure planning: which reminder posts are due for one server at `now`.
 *
 * For each recent local date D in the server's zone (today, yesterday, and as far back as the belated window
 * reaches, plus one day), the posting instant is D at the server's posting time converted with `zonedTimeToUtc`
 * (so a time that does not exist on a DST day moves forward to the first minute that exists). If that instant is
 * <= now:
 *   - now - instant <= window (default 12 h) -> `due`; `belated` when more than 5 minutes late;
 *   - older -> `missed` (the caller records it as skipped and logs it once; it is never posted).
 * Looking back over yesterday means a restart just after local midnight still sends yesterday's post.
 *
 * One post per server and local date: every anniversary (and countdown) of that day goes into ONE message. Each
 * still has its own ledger keys (one claim per date field of the occasion), and the caller claims them together in one transaction,
 * all or nothing, before posting. Keys already in the ledger are left out by the caller (`withoutKeys`), so an
 * anniversary added to the fact base after the day's message went out is sent on its own, later, once; an
 * occasion already posted is never repeated.
 */
import type { Fact } from '../knowledge/schema.js';
import {
  addDays,
  anniversariesOn,
  countdownsOn,
  formatIsoDate,
  type Anniversary,
  type LocalDate,
  type UpcomingAnniversary,
} from '../knowledge/anniversaries.js';
import { localParts, zonedTimeToUtc } from '../knowledge/local-time.js';
import type { GuildSettings } from '../knowledge/store/guild-settings.js';
import { parsePostTime } from '../knowledge/store/guild-settings.js';
import type { LedgerKey } from '../knowledge/store/post-ledger.js';

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
/** Posts later than this after their posting time are skipped instead of sent. */
export const DEFAULT_BELATED_WINDOW_MS = 12 * 60 * MINUTE_MS;
/** A post sent more than this after its posting time is marked "(belated)". */
export const BELATED_AFTER_MS = 5 * MINUTE_MS;

export type GuildSchedule = Pick<GuildSettings, 'guildId' | 'channelId' | 'postTime' | 'timezone' | 'countdownDays'> &
  Partial<Pick<GuildSettings, 'factOfTheDay' | 'carryDate' | 'carryFrom'>>;

export interface PlannedPost {
  guildId: string;
  channelId: string;
  timezone: string;
  /** The server-local date the post is for. */
  localDate: LocalDate;
  /** When it should go out. */
  postingInstant: Date;
  /** now - postingInstant, >= 0. */
  lateMs: number;
  status: 'due' | 'missed';
  belated: boolean;
  anniversaries: Anniversary[];
  countdowns: UpcomingAnniversary[];
  /** The server opted in and the day has no anniversary: a fact of the day goes in (chosen when posting). */
  factOfTheDay: boolean;
  /** Every ledger key of the post: those of each anniversary, of each countdown, then the fact of the day's. */
  claims: LedgerKey[];
  /** The keys of each item, parallel to [...anniversaries, ...countdowns]. */
  itemKeys: LedgerKey[][];
}

/** One fact of the day per server and local date. */
export function factOfTheDayKey(guildId: string, localDate: LocalDate): LedgerKey {
  return { guildId, occasion: `fact-of-the-day:${formatIsoDate(localDate)}`, year: localDate.year };
}

/** One ledger key per date field of the anniversary (see anniversaries.ts: keys no edit can change). */
export function anniversaryKeys(guildId: string, a: Anniversary): LedgerKey[] {
  return a.occasion.keys.map((occasion) => ({ guildId, occasion, year: a.on.year }));
}

/** Countdowns are keyed by the anniversary they announce (and its year), so each is announced at most once. */
export function countdownKeys(guildId: string, c: UpcomingAnniversary): LedgerKey[] {
  return c.occasion.keys.map((key) => ({ guildId, occasion: `countdown:${key}`, year: c.on.year }));
}

/** When a server's post for a local date goes out. Throws RangeError on a bad time or zone. */
export function postingInstantFor(settings: Pick<GuildSchedule, 'postTime' | 'timezone'>, localDate: LocalDate): Date {
  const time = parsePostTime(settings.postTime);
  if (!time) throw new RangeError(`Bad posting time: ${settings.postTime}`);
  return zonedTimeToUtc({ ...localDate, ...time }, settings.timezone);
}

/**
 * The first posting instant strictly after `now`: the earliest moment anything new can fall due for this server,
 * unless its settings or the facts change (which the caller handles by looking at it again at once).
 */
export function nextPostingInstant(settings: Pick<GuildSchedule, 'postTime' | 'timezone'>, now: Date): Date {
  const today = localParts(now, settings.timezone);
  const base = { year: today.year, month: today.month, day: today.day };
  for (let d = -1; d <= 2; d++) {
    const at = postingInstantFor(settings, addDays(base, d));
    if (at.getTime() > now.getTime()) return at;
  }
  return new Date(now.getTime() + DAY_MS);
}

/** What a server's post for one local date contains (anniversaries and, if enabled, countdowns). */
export function contentFor(
  settings: Pick<GuildSchedule, 'guildId' | 'countdownDays' | 'factOfTheDay'>,
  facts: readonly Fact[],
  localDate: LocalDate,
): {
  anniversaries: Anniversary[];
  countdowns: UpcomingAnniversary[];
  factOfTheDay: boolean;
  claims: LedgerKey[];
  itemKeys: LedgerKey[][];
} {
  const anniversaries = anniversariesOn(facts, localDate);
  const countdowns = settings.countdownDays > 0 ? countdownsOn(facts, localDate, settings.countdownDays) : [];
  // Off by default; only on days without an anniversary, which would otherwise have no post.
  const factOfTheDay = settings.factOfTheDay === true && anniversaries.length === 0;
  const itemKeys = [
    ...anniversaries.map((a) => anniversaryKeys(settings.guildId, a)),
    ...countdowns.map((c) => countdownKeys(settings.guildId, c)),
    ...(factOfTheDay ? [[factOfTheDayKey(settings.guildId, localDate)]] : []),
  ];
  return { anniversaries, countdowns, factOfTheDay, claims: itemKeys.flat(), itemKeys };
}

export interface PlanInput {
  now: Date;
  settings: GuildSchedule;
  facts: readonly Fact[];
  belatedWindowMs?: number;
}

/** Posts due (or missed) for one server at `now`, oldest first. Dates with nothing to post are left out. */
export function planGuild({
  now,
  settings,
  facts,
  belatedWindowMs = DEFAULT_BELATED_WINDOW_MS,
}: PlanInput): PlannedPost[] {
  if (!settings.channelId) return [];
  const window = Math.max(0, belatedWindowMs);
  const today = localParts(now, settings.timezone);
  const lookbackDays = Math.ceil(window / DAY_MS) + 1;
  const out: PlannedPost[] = [];
  for (let back = lookbackDays; back >= 0; back--) {
    const localDate = addDays({ year: today.year, month: today.month, day: today.day }, -back);
    const { anniversaries, countdowns, factOfTheDay, claims, itemKeys } = contentFor(settings, facts, localDate);
    if (claims.length === 0) continue;
    let postingInstant = postingInstantFor(settings, localDate);
    // A schedule changed after this day's post was due under the new time, but before it went out under the old:
    // the post is due from the change (see pendingPostAtChange), not skipped as hours late.
    if (settings.carryDate === formatIsoDate(localDate) && settings.carryFrom) {
      const from = new Date(settings.carryFrom);
      if (from.getTime() > postingInstant.getTime()) postingInstant = from;
    }
    const lateMs = now.getTime() - postingInstant.getTime();
    if (lateMs < 0) continue;
    const status = lateMs <= window ? 'due' : 'missed';
    out.push({
      guildId: settings.guildId,
      channelId: settings.channelId,
      timezone: settings.timezone,
      localDate,
      postingInstant,
      lateMs,
      status,
      belated: status === 'due' && lateMs > BELATED_AFTER_MS,
      anniversaries,
      countdowns,
      factOfTheDay,
      claims,
      itemKeys,
    });
  }
  return out;
}

/**
 * The same post without the items that have ANY ledger key in `taken` ("guildId|occasion|year" strings, see
 * `ledgerKeyString`): an item is already decided as soon as one of its fields is, even if an edit has since
 * regrouped the fields. Null when nothing is left.
 */
export function withoutKeys(post: PlannedPost, taken: ReadonlySet<string>): PlannedPost | null {
  const fresh = post.itemKeys.map((keys) => keys.every((k) => !taken.has(`${k.guildId}|${k.occasion}|${k.year}`)));
  const n = post.anniversaries.length;
  const anniversaries = post.anniversaries.filter((_, i) => fresh[i]);
  const countdowns = post.countdowns.filter((_, i) => fresh[n + i]);
  const factOfTheDay = post.factOfTheDay && fresh.at(-1) === true;
  const itemKeys = post.itemKeys.filter((_, i) => fresh[i]);
  if (itemKeys.length === 0) return null;
  return { ...post, anniversaries, countdowns, factOfTheDay, claims: itemKeys.flat(), itemKeys };
}

/** The same post without its fact of the day (none was left to pick); null when nothing else remains. */
export function withoutFactOfTheDay(post: PlannedPost): PlannedPost | null {
  if (!post.factOfTheDay) return post;
  const itemKeys = post.itemKeys.slice(0, -1);
  return itemKeys.length ? { ...post, factOfTheDay: false, claims: itemKeys.flat(), itemKeys } : null;
}
