import { randomBytes } from 'node:crypto';
import type { Db } from './db.js';
import { stmt } from './db.js';

export interface StoredSessionOptions {
  ttlMs: number;
  /** Most live sessions in this scope; the oldest go first. */
  max: number;
  /** Most live sessions per owner, so one person cannot push out everyone else's. */
  maxPerOwner: number;
  clock?: () => number;
}

/**
 * Short-lived sessions (a moderator's draft, a pending import) kept in SQLite with their expiry, so a restart
 * keeps them. Same surface as the in-memory TtlMap. Values must survive JSON.
 */
export class StoredSessions<T extends { ownerId: string }> {
  readonly ttlMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly db: Db,
    private readonly scope: string,
    private readonly options: StoredSessionOptions,
  ) {
    this.ttlMs = options.ttlMs;
    this.clock = options.clock ?? Date.now;
  }

  create(value: T): string {
    return this.db
      .transaction(() => {
        const now = this.clock();
        this.sweep(now);
        let key = randomBytes(4).toString('hex');
        while (this.has(key)) key = randomBytes(4).toString('hex');
        this.trim('owner_id = ?', [value.ownerId], this.options.maxPerOwner - 1);
        this.trim('1 = 1', [], this.options.max - 1);
        this.insert(key, value, now);
        return key;
      })
      .immediate();
  }

  get(key: string): T | undefined {
    const row = stmt(this.db, 'SELECT data FROM sessions WHERE scope = ? AND key = ? AND expires_at > ?').get(
      this.scope,
      key,
      this.clock(),
    ) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as T) : undefined;
  }

  /** Replaces the value and restarts its clock. */
  set(key: string, value: T): void {
    this.db.transaction(() => {
      stmt(this.db, 'DELETE FROM sessions WHERE scope = ? AND key = ?').run(this.scope, key);
      this.insert(key, value, this.clock());
    })();
  }

  /** Removes and returns the entry in one statement, so only one caller (or process) can act on it. */
  take(key: string): T | undefined {
    const row = stmt(this.db, 'DELETE FROM sessions WHERE scope = ? AND key = ? RETURNING data, expires_at').get(
      this.scope,
      key,
    ) as { data: string; expires_at: number } | undefined;
    return row && row.expires_at > this.clock() ? (JSON.parse(row.data) as T) : undefined;
  }

  get size(): number {
    return stmt(this.db, 'SELECT count(*) FROM sessions WHERE scope = ? AND expires_at > ?')
      .pluck()
      .get(this.scope, this.clock()) as number;
  }

  private has(key: string): boolean {
    return stmt(this.db, 'SELECT 1 FROM sessions WHERE scope = ? AND key = ?').get(this.scope, key) !== undefined;
  }

  private insert(key: string, value: T, now: number): void {
    stmt(
      this.db,
      'INSERT INTO sessions (scope, key, owner_id, data, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(this.scope, key, value.ownerId, JSON.stringify(value), now, now + this.ttlMs);
  }

  /** Deletes the oldest rows matching `where` until at most `keep` remain. */
  private trim(where: string, params: unknown[], keep: number): void {
    stmt(
      this.db,
      `DELETE FROM sessions WHERE scope = ? AND key IN (SELECT key FROM sessions WHERE scope = ? AND ${where} ` +
        `ORDER BY created_at DESC, rowid DESC LIMIT -1 OFFSET ?)`,
    ).run(this.scope, this.scope, ...params, Math.max(0, keep));
  }

  private sweep(now: number): void {
    stmt(this.db, 'DELETE FROM sessions WHERE scope = ? AND expires_at <= ?').run(this.scope, now);
  }
}

/** Deletes every expired session row (all scopes); reads already ignore them, this keeps the table small. */
export function sweepExpiredSessions(db: Db, now: number): number {
  return stmt(db, 'DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
}
