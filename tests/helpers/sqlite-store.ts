/** The async Store over a test's open SQLite connection; the test keeps closing the connection itself. */
import type { Db } from '../../src/knowledge/store/db.js';
import { SqliteStore } from '../../src/knowledge/store/sqlite-store.js';

export function storeOf(db: Db): SqliteStore {
  return new SqliteStore(db, { ownsDb: false });
}
