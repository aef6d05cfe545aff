/** Per-server reminder settings in PostgreSQL; validation and merging are guild-settings.ts's own functions. */
import type { Pool } from 'pg';
import {
  checkGuildId,
  checkGuildSettingsPatch,
  guildErrorOf,
  iso,
  mergeGuildSettings,
  type GuildSettings,
} from '../guild-settings.js';
import type { GuildStore } from '../store.js';
import { inTransaction, lockKey, LOCK, num, type Queryable } from './tx.js';

interface Row {
  guild_id: string;
  channel_id: string | null;
  post_time: string;
  timezone: string;
  enabled: boolean;
  countdown_days: number;
  fact_of_the_day: boolean;
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
    enabled: r.enabled,
    countdownDays: r.countdown_days,
    factOfTheDay: r.fact_of_the_day,
    lastError: r.last_error,
    lastErrorAt: r.last_error_at,
    updatedAt: r.updated_at,
    carryDate: r.carry_date,
    carryFrom: r.carry_from,
    language: r.language ?? null,
  };
}

const byGuildId = (a: GuildSettings, b: GuildSettings): number =>
  a.guildId < b.guildId ? -1 : a.guildId > b.guildId ? 1 : 0;

async function getOne(q: Queryable, guildId: string): Promise<GuildSettings | null> {
  const { rows } = await q.query<Row>('SELECT * FROM guild_settings WHERE guild_id = $1', [guildId]);
  return rows[0] ? fromRow(rows[0]) : null;
}

const ENABLED = 'enabled AND channel_id IS NOT NULL';
/** The scheduler's read every tick; its WHERE matches the partial index guild_settings_due (see the EXPLAIN contract test). */
export const DUE_GUILDS_PG_SQL = `SELECT * FROM guild_settings WHERE ${ENABLED} AND next_post_ms <= $1`;

export function pgGuildStore(pool: Pool): GuildStore {
  return {
    get: (guildId) => getOne(pool, guildId),
    async upsert(patch, at = new Date()) {
      const checked = checkGuildSettingsPatch(patch, at);
      return inTransaction(pool, async (client) => {
        // A missing row cannot be locked with FOR UPDATE; the advisory lock serialises two first setups too.
        await lockKey(client, LOCK.guild, checked.guildId);
        const next = mergeGuildSettings(await getOne(client, checked.guildId), checked, at);
        await client.query(
          `INSERT INTO guild_settings (guild_id, channel_id, post_time, timezone, enabled, countdown_days, fact_of_the_day,
             last_error, last_error_at, updated_at, carry_date, carry_from, language, next_post_ms)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 0)
           ON CONFLICT (guild_id) DO UPDATE SET
             channel_id = EXCLUDED.channel_id, post_time = EXCLUDED.post_time, timezone = EXCLUDED.timezone,
             enabled = EXCLUDED.enabled, countdown_days = EXCLUDED.countdown_days, fact_of_the_day = EXCLUDED.fact_of_the_day,
             last_error = EXCLUDED.last_error, last_error_at = EXCLUDED.last_error_at, updated_at = EXCLUDED.updated_at,
             carry_date = EXCLUDED.carry_date, carry_from = EXCLUDED.carry_from, language = EXCLUDED.language,
             next_post_ms = 0`,
          [
            next.guildId,
            next.channelId,
            next.postTime,
            next.timezone,
            next.enabled,
            next.countdownDays,
            next.factOfTheDay,
            next.lastError,
            next.lastErrorAt,
            next.updatedAt,
            next.carryDate,
            next.carryFrom,
            next.language,
          ],
        );
        return next;
      });
    },
    async disable(guildId, at = new Date()) {
      const r = await pool.query('UPDATE guild_settings SET enabled = false, updated_at = $1 WHERE guild_id = $2', [
        iso(at),
        checkGuildId(guildId),
      ]);
      return (r.rowCount ?? 0) > 0;
    },
    async listEnabled() {
      const { rows } = await pool.query<Row>(`SELECT * FROM guild_settings WHERE ${ENABLED} ORDER BY guild_id`);
      return rows.map(fromRow);
    },
    async listDue(nowMs) {
      const { rows } = await pool.query<Row>(DUE_GUILDS_PG_SQL, [nowMs]);
      return rows.map(fromRow).sort(byGuildId);
    },
    async setNextPostAt(seen, ms) {
      const r = await pool.query(
        'UPDATE guild_settings SET next_post_ms = $1 WHERE guild_id = $2 AND updated_at = $3 AND next_post_ms <> $1',
        [ms, seen.guildId, seen.updatedAt],
      );
      return (r.rowCount ?? 0) > 0;
    },
    async nextPostTimes() {
      const { rows } = await pool.query<{ guild_id: string; next_post_ms: string }>(
        `SELECT guild_id, next_post_ms FROM guild_settings WHERE ${ENABLED}`,
      );
      return new Map(rows.map((r) => [r.guild_id, num(r.next_post_ms)]));
    },
    async getNextPostAt(guildId) {
      const { rows } = await pool.query<{ next_post_ms: string }>(
        'SELECT next_post_ms FROM guild_settings WHERE guild_id = $1',
        [guildId],
      );
      return rows[0] ? num(rows[0].next_post_ms) : null;
    },
    async recordError(guildId, message, at = new Date()) {
      const e = guildErrorOf(guildId, message, at);
      await pool.query('UPDATE guild_settings SET last_error = $1, last_error_at = $2 WHERE guild_id = $3', [
        e.text,
        e.at,
        e.guildId,
      ]);
    },
    async clearError(guildId) {
      await pool.query(
        'UPDATE guild_settings SET last_error = NULL, last_error_at = NULL WHERE guild_id = $1 AND last_error IS NOT NULL',
        [checkGuildId(guildId)],
      );
    },
  };
}
