/** CLI convention: one line on stderr, status 2 for bad input, 1 for anything else. */
export function exitWithError(message: string, status = 2): never {
  process.stderr.write(`error: ${message.split('\n').join('\n  ')}\n`);
  process.exit(status);
}

/** backup/restore copy the SQLite file; with DATABASE_URL the data lives in PostgreSQL, which has its own tools. */
export const PG_BACKUP =
  'DATABASE_URL is set: the data is in PostgreSQL, and backup/restore copy only the SQLite file at DATABASE_PATH. ' +
  'Back PostgreSQL up with pg_dump (and restore with pg_restore or psql).';
