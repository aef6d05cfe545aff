/**
 * The Store contract on a real PostgreSQL that this file starts itself (tests/helpers/postgres-cluster.ts): a new
 * database per case; two stores on it are two connection pools, as two bot processes would have. If PostgreSQL
 * cannot be started, every case fails with how to install it: these tests never skip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, StoreConfigError } from '../../src/knowledge/store/open-store.js';
import { PG_MIGRATIONS } from '../../src/knowledge/store/pg/migrations.js';
import { PgStore } from '../../src/knowledge/store/pg/pg-store.js';
import { startPostgres, type PostgresCluster } from '../helpers/postgres-cluster.js';
import { storeContract } from './store-contract.js';

let cluster: PostgresCluster | undefined;
let startError: unknown;

// The error is kept and thrown by every case (not by beforeAll, which vitest reports as skipped cases).
beforeAll(async () => {
  try {
    cluster = await startPostgres();
  } catch (error) {
    startError = error;
  }
}, 120_000);

function running(): PostgresCluster {
  if (!cluster) throw startError;
  return cluster;
}

afterAll(async () => {
  await cluster?.stop();
});

describe('Store contract: PostgreSQL', () => {
  storeContract(() => ({
    migrations: PG_MIGRATIONS.length,
    async freshDatabase() {
      const url = await running().createDatabase();
      return {
        async open(options) {
          const store = new PgStore({ connectionString: url, max: 4 });
          if (options?.migrate ?? true) await store.migrate();
          return store;
        },
      };
    },
  }));
});

describe('openStore with DATABASE_URL', () => {
  it('opens PostgreSQL, migrates it, and a second process opening it applies nothing more', async () => {
    const url = await running().createDatabase();
    const first = await openStore({ databaseUrl: url, databasePath: 'unused.db' });
    const second = await openStore({ databaseUrl: url, databasePath: 'unused.db' });
    try {
      expect(first.kind).toBe('postgres');
      expect(await second.migrate()).toBe(0);
      expect(await second.ledger.claim({ guildId: 'g', occasion: 'o', year: 2026, at: new Date(0) })).toBe(true);
      expect(await first.ledger.claim({ guildId: 'g', occasion: 'o', year: 2026, at: new Date(0) })).toBe(false);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('a database that does not exist is one line naming DATABASE_URL, without the password', async () => {
    const error = await openStore({ databaseUrl: running().url('no_such_database'), databasePath: 'unused.db' }).then(
      () => new Error('expected a failure'),
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(StoreConfigError);
    expect(error.message).toMatch(/^DATABASE_URL: cannot use PostgreSQL at corridor@127\.0\.0\.1:\d+\/no_such_database: .*does not exist/);
    expect(error.message).not.toContain('not-a-real-secret');
  });
});
