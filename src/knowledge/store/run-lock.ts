/**
 * "Is a bot running on this database?" A small file next to the database (`<db>.pid`) holds the running bot's
 * process id. The bot writes it on start and deletes it on a clean stop; a crash leaves it behind, which is why a
 * reader checks that the process is still alive rather than trusting the file. `restore` refuses while it is.
 * (SQLite's own locks cannot answer this: an idle bot holds no lock between queries.)
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export function lockPath(databasePath: string): string {
  return `${databasePath}.pid`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (e.g. the bot runs as its own system user).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of a live process that holds the database, or null. */
export function runningPid(databasePath: string): number | null {
  let text: string;
  try {
    text = readFileSync(lockPath(databasePath), 'utf8');
  } catch {
    return null;
  }
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
}

export interface RunLock {
  /** Another live process already held it (two bots on one file); this one runs but does not own the file. */
  otherPid: number | null;
  release(): void;
}

/** Marks the database as in use by this process (replacing a stale mark left by a crash). */
export function acquireRunLock(databasePath: string, pid: number = process.pid): RunLock {
  const other = runningPid(databasePath);
  if (other !== null && other !== pid) return { otherPid: other, release: () => {} };
  writeFileSync(lockPath(databasePath), `${pid}\n`);
  return {
    otherPid: null,
    release() {
      try {
        if (readFileSync(lockPath(databasePath), 'utf8').trim() === String(pid)) rmSync(lockPath(databasePath));
      } catch {
        // Already gone.
      }
    },
  };
}
