/** Stored sessions (drafts, pending imports) in PostgreSQL, with StoredSessions' rules (sessions.ts). */
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { StoredSessionOptions } from '../sessions.js';
import type { SessionScope, SessionStore } from '../store.js';
import { inTransaction, lockKey, LOCK, num, type Queryable } from './tx.js';

function scopeOf<T extends { ownerId: string }>(
  pool: Pool,
  scope: string,
  options: StoredSessionOptions,
): SessionScope<T> {
  const clock = options.clock ?? Date.now;
  const ttlMs = options.ttlMs;

  // One statement: replaces any row under the key and takes a new seq (the newest, as SQLite's new rowid).
  const put = async (q: Queryable, key: string, value: T, now: number): Promise<void> => {
    await q.query(
      `INSERT INTO sessions (scope, key, owner_id, data, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (scope, key) DO UPDATE SET owner_id = EXCLUDED.owner_id, data = EXCLUDED.data,
         created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at, seq = nextval('sessions_seq')`,
      [scope, key, value.ownerId, JSON.stringify(value), now, now + ttlMs],
    );
  };

  /** Deletes the oldest rows (of one owner, or of the scope) until at most `keep` remain. */
  const trim = async (q: Queryable, ownerId: string | null, keep: number): Promise<void> => {
    await q.query(
      `DELETE FROM sessions WHERE scope = $1 AND key IN (
         SELECT key FROM sessions WHERE scope = $1 AND ($2::text IS NULL OR owner_id = $2)
         ORDER BY created_at DESC, seq DESC OFFSET $3)`,
      [scope, ownerId, Math.max(0, keep)],
    );
  };

  return {
    ttlMs,
    async create(value) {
      return inTransaction(pool, async (client) => {
        // Serialises creators in this scope, as SQLite's IMMEDIATE transaction does, so the limits hold.
        await lockKey(client, LOCK.sessions, scope);
        const now = clock();
        await client.query('DELETE FROM sessions WHERE scope = $1 AND expires_at <= $2', [scope, now]);
        let key = randomBytes(4).toString('hex');
        while ((await client.query('SELECT 1 FROM sessions WHERE scope = $1 AND key = $2', [scope, key])).rowCount) {
          key = randomBytes(4).toString('hex');
        }
        await trim(client, value.ownerId, options.maxPerOwner - 1);
        await trim(client, null, options.max - 1);
        await put(client, key, value, now);
        return key;
      });
    },
    async get(key) {
      const { rows } = await pool.query<{ data: string }>(
        'SELECT data FROM sessions WHERE scope = $1 AND key = $2 AND expires_at > $3',
        [scope, key, clock()],
      );
      return rows[0] ? (JSON.parse(rows[0].data) as T) : undefined;
    },
    async set(key, value) {
      await put(pool, key, value, clock());
    },
    async take(key) {
      const { rows } = await pool.query<{ data: string; expires_at: string }>(
        'DELETE FROM sessions WHERE scope = $1 AND key = $2 RETURNING data, expires_at',
        [scope, key],
      );
      const row = rows[0];
      return row && num(row.expires_at) > clock() ? (JSON.parse(row.data) as T) : undefined;
    },
    async size() {
      const { rows } = await pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM sessions WHERE scope = $1 AND expires_at > $2',
        [scope, clock()],
      );
      return num(rows[0]!.n);
    },
  };
}

export function pgSessionStore(pool: Pool): SessionStore {
  return {
    scope: (scope, options) => scopeOf(pool, scope, options),
    async sweepExpired(now) {
      return (await pool.query('DELETE FROM sessions WHERE expires_at <= $1', [now])).rowCount ?? 0;
    },
  };
}
