/** The test PostgreSQL helper fails loudly, with install instructions, when it cannot find the server binaries. */
import { describe, expect, it } from 'vitest';
import { findPostgresBin, PostgresUnavailableError, startPostgres } from '../helpers/postgres-cluster.js';
import { tempDir } from '../helpers/temp.js';

describe('throwaway PostgreSQL for tests', () => {
  it('PG_BIN without initdb and pg_ctl: no fallback, and starting fails with how to install PostgreSQL', async () => {
    const empty = tempDir();
    expect(findPostgresBin({ PG_BIN: empty, PATH: '' })).toBeNull();
    const start = startPostgres({ PG_BIN: empty, PATH: '' });
    await expect(start).rejects.toBeInstanceOf(PostgresUnavailableError);
    await expect(start).rejects.toThrow(/apt-get install -y postgresql[\s\S]*PG_BIN/);
  });
});
