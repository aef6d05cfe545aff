/**
 * Moves a stopped bot's SQLite database into an empty PostgreSQL database: every table of move-tables.ts in ONE
 * PostgreSQL transaction (all or nothing), ids, versions, instants and statuses as they were; then the identity
 * sequences are moved past the copied ids, and the result is read back through both Stores and compared.
 *
 * Refuses, writing nothing, when the bot still runs on the file (its run lock names a live process) or when the
 * target already holds any of the bot's data: merging two histories could re-post an anniversary or reuse ids.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { PoolClient } from 'pg';
import { openDb, type Db } from './db.js';
import { migrate } from './migrations.js';
import { MOVED_TABLES, TARGET_DATA_TABLES, type MovedTable } from './move-tables.js';
import { checkDatabaseUrl } from './pg/database-url.js';
import { PgStore } from './pg/pg-store.js';
import { inTransaction, num, type Queryable } from './pg/tx.js';
import { ledgerKeyString, type LedgerKey } from './post-ledger.js';
import { acquireRunLock, runningPid } from './run-lock.js';
import { SqliteStore } from './sqlite-store.js';

export class MoveError extends Error {
  override name = 'MoveError';
}

export interface MoveOptions {
  /** The SQLite file (DATABASE_PATH of the stopped bot). */
  from: string;
  /** postgres:// URL of an empty database. */
  to: string;
  /** Rows per INSERT statement (default 1,000). */
  batchSize?: number;
}

export interface MoveSummary {
  /** Rows per table, as copied and as counted afterwards on both sides. */
  tables: { name: string; rows: number }[];
  /** SQLite migrations applied to the source first (an older file is brought to the schema being copied). */
  sourceMigrations: number;
  copyMs: number;
  verifyMs: number;
}

const DEFAULT_BATCH = 1_000;

export async function moveToPostgres(options: MoveOptions): Promise<MoveSummary> {
  checkDatabaseUrl(options.to);
  const db = openSource(options.from);
  // Held for the whole move: a bot started on the file meanwhile warns that another process uses it.
  const lock = acquireRunLock(options.from);
  const target = new PgStore({ connectionString: options.to, max: 4 });
  try {
    if (lock.otherPid !== null) throw stillRunning(options.from, lock.otherPid);
    await refuseNonEmpty(target.pool);
    // What the bot itself does on start: an older file gets its migrations (e.g. the ledger key rewrite) first.
    const sourceMigrations = migrate(db);
    checkSourceSchema(db);
    await target.migrate();
    const started = performance.now();
    const tables = await copyAll(db, target, options.batchSize ?? DEFAULT_BATCH);
    const copyMs = performance.now() - started;
    // Fresh statistics, so the scheduler's first reads on PostgreSQL use their indexes (autovacuum would, later).
    for (const t of MOVED_TABLES) await target.pool.query(`ANALYZE ${t.name}`);
    const verifying = performance.now();
    await verify(db, target, tables);
    return { tables, sourceMigrations, copyMs, verifyMs: performance.now() - verifying };
  } finally {
    await target.close();
    lock.release();
    db.close();
  }
}

function stillRunning(path: string, pid: number): MoveError {
  return new MoveError(`the bot is still running on ${path} (process ${pid}); stop it first, then move`);
}

/** Opens the file only if it exists and is Corridor's (opening a wrong path must not create an empty database). */
function openSource(path: string): Db {
  if (!existsSync(path)) throw new MoveError(`no SQLite database at ${path} (check --from or DATABASE_PATH)`);
  const pid = runningPid(path);
  if (pid !== null) throw stillRunning(path, pid);
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const has = probe.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'facts'").get();
    if (!has) throw new MoveError(`${path} is not a Corridor database (it has no facts table)`);
  } finally {
    probe.close();
  }
  return openDb(path, { migrate: false });
}

/** SQLite tables the move leaves behind on purpose (see move-tables.ts). */
const NOT_MOVED = new Set(['leases', 'schema_migrations', 'sqlite_sequence']);

/**
 * Every SQLite table and column must be one the move knows: a later SQLite migration that adds one without
 * teaching move-tables.ts about it stops the move here instead of silently leaving data behind.
 */
function checkSourceSchema(db: Db): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  for (const name of tables) {
    if (NOT_MOVED.has(name)) continue;
    const moved = MOVED_TABLES.find((t) => t.name === name);
    if (!moved) throw new MoveError(`the SQLite database has a table this version cannot move: ${name}`);
    const columns = (db.pragma(`table_info(${name})`) as { name: string }[]).map((c) => c.name);
    const unknown = columns.filter((c) => !moved.columns.some((m) => m.name === c));
    if (unknown.length > 0)
      throw new MoveError(`the SQLite table ${name} has columns this version cannot move: ${unknown.join(', ')}`);
  }
}

async function tableExists(q: Queryable, name: string): Promise<boolean> {
  const { rows } = await q.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [name]);
  return rows[0]?.t != null;
}

/** The tables of the bot's data on the target that hold rows (table names are constants, never input). */
async function nonEmptyTables(q: Queryable): Promise<string[]> {
  const full: string[] = [];
  for (const name of TARGET_DATA_TABLES) {
    if (!(await tableExists(q, name))) continue;
    const { rows } = await q.query<{ n: string }>(`SELECT count(*) AS n FROM ${name}`);
    if (num(rows[0]!.n) > 0) full.push(`${name}: ${rows[0]!.n}`);
  }
  return full;
}

const START_OVER =
  'move into a new empty database (e.g. createdb corridor_moved), or empty this one first ' +
  '(DROP SCHEMA public CASCADE; CREATE SCHEMA public;)';

async function refuseNonEmpty(q: Queryable): Promise<void> {
  const full = await nonEmptyTables(q);
  if (full.length > 0)
    throw new MoveError(
      `the target database is not empty (${full.join(', ')}); nothing was written. To start over, ${START_OVER}`,
    );
}

async function copyAll(db: Db, target: PgStore, batchSize: number): Promise<{ name: string; rows: number }[]> {
  // One read transaction on SQLite: every table is read from the same instant.
  db.exec('BEGIN');
  try {
    return await inTransaction(target.pool, async (client) => {
      // Nothing else may write these tables until the move commits; a bot started on the target waits. A bot
      // already running there holds locks of its own: give up after a while rather than hang.
      await client.query("SET LOCAL lock_timeout = '10s'");
      await client.query(`LOCK TABLE ${TARGET_DATA_TABLES.join(', ')} IN EXCLUSIVE MODE`);
      await refuseNonEmpty(client); // again, under the lock: someone may have written since the first look
      const counts: { name: string; rows: number }[] = [];
      for (const table of MOVED_TABLES) {
        counts.push({ name: table.name, rows: await copyTable(db, client, table, batchSize) });
        if (table.identity) await moveSequence(db, client, table, table.identity);
      }
      return counts;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '55P03')
      throw new MoveError(
        'another process holds the target database tables (a bot running on it?); nothing was written. Stop it, then move',
      );
    throw error;
  } finally {
    db.exec('COMMIT');
  }
}

/** Reads by rowid a batch at a time and sends each batch as one INSERT of column arrays. */
async function copyTable(db: Db, client: PoolClient, table: MovedTable, batchSize: number): Promise<number> {
  const names = table.columns.map((c) => c.name);
  const read = db
    .prepare(`SELECT rowid, ${names.join(', ')} FROM ${table.name} WHERE rowid > ? ORDER BY rowid LIMIT ?`)
    .raw();
  const insert =
    `INSERT INTO ${table.name} (${names.join(', ')}) ` +
    `SELECT * FROM unnest(${table.columns.map((c, i) => `$${i + 1}::${c.type}`).join(', ')})`;
  let after = -Infinity;
  let copied = 0;
  for (;;) {
    const rows = read.all(after, batchSize) as unknown[][];
    if (rows.length === 0) return copied;
    const params = table.columns.map((c, i) =>
      rows.map((r) => {
        const v = r[i + 1];
        return c.type === 'boolean[]' && v !== null ? v === 1 : v;
      }),
    );
    await client.query(insert, params);
    copied += rows.length;
    after = rows[rows.length - 1]![0] as number;
  }
}

/**
 * New rows must get ids after every id SQLite ever handed out: past the copied ones, and past sqlite_sequence
 * too (AUTOINCREMENT never reuses the id of a deleted row, e.g. a cleared unanswered log).
 */
async function moveSequence(db: Db, client: PoolClient, table: MovedTable, column: string): Promise<void> {
  const maxId = (db.prepare(`SELECT coalesce(max(${column}), 0) FROM ${table.name}`).pluck().get() as number) ?? 0;
  const seq = (db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').pluck().get(table.name) as number) ?? 0;
  await client.query('SELECT setval(pg_get_serial_sequence($1, $2), $3, false)', [
    table.name,
    column,
    Math.max(maxId, seq) + 1,
  ]);
}

/** Row counts per table, then what the bot reads: facts, each fact's revisions, settings and ledger keys. */
async function verify(db: Db, target: PgStore, copied: readonly { name: string; rows: number }[]): Promise<void> {
  for (const { name, rows } of copied) {
    const sqlite = db.prepare(`SELECT count(*) FROM ${name}`).pluck().get() as number;
    const pg = num((await target.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${name}`)).rows[0]!.n);
    if (sqlite !== rows || pg !== rows) fail(`${name} has ${sqlite} rows in SQLite, ${pg} in PostgreSQL`);
  }
  const source = new SqliteStore(db, { ownsDb: false });
  const facts = await source.facts.list(true);
  if (!isDeepStrictEqual(facts, await target.facts.list(true))) fail('the facts read back differ');
  // Every fact id with a history (not only those in the facts table, should one ever lack its row).
  const factIds = db.prepare('SELECT DISTINCT fact_id FROM fact_revisions').pluck().all() as string[];
  await eachLimited(factIds, 4, async (id) => {
    const [a, b] = await Promise.all([source.facts.revisions(id), target.facts.revisions(id)]);
    if (!isDeepStrictEqual(a, b)) fail(`the revisions of fact ${id} read back differ`);
  });
  const guildIds = db.prepare('SELECT guild_id FROM guild_settings').pluck().all() as string[];
  await eachLimited(guildIds, 4, async (id) => {
    const [a, b] = await Promise.all([source.guilds.get(id), target.guilds.get(id)]);
    if (!isDeepStrictEqual(a, b)) fail(`the settings of server ${id} read back differ`);
  });
  const read = db.prepare(
    'SELECT rowid, guild_id, occasion, year FROM post_ledger WHERE rowid > ? ORDER BY rowid LIMIT 5000',
  );
  for (let after = -Infinity; ;) {
    const rows = read.all(after) as { rowid: number; guild_id: string; occasion: string; year: number }[];
    if (rows.length === 0) return;
    const keys: LedgerKey[] = rows.map((r) => ({ guildId: r.guild_id, occasion: r.occasion, year: r.year }));
    const found = await target.ledger.existingKeys(keys);
    const missing = keys.find((k) => !found.has(ledgerKeyString(k)));
    if (missing) fail(`ledger key ${ledgerKeyString(missing)} is missing in PostgreSQL`);
    after = rows.at(-1)!.rowid;
  }
}

function fail(what: string): never {
  throw new MoveError(
    `verification failed after the copy: ${what}. The target holds the copy; to start over, ${START_OVER}`,
  );
}

async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
