/**
 * Per-server reminder settings, over the `guild_settings` table (migration 1).
 * Every write validates first and throws `GuildSettingsError` (with a message fit to show a moderator) without
 * changing anything when the input is bad.
 */
import { z } from 'zod';
import { stmt, type Db } from './db.js';
import { addDays, formatIsoDate, type LocalDate } from '../anniversaries.js';
import { isValidTimeZone, localParts, normalizeTimeZone, zonedTimeToUtc } from '../local-time.js';

export interface GuildSettings {
  guildId: string;
  channelId: string | null;
  /** "HH:MM", 24-hour, in `timezone`. */
  postTime: string;
  /** IANA zone name, e.g. "Asia/Singapore". */
  timezone: string;
  enabled: boolean;
  /** Days ahead to announce round anniversaries (0 = no countdowns). */
  countdownDays: number;
  /** Opt-in: on days with no anniversary, post one fact from the base. */
  factOfTheDay: boolean;
  lastError: string | null;
  lastErrorAt: string | null;
  updatedAt: string;
  /** A day's post carried over a schedule change (YYYY-MM-DD, server-local) and when it became due, or nulls. */
  carryDate: string | null;
  carryFrom: string | null;
  /** The language posts and previews are written in ("en", "zh-CN"); null for servers set up before it existed. */
  language: string | null;
}

export type GuildSettingsField =
  'guildId' | 'channelId' | 'postTime' | 'timezone' | 'countdownDays' | 'enabled' | 'message' | 'language';

export class GuildSettingsError extends Error {
  override readonly name = 'GuildSettingsError';
  constructor(
    message: string,
    readonly field: GuildSettingsField,
  ) {
    super(message);
  }
}

export const MAX_COUNTDOWN_DAYS = 60;

const Snowflakeish = z.string().trim().min(1).max(64).regex(/^\S+$/);

/** Parses "9:00", "09:00" or "18:30" into hour and minute; null if it is not a 24-hour time. */
export function parsePostTime(value: string): { hour: number; minute: number } | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!m) return null;
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

export function formatPostTime(t: { hour: number; minute: number }): string {
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

interface Row {
  guild_id: string;
  channel_id: string | null;
  post_time: string;
  timezone: string;
  enabled: number;
  countdown_days: number;
  fact_of_the_day: number;
  last_error: string | null;
  last_error_at: string | null;
  updated_at: string;
  carry_date: string | null;
  carry_from: string | null;
  language: string | null;
}

function fromRow(r: Row): GuildSettings {
  return {
    guildId: r.guild_id,
    channelId: r.channel_id,
    postTime: r.post_time,
    timezone: r.timezone,
    enabled: r.enabled === 1,
    countdownDays: r.countdown_days,
    factOfTheDay: r.fact_of_the_day === 1,
    lastError: r.last_error,
    lastErrorAt: r.last_error_at,
    updatedAt: r.updated_at,
    carryDate: r.carry_date,
    carryFrom: r.carry_from,
    language: r.language ?? null,
  };
}

type Schedule = Pick<GuildSettings, 'postTime' | 'timezone'>;

function instantOn(s: Schedule, date: LocalDate): Date {
  const time = parsePostTime(s.postTime) ?? { hour: 9, minute: 0 };
  return zonedTimeToUtc({ ...date, ...time }, s.timezone);
}

export interface PendingPost {
  /** The server-local date whose post had not gone out yet when the schedule changed. */
  localDate: LocalDate;
  /** When it now goes out: the change itself when the new time had already passed that day. */
  instant: Date;
  carried: boolean;
}

/**
 * The post a schedule change at `at` would otherwise drop: the day (in the old zone, today or tomorrow) whose post
 * was still ahead under the OLD schedule. Under the new one it goes out at the new time, or at once (`carried`)
 * if that time has already passed. Null when nothing was pending or the schedule did not change.
 */
export function pendingPostAtChange(old: Schedule, next: Schedule, at: Date): PendingPost | null {
  if (old.postTime === next.postTime && old.timezone === next.timezone) return null;
  const today = localParts(at, old.timezone);
  for (const localDate of [{ year: today.year, month: today.month, day: today.day }, addDays(today, 1)]) {
    if (instantOn(old, localDate).getTime() <= at.getTime()) continue;
    const instant = instantOn(next, localDate);
    const carried = instant.getTime() <= at.getTime();
    return { localDate, instant: carried ? at : instant, carried };
  }
  return null;
}

export function checkGuildId(guildId: unknown): string {
  const parsed = Snowflakeish.safeParse(guildId);
  if (!parsed.success) throw new GuildSettingsError('That does not look like a server id.', 'guildId');
  return parsed.data;
}

export function iso(at: Date): string {
  if (!Number.isFinite(at.getTime())) throw new GuildSettingsError('Invalid timestamp.', 'message');
  return at.toISOString();
}

export function getGuildSettings(db: Db, guildId: string): GuildSettings | null {
  const row = stmt(db, 'SELECT * FROM guild_settings WHERE guild_id = ?').get(guildId) as Row | undefined;
  return row ? fromRow(row) : null;
}

export interface GuildSettingsPatch {
  guildId: string;
  /** Channel to post in; `null` clears it (which requires `enabled: false`). */
  channelId?: string | null;
  /** "HH:MM" (24-hour); "9:00" is accepted and stored as "09:00". */
  postTime?: string;
  /** IANA zone; "asia/kolkata" or "Asia/Calcutta" are accepted and stored as "Asia/Kolkata". */
  timezone?: string;
  countdownDays?: number;
  factOfTheDay?: boolean;
  /** A language code the bot has a catalogue for (checked by the caller); null clears it. */
  language?: string | null;
  /** Default: true when a channel is given (setup turns reminders on), otherwise unchanged (new servers: false). */
  enabled?: boolean;
}

/** A patch validated and normalised (throws GuildSettingsError), before the stored settings are read. */
export interface CheckedGuildSettingsPatch {
  guildId: string;
  now: string;
  channelId: string | null | undefined;
  postTime: string | undefined;
  timezone: string | undefined;
  countdownDays: number | undefined;
  patch: GuildSettingsPatch;
}

/** The validation half of upsertGuildSettings, shared by every store backend. */
export function checkGuildSettingsPatch(patch: GuildSettingsPatch, at: Date): CheckedGuildSettingsPatch {
  const guildId = checkGuildId(patch.guildId);
  const now = iso(at);

  let channelId: string | null | undefined;
  if (patch.channelId !== undefined) {
    if (patch.channelId === null) channelId = null;
    else {
      const parsed = Snowflakeish.safeParse(patch.channelId);
      if (!parsed.success) throw new GuildSettingsError('That does not look like a channel.', 'channelId');
      channelId = parsed.data;
    }
  }
  let postTime: string | undefined;
  if (patch.postTime !== undefined) {
    const t = typeof patch.postTime === 'string' ? parsePostTime(patch.postTime) : null;
    if (!t) {
      throw new GuildSettingsError(
        `"${String(patch.postTime).slice(0, 20)}" is not a time. Use 24-hour HH:MM, for example 09:00 or 18:30.`,
        'postTime',
      );
    }
    postTime = formatPostTime(t);
  }
  let timezone: string | undefined;
  if (patch.timezone !== undefined) {
    const tz = typeof patch.timezone === 'string' ? normalizeTimeZone(patch.timezone) : null;
    if (!tz || !isValidTimeZone(tz)) {
      throw new GuildSettingsError(
        `"${String(patch.timezone).slice(0, 60)}" is not a time zone I know. Pick one from the list, e.g. Asia/Singapore or Europe/London.`,
        'timezone',
      );
    }
    timezone = tz;
  }
  let countdownDays: number | undefined;
  if (patch.countdownDays !== undefined) {
    const n = patch.countdownDays;
    if (!Number.isInteger(n) || n < 0 || n > MAX_COUNTDOWN_DAYS) {
      throw new GuildSettingsError(
        `Countdown days must be a whole number from 0 to ${MAX_COUNTDOWN_DAYS}.`,
        'countdownDays',
      );
    }
    countdownDays = n;
  }
  return { guildId, now, channelId, postTime, timezone, countdownDays, patch };
}

/** The settings to store given what is stored (`existing`) and a checked patch; shared by every store backend. */
export function mergeGuildSettings(
  existing: GuildSettings | null,
  checked: CheckedGuildSettingsPatch,
  at: Date,
): GuildSettings {
  const { guildId, now, channelId, postTime, timezone, countdownDays, patch } = checked;
  const next: GuildSettings = {
    guildId,
    channelId: channelId !== undefined ? channelId : (existing?.channelId ?? null),
    postTime: postTime ?? existing?.postTime ?? '09:00',
    timezone: timezone ?? existing?.timezone ?? 'UTC',
    // Giving a channel (the setup path) turns reminders on; other edits keep the current state.
    enabled: patch.enabled ?? (channelId ? true : (existing?.enabled ?? false)),
    countdownDays: countdownDays ?? existing?.countdownDays ?? 0,
    factOfTheDay: patch.factOfTheDay ?? existing?.factOfTheDay ?? false,
    lastError: existing?.lastError ?? null,
    lastErrorAt: existing?.lastErrorAt ?? null,
    updatedAt: now,
    carryDate: existing?.carryDate ?? null,
    carryFrom: existing?.carryFrom ?? null,
    language: patch.language !== undefined ? patch.language : (existing?.language ?? null),
  };
  // Changing the time or zone must not silently drop a post that was still to come today (see plan.ts).
  const pending = existing?.enabled && existing.channelId ? pendingPostAtChange(existing, next, at) : null;
  if (pending?.carried) {
    next.carryDate = formatIsoDate(pending.localDate);
    next.carryFrom = now;
  }
  if (next.enabled && !next.channelId) {
    throw new GuildSettingsError('Choose a channel for the reminders first.', 'channelId');
  }
  const channelChanged = existing !== null && existing.channelId !== next.channelId;
  const reEnabled = existing !== null && !existing.enabled && next.enabled;
  if (channelChanged || reEnabled) {
    next.lastError = null;
    next.lastErrorAt = null;
  }
  return next;
}

/**
 * Creates or updates a server's settings (the `/reminders setup` path). Fields left out keep their stored value
 * (or the defaults 09:00 / UTC / no countdowns for a new server). Enabling requires a channel.
 * Changing the channel or (re-)enabling clears the last recorded posting error.
 */
export function upsertGuildSettings(db: Db, patch: GuildSettingsPatch, at: Date = new Date()): GuildSettings {
  const checked = checkGuildSettingsPatch(patch, at);
  return db.transaction((): GuildSettings => {
    const next = mergeGuildSettings(getGuildSettings(db, checked.guildId), checked, at);
    stmt(
      db,
      `INSERT INTO guild_settings (guild_id, channel_id, post_time, timezone, enabled, countdown_days, ` +
        `fact_of_the_day, last_error, last_error_at, updated_at, carry_date, carry_from, language, next_post_ms)
       VALUES (@guildId, @channelId, @postTime, @timezone, @enabled, @countdownDays, @factOfTheDay, @lastError, ` +
        `@lastErrorAt, @updatedAt, @carryDate, @carryFrom, @language, 0)
       ON CONFLICT (guild_id) DO UPDATE SET
         channel_id = excluded.channel_id, post_time = excluded.post_time, timezone = excluded.timezone,
         enabled = excluded.enabled, countdown_days = excluded.countdown_days, fact_of_the_day = excluded.fact_of_the_day,
         last_error = excluded.last_error, last_error_at = excluded.last_error_at, updated_at = excluded.updated_at,
         carry_date = excluded.carry_date, carry_from = excluded.carry_from, language = excluded.language,
         next_post_ms = 0  -- any change: the next tick looks at this server (a carried or belated post may be due)`,
    ).run({ ...next, enabled: next.enabled ? 1 : 0, factOfTheDay: next.factOfTheDay ? 1 : 0 });
    return next;
  })();
}

/** Turns reminders off for a server (settings are kept). Returns false if the server had no settings. */
export function disableGuild(db: Db, guildId: string, at: Date = new Date()): boolean {
  const info = stmt(db, 'UPDATE guild_settings SET enabled = 0, updated_at = ? WHERE guild_id = ?').run(
    iso(at),
    checkGuildId(guildId),
  );
  return info.changes > 0;
}

/** Servers with reminders on and a channel set, in a stable order. */
export function listEnabledGuilds(db: Db): GuildSettings[] {
  const rows = stmt(
    db,
    'SELECT * FROM guild_settings WHERE enabled = 1 AND channel_id IS NOT NULL ORDER BY guild_id',
  ).all() as Row[];
  return rows.map(fromRow);
}

/** Enabled servers whose next posting instant is at or before `nowMs`: one indexed range read (migration 8). */
export const DUE_GUILDS_SQL =
  'SELECT * FROM guild_settings WHERE enabled = 1 AND channel_id IS NOT NULL AND next_post_ms <= ?';

export function listDueGuilds(db: Db, nowMs: number): GuildSettings[] {
  const rows = stmt(db, DUE_GUILDS_SQL).all(nowMs) as Row[];
  // Sorted here, not by ORDER BY guild_id, which would lead SQLite to walk the primary key over every server.
  return rows.map(fromRow).sort((a, b) => (a.guildId < b.guildId ? -1 : a.guildId > b.guildId ? 1 : 0));
}

/**
 * When the scheduler next needs to look at this server, after a tick handled the settings read as `seen`. A change
 * saved meanwhile (another `updatedAt`) wins: its reset to 0 stays, so the new schedule is looked at next tick.
 * An unchanged value is not written (no commit, no fsync): a full tick reads every server each minute.
 */
export function setNextPostAt(db: Db, seen: Pick<GuildSettings, 'guildId' | 'updatedAt'>, ms: number): boolean {
  return (
    stmt(
      db,
      'UPDATE guild_settings SET next_post_ms = ? WHERE guild_id = ? AND updated_at = ? AND next_post_ms <> ?',
    ).run(ms, seen.guildId, seen.updatedAt, ms).changes > 0
  );
}

/** Every enabled server's stored next posting instant, for a tick that reads them all. */
export function nextPostTimes(db: Db): Map<string, number> {
  const rows = stmt(
    db,
    'SELECT guild_id, next_post_ms FROM guild_settings WHERE enabled = 1 AND channel_id IS NOT NULL',
  )
    .raw()
    .all() as [string, number][];
  return new Map(rows);
}

export function getNextPostAt(db: Db, guildId: string): number | null {
  return (
    (stmt(db, 'SELECT next_post_ms FROM guild_settings WHERE guild_id = ?').pluck().get(guildId) as
      number | undefined) ?? null
  );
}

const MAX_ERROR_LENGTH = 500;

/** Records the last posting problem (shown by `/reminders status`). Long messages are cut to 500 characters. */
export function recordGuildError(db: Db, guildId: string, message: string, at: Date = new Date()): void {
  const e = guildErrorOf(guildId, message, at);
  stmt(db, 'UPDATE guild_settings SET last_error = ?, last_error_at = ? WHERE guild_id = ?').run(
    e.text,
    e.at,
    e.guildId,
  );
}

/** The checked and shortened values recordGuildError stores; shared by every store backend. */
export function guildErrorOf(
  guildId: string,
  message: string,
  at: Date,
): { guildId: string; text: string; at: string } {
  const text = String(message).trim() || 'Unknown error';
  const cut = text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
  return { guildId: checkGuildId(guildId), text: cut, at: iso(at) };
}

export function clearGuildError(db: Db, guildId: string): void {
  stmt(
    db,
    'UPDATE guild_settings SET last_error = NULL, last_error_at = NULL WHERE guild_id = ? AND last_error IS NOT NULL',
  ).run(checkGuildId(guildId));
}
