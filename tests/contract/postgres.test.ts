/**
 * The Store contract on a real PostgreSQL that this file starts itself (tests/helpers/postgres-cluster.ts): a new
 * database per case; two stores on it are two connection pools, as two bot processes would have. If PostgreSQL
 * cannot be started, beforeAll fails with how to install it: these tests never skip.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { PG_MIGRATIONS } from '../../src/knowledge/store/pg/migrations.js';
import { PgStore } from '../../src/knowledge/store/pg/pg-store.js';
import { startPostgres, type PostgresCluster } from '../helpers/postgres-cluster.js';
import { storeContract } from './store-contract.js';

let cluster: PostgresCluster | undefined;

beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('Store contract: PostgreSQL', () => {
  storeContract(() => ({
    migrations: PG_MIGRATIONS.length,
    async freshDatabase() {
      if (!cluster) throw new Error('PostgreSQL did not start (see the beforeAll error above).');
      const url = await cluster.createDatabase();
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
