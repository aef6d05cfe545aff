/** The async Store (and knowledge base) over a test's SQLite connection; the test keeps closing the connection itself. */
import type { Db } from '../../src/knowledge/store/db.js';
import { SqliteStore } from '../../src/knowledge/store/sqlite-store.js';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { openKnowledge, type OpenedKnowledge } from '../../src/knowledge/open.js';

export function storeOf(db: Db): SqliteStore {
  return new SqliteStore(db, { ownsDb: false });
}

/** openKnowledge on a SQLite file, with the store's connection as `db` for tests that look at rows directly. */
export async function openSqliteKnowledge(
  path: string,
  options: Parameters<typeof openKnowledge>[1] = {},
): Promise<OpenedKnowledge & { store: SqliteStore; db: Db }> {
  const opened = await openKnowledge(path, options);
  if (!(opened.store instanceof SqliteStore)) throw new Error('expected a SQLite store');
  return { ...opened, store: opened.store, db: opened.store.db };
}

/** A knowledge base over a test's open connection (which the test closes). */
export function knowledgeOf(db: Db, options: { now?: () => Date } = {}): Promise<KnowledgeBase> {
  return KnowledgeBase.open(storeOf(db), options);
}
