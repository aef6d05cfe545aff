/**
 * The post ledger in PostgreSQL, with post-ledger.ts's semantics: the PRIMARY KEY (guild_id, occasion, year)
 * decides who owns an occasion. `INSERT … ON CONFLICT DO NOTHING` inserts exactly once: a second claimer's insert
 * waits on the first one's uncommitted row, then inserts nothing (or, if the first rolled back, wins instead).
 * Multi-key steps lock keys in one sorted order, so two overlapping claims cannot deadlock.
 */
import type { Pool } from 'pg';
import {
  cutLedgerDetail,
  ledgerEntryFromRow,
  ledgerKeyString,
  MARK_INTERRUPTED_SQL,
  type LedgerKey,
  type LedgerRow,
} from '../post-ledger.js';
import type { LedgerKeys, LedgerStore } from '../store.js';
import { inTransaction, num, Rollback } from './tx.js';

function list(keys: LedgerKeys): readonly LedgerKey[] {
  return Array.isArray(keys) ? (keys as readonly LedgerKey[]) : [keys as LedgerKey];
}

/** Bytewise order of the key strings: the same lock order in every process. */
function sorted(keys: readonly LedgerKey[]): LedgerKey[] {
  return [...keys].sort((a, b) => {
    const x = ledgerKeyString(a);
    const y = ledgerKeyString(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

const INSERT_CLAIM = `INSERT INTO post_ledger (guild_id, occasion, year, status, claimed_at)
  VALUES ($1, $2, $3, 'claimed', $4) ON CONFLICT (guild_id, occasion, year) DO NOTHING`;

// SQLite's statement with "?" as PostgreSQL's "$1": one text for both backends.
export const MARK_INTERRUPTED_PG = MARK_INTERRUPTED_SQL.replace('?', '$1');

export function pgLedgerStore(pool: Pool): LedgerStore {
  const claimAll: LedgerStore['claimAll'] = async (keys, at, pick) => {
    if (keys.length === 0) return false;
    return inTransaction(pool, async (client) => {
      for (const k of sorted(keys)) {
        const r = await client.query(INSERT_CLAIM, [k.guildId, k.occasion, k.year, at.toISOString()]);
        if (r.rowCount !== 1) throw new Rollback(false); // someone has a row: claim nothing at all
      }
      if (pick) {
        await client.query(
          `INSERT INTO fact_of_the_day (guild_id, local_date, fact_id) VALUES ($1, $2, $3)
           ON CONFLICT (guild_id, local_date) DO UPDATE SET fact_id = EXCLUDED.fact_id`,
          [pick.guildId, pick.localDate, pick.factId],
        );
      }
      return true;
    });
  };

  return {
    claim: (entry) => claimAll([entry], entry.at),
    claimAll,
    async markSent(keys, messageId, at = new Date()) {
      await inTransaction(pool, async (client) => {
        for (const k of sorted(list(keys))) {
          await client.query(
            `UPDATE post_ledger SET status = 'sent', sent_at = $1, message_id = $2, detail = NULL
             WHERE guild_id = $3 AND occasion = $4 AND year = $5`,
            [at.toISOString(), messageId, k.guildId, k.occasion, k.year],
          );
        }
      });
    },
    async markFailed(keys, detail) {
      await inTransaction(pool, async (client) => {
        for (const k of sorted(list(keys))) {
          await client.query(
            `UPDATE post_ledger SET status = 'failed', detail = $1 WHERE guild_id = $2 AND occasion = $3 AND year = $4`,
            [cutLedgerDetail(detail), k.guildId, k.occasion, k.year],
          );
        }
      });
    },
    async markSkipped(keys, detail, at = new Date()) {
      const all = list(keys);
      const recorded = await inTransaction(pool, async (client) => {
        const done = new Set<string>();
        for (const k of sorted(all)) {
          const r = await client.query(
            `INSERT INTO post_ledger (guild_id, occasion, year, status, claimed_at, detail)
             VALUES ($1, $2, $3, 'skipped', $4, $5) ON CONFLICT (guild_id, occasion, year) DO NOTHING`,
            [k.guildId, k.occasion, k.year, at.toISOString(), cutLedgerDetail(detail)],
          );
          if (r.rowCount === 1) done.add(ledgerKeyString(k));
        }
        return done;
      });
      // In the caller's order, as the SQLite version returns them.
      return all.filter((k) => recorded.has(ledgerKeyString(k)));
    },
    async release(keys) {
      await inTransaction(pool, async (client) => {
        for (const k of sorted(list(keys))) {
          await client.query(
            `DELETE FROM post_ledger WHERE guild_id = $1 AND occasion = $2 AND year = $3 AND status = 'claimed'`,
            [k.guildId, k.occasion, k.year],
          );
        }
      });
    },
    async markInterrupted(olderThan) {
      return (await pool.query(MARK_INTERRUPTED_PG, [olderThan.toISOString()])).rowCount ?? 0;
    },
    async get(key) {
      const { rows } = await pool.query<LedgerRow>(
        'SELECT * FROM post_ledger WHERE guild_id = $1 AND occasion = $2 AND year = $3',
        [key.guildId, key.occasion, key.year],
      );
      return rows[0] ? ledgerEntryFromRow(rows[0]) : null;
    },
    async existingKeys(keys) {
      if (keys.length === 0) return new Set();
      const { rows } = await pool.query<LedgerRow>(
        `SELECT l.guild_id, l.occasion, l.year FROM post_ledger l
         JOIN unnest($1::text[], $2::text[], $3::int[]) AS k(guild_id, occasion, year)
           ON l.guild_id = k.guild_id AND l.occasion = k.occasion AND l.year = k.year`,
        [keys.map((k) => k.guildId), keys.map((k) => k.occasion), keys.map((k) => k.year)],
      );
      return new Set(rows.map((r) => ledgerKeyString({ guildId: r.guild_id, occasion: r.occasion, year: r.year })));
    },
    async history(guildId, limit = 50) {
      const { rows } = await pool.query<LedgerRow>(
        'SELECT * FROM post_ledger WHERE guild_id = $1 ORDER BY claimed_at DESC, occasion LIMIT $2',
        [guildId, Math.max(1, Math.min(1000, Math.floor(limit)))],
      );
      return rows.map(ledgerEntryFromRow);
    },
    async postsSentSince(since) {
      const { rows } = await pool.query<{ n: string }>(
        `SELECT count(DISTINCT message_id) AS n FROM post_ledger WHERE status = 'sent' AND sent_at >= $1`,
        [since.toISOString()],
      );
      return num(rows[0]!.n);
    },
  };
}
