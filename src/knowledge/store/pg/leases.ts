/**
 * Named leases with expiry in PostgreSQL, the same rows and rules as leases.ts, so the scheduler's leader code
 * works on either backend. Each step is one statement; `INSERT … ON CONFLICT DO UPDATE … WHERE` is atomic, so
 * of two processes racing for a free or expired lease exactly one gets a changed row.
 */
import type { Pool } from 'pg';
import type { LeaseStore } from '../store.js';
import { num } from './tx.js';

export function pgLeaseStore(pool: Pool): LeaseStore {
  return {
    async acquire(name, holder, now, ttlMs) {
      const r = await pool.query(
        `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
         WHERE leases.holder = EXCLUDED.holder OR leases.expires_at <= $4`,
        [name, holder, now + ttlMs, now],
      );
      return (r.rowCount ?? 0) > 0;
    },
    async renew(name, holder, now, ttlMs) {
      const r = await pool.query(
        'UPDATE leases SET expires_at = $1 WHERE name = $2 AND holder = $3 AND expires_at > $4',
        [now + ttlMs, name, holder, now],
      );
      return (r.rowCount ?? 0) > 0;
    },
    async release(name, holder) {
      return (
        ((await pool.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder])).rowCount ?? 0) > 0
      );
    },
    async get(name) {
      const { rows } = await pool.query<{ name: string; holder: string; expires_at: string }>(
        'SELECT name, holder, expires_at FROM leases WHERE name = $1',
        [name],
      );
      const row = rows[0];
      return row ? { name: row.name, holder: row.holder, expiresAt: num(row.expires_at) } : null;
    },
  };
}
