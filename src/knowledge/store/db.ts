import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations.js';
import { retryWhileBusy } from './retry-busy.js';

export type Db = Database.Database;

/**
 * How long opening keeps trying while another process holds the file. SQLite answered one of eight processes
 * starting together on a new file with "database is locked" at once, busy_timeout notwithstanding (CI, 2026-11-30):
 * some lock steps of opening do not call the busy handler, so the whole open is retried instead.
 */
const OPEN_PATIENCE_MS = 30_000;

/** Opens (creating if needed) the database file, in WAL mode with synchronous=FULL so an acknowledged commit survives a crash. */
export function openDb(path: string, options: { migrate?: boolean } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return retryWhileBusy(() => openOnce(path, options.migrate !== false), OPEN_PATIENCE_MS);
}

function openOnce(path: string, migrating: boolean): Db {
  const db = new Database(path);
  try {
    // First, so that switching to WAL and migrating wait for another process starting at the same moment. Generous:
    // shards starting together seed one after another under the write lock, and on a loaded machine eight of them
    // queued behind each other took longer than 5 s (a write at run time waits milliseconds, never near this).
    db.pragma('busy_timeout = 15000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (migrating) migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement cached per connection: compiling SQL dominates the store's small queries. */
export function stmt(db: Db, sql: string): Database.Statement {
  let perDb = statementCache.get(db);
  if (!perDb) {
    perDb = new Map();
    statementCache.set(db, perDb);
  }
  let s = perDb.get(sql);
  if (!s) {
    s = db.prepare(sql);
    perDb.set(sql, s);
  }
  return s;
}
