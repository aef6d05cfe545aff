/**
 * Named leases with expiry, so that of several processes on one database exactly one does a job (the scheduler).
 * A holder keeps its lease by renewing it before it expires; once expired, anyone may take it over. Every step is
 * one IMMEDIATE write, so two processes cannot both win: SQLite serialises writers on the file.
 */
import { stmt, type Db } from './db.js';

export interface Lease {
  name: string;
  holder: string;
  expiresAt: number;
}

/**
 * Takes the lease for `holder` if it is free, expired, or already this holder's (which extends it).
 * True when `holder` holds it until `now + ttlMs`.
 */
export function acquireLease(db: Db, name: string, holder: string, now: number, ttlMs: number): boolean {
  const info = stmt(
    db,
    `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
     WHERE leases.holder = excluded.holder OR leases.expires_at <= ?`,
  ).run(name, holder, now + ttlMs, now);
  return info.changes > 0;
}

/**
 * Extends the lease only while `holder` still holds it unexpired: a holder that stalled past its expiry must
 * acquire again (and may find another process has taken over), never silently carry on.
 */
export function renewLease(db: Db, name: string, holder: string, now: number, ttlMs: number): boolean {
  const info = stmt(db, 'UPDATE leases SET expires_at = ? WHERE name = ? AND holder = ? AND expires_at > ?').run(
    now + ttlMs,
    name,
    holder,
    now,
  );
  return info.changes > 0;
}

/** Gives the lease up at once (a clean stop), so another process need not wait for it to expire. */
export function releaseLease(db: Db, name: string, holder: string): boolean {
  return stmt(db, 'DELETE FROM leases WHERE name = ? AND holder = ?').run(name, holder).changes > 0;
}

export function getLease(db: Db, name: string): Lease | null {
  const row = stmt(db, 'SELECT name, holder, expires_at FROM leases WHERE name = ?').get(name) as
    { name: string; holder: string; expires_at: number } | undefined;
  return row ? { name: row.name, holder: row.holder, expiresAt: row.expires_at } : null;
}
