/**
 * Picks the backend: DATABASE_URL set → PostgreSQL, otherwise the SQLite file at DATABASE_PATH. Either way the
 * schema is migrated before the store is returned. Bad configuration is one StoreConfigError line that names
 * the variable and never contains the password.
 */
import { checkDatabaseUrl, DatabaseUrlError, describeDatabaseUrl, redactPassword } from './pg/database-url.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export interface StoreConfig {
  /** postgres:// or postgresql:// URL; when set, the SQLite path is not used. */
  databaseUrl?: string;
  databasePath: string;
  /** PostgreSQL: how long to wait for the server before giving up (default 10 s). */
  connectTimeoutMs?: number;
  onError?: (error: Error) => void;
}

export class StoreConfigError extends Error {
  override name = 'StoreConfigError';
}

export async function openStore(config: StoreConfig): Promise<Store> {
  const url = config.databaseUrl?.trim();
  if (!url) {
    try {
      return SqliteStore.open(config.databasePath);
    } catch (error) {
      throw new StoreConfigError(
        `DATABASE_PATH: cannot open the SQLite database at ${config.databasePath}: ${messageOf(error)}`,
      );
    }
  }
  try {
    checkDatabaseUrl(url);
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new StoreConfigError(error.message);
    throw error;
  }
  // Loaded only here: the driver (pg, and the fetch internals it probes) is a tenth of a second of start-up that a
  // SQLite bot never uses.
  const { PgStore } = await import('./pg/pg-store.js');
  const store = new PgStore({
    connectionString: url,
    ...(config.connectTimeoutMs !== undefined ? { connectTimeoutMs: config.connectTimeoutMs } : {}),
    ...(config.onError ? { onError: config.onError } : {}),
  });
  try {
    await store.migrate();
    return store;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw new StoreConfigError(
      `DATABASE_URL: cannot use PostgreSQL at ${describeDatabaseUrl(url)}: ${redactPassword(messageOf(error), url)}`,
    );
  }
}

function messageOf(error: unknown): string {
  const text =
    error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || error.name : String(error);
  return text.replace(/\s+/g, ' ').trim();
}
