/**
 * Backups with SQLite's online backup API (better-sqlite3 `backup()`): a consistent copy while the bot keeps
 * writing. The copy is taken in one step, i.e. inside one read transaction: in WAL mode that does not block the
 * bot's writers, and the file is a snapshot of one instant rather than pages from different moments.
 *
 * Restore never edits a database in place: it checks the backup (`PRAGMA integrity_check`, Corridor's tables),
 * copies it beside the target, moves the current database (with its -wal/-shm) aside, and renames the copy in.
 */
import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  closeSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from './db.js';
import { runningPid } from './run-lock.js';

export class BackupError extends Error {
  override name = 'BackupError';
}

const BACKUP_NAME = /^corridor-\d{8}-\d{6}Z\.db$/;

/** data/backups/corridor-20251231-033000Z.db: sortable by name, one per second at most. */
export function defaultBackupPath(dir: string, now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace(/\.\d+Z$/, 'Z');
  return join(dir, `corridor-${stamp}.db`);
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** "ok", or the first problems SQLite reports. Opens the file read-only. */
export function integrityCheck(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows
      .map((r) => r.integrity_check)
      .slice(0, 3)
      .join('; ');
  } finally {
    db.close();
  }
}

export interface BackupResult {
  path: string;
  bytes: number;
}

/**
 * Copies the database (an open connection, or a path) to `destPath`. Written to `<dest>.partial` and renamed only
 * after it passed integrity_check, so a file with the final name is always a complete, checked backup.
 */
export async function backupDatabase(source: Db | string, destPath: string): Promise<BackupResult> {
  if (existsSync(destPath)) throw new BackupError(`${destPath} already exists; choose another backup file name`);
  if (typeof source === 'string' && !existsSync(source))
    throw new BackupError(`no database at ${source} (check DATABASE_PATH)`);
  mkdirSync(dirname(destPath), { recursive: true });
  const partial = `${destPath}.partial`;
  rmSync(partial, { force: true });
  const db = typeof source === 'string' ? new Database(source, { fileMustExist: true }) : source;
  try {
    if (typeof source === 'string') db.pragma('busy_timeout = 5000');
    // Return the largest step so every remaining page is copied in one step (one consistent read snapshot).
    await db.backup(partial, { progress: () => 0x7fffffff });
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (typeof source === 'string') db.close();
  }
  // The copy inherits WAL mode; a backup should be one self-contained file, so switch it to a rollback journal.
  const copy = new Database(partial, { fileMustExist: true });
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const check = integrityCheck(partial);
  if (check !== 'ok') {
    rmSync(partial, { force: true });
    throw new BackupError(`the backup copy failed integrity_check (${check}); nothing was kept`);
  }
  fsyncFile(partial);
  renameSync(partial, destPath);
  return { path: destPath, bytes: statSync(destPath).size };
}

/** Deletes all but the newest `keep` backups made under the default naming; returns what was deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!existsSync(dir)) return [];
  const backups = readdirSync(dir)
    .filter((f) => BACKUP_NAME.test(f))
    .sort();
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const f of old) rmSync(join(dir, f));
  return old.map((f) => join(dir, f));
}

const REQUIRED_TABLES = ['facts', 'fact_revisions', 'post_ledger', 'guild_settings'];

export interface RestoreResult {
  /** Where the database that was replaced now lives (null when there was none). */
  previous: string | null;
}

/** Replaces the database at `targetPath` by the backup. Refuses while a bot runs on it, or if the backup is bad. */
export function restoreDatabase(backupPath: string, targetPath: string, now: Date = new Date()): RestoreResult {
  const pid = runningPid(targetPath);
  if (pid !== null)
    throw new BackupError(
      `Corridor is running on ${targetPath} (pid ${pid}); stop it first (e.g. systemctl stop corridor), then restore`,
    );
  if (!existsSync(backupPath)) throw new BackupError(`no backup file at ${backupPath}`);
  let check: string;
  try {
    check = integrityCheck(backupPath);
  } catch (error) {
    throw new BackupError(
      `${backupPath} is not a readable SQLite database (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (check !== 'ok') throw new BackupError(`${backupPath} failed integrity_check (${check}); nothing was changed`);
  const probe = new Database(backupPath, { readonly: true });
  const tables = new Set(
    (probe.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  probe.close();
  const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
  if (missing.length)
    throw new BackupError(
      `${backupPath} is not a Corridor database (missing ${missing.join(', ')}); nothing was changed`,
    );

  mkdirSync(dirname(targetPath), { recursive: true });
  const incoming = `${targetPath}.restoring`;
  copyFileSync(backupPath, incoming);
  fsyncFile(incoming);
  let previous: string | null = null;
  if (existsSync(targetPath)) {
    previous = `${targetPath}.before-restore-${basename(defaultBackupPath('.', now)).slice('corridor-'.length, -'.db'.length)}`;
    renameSync(targetPath, previous);
  }
  // The old WAL belongs to the old file: keep it with it (it may hold its last commits), never beside the new one.
  for (const suffix of ['-wal', '-shm']) {
    if (!existsSync(targetPath + suffix)) continue;
    if (previous) renameSync(targetPath + suffix, previous + suffix);
    else rmSync(targetPath + suffix);
  }
  renameSync(incoming, targetPath);
  return { previous };
}
