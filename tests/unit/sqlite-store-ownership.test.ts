/** Who closes a shared SQLite connection: the bot wraps its own `db` in a store that must not close it. */
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/knowledge/store/db.js';
import { SqliteStore } from '../../src/knowledge/store/sqlite-store.js';

describe('SqliteStore ownership of its connection', () => {
  it('ownsDb: false leaves the connection open on close(), for its owner to close once', async () => {
    const db = openDb(':memory:');
    await new SqliteStore(db, { ownsDb: false }).close();
    expect(db.open).toBe(true);
    db.close();
  });

  it('by default the store owns the connection and close() closes it', async () => {
    const db = openDb(':memory:');
    await new SqliteStore(db).close();
    expect(db.open).toBe(false);
  });
});
