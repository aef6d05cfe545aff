/** openStore: SQLite without DATABASE_URL; with it, bad configuration is one line naming the variable, no password. */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openStore, StoreConfigError } from '../../src/knowledge/store/open-store.js';
import { tempDir } from '../helpers/temp.js';

/** A port nothing listens on: bound, then closed again. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected openStore to fail');
}

describe('openStore', () => {
  it('without DATABASE_URL opens (and migrates) the SQLite file', async () => {
    const store = await openStore({ databasePath: `${tempDir()}/bot.db` });
    expect(store.kind).toBe('sqlite');
    expect(await store.migrate()).toBe(0);
    await store.close();
  });

  it('a malformed DATABASE_URL is one line naming the variable', async () => {
    const error = await failure(
      openStore({ databaseUrl: 'mysql://corridor:hunter22@db/x', databasePath: 'unused.db' }),
    );
    expect(error).toBeInstanceOf(StoreConfigError);
    expect(error.message).toMatch(/^DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(error.message).not.toContain('hunter22');
  });

  it('an unreachable server is one line naming DATABASE_URL and where it points, without the password', async () => {
    const port = await closedPort();
    const error = await failure(
      openStore({
        databaseUrl: `postgres://corridor:hunter22@127.0.0.1:${port}/corridor`,
        databasePath: 'unused.db',
        connectTimeoutMs: 5_000,
      }),
    );
    expect(error).toBeInstanceOf(StoreConfigError);
    expect(error.message).toMatch(
      new RegExp(`^DATABASE_URL: cannot use PostgreSQL at corridor@127\\.0\\.0\\.1:${port}/corridor: .*ECONNREFUSED`),
    );
    expect(error.message).not.toContain('hunter22');
    expect(error.message).not.toContain('\n');
  });
});
