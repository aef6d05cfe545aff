/** The Store contract on SQLite: a fresh file per case; two stores on it are two connections to one file. */
import { describe } from 'vitest';
import { MIGRATIONS } from '../../src/knowledge/store/migrations.js';
import { SqliteStore } from '../../src/knowledge/store/sqlite-store.js';
import { tempDir } from '../helpers/temp.js';
import { storeContract } from './store-contract.js';

describe('Store contract: SQLite', () => {
  storeContract(() => ({
    migrations: MIGRATIONS.length,
    async freshDatabase() {
      const path = `${tempDir('corridor-contract-')}/bot.db`;
      // Polling fast keeps the change-notification case short; it waits for the event, not for a time.
      return { open: async (options) => SqliteStore.open(path, { pollMs: 20, migrate: options?.migrate ?? true }) };
    },
  }));
});
