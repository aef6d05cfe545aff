import Database from 'better-sqlite3';

/**
 * Runs `attempt` again while it fails with SQLITE_BUSY, pausing a little longer each time, until `patienceMs` has
 * passed; any other error, or BUSY past the deadline, is thrown as it came. For start-up only: it sleeps
 * synchronously, which is harmless before the process serves anything.
 */
export function retryWhileBusy<T>(attempt: () => T, patienceMs: number, now: () => number = Date.now): T {
  const deadline = now() + patienceMs;
  for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
    try {
      return attempt();
    } catch (error) {
      if (!isBusy(error) || now() + pause > deadline) throw error;
      sleepSync(pause);
    }
  }
}

function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
