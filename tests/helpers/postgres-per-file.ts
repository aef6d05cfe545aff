/**
 * One throwaway PostgreSQL for a test file: started before its cases, stopped after them (after the file's own
 * afterAll hooks, which run first). A failed start is kept and thrown by `running()` in each case: thrown in
 * beforeAll, vitest would report the cases as skipped, and these tests must fail loudly instead.
 */
import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type PostgresCluster } from './postgres-cluster.js';

export function postgresForThisFile(): () => PostgresCluster {
  let cluster: PostgresCluster | undefined;
  let startError: unknown;
  beforeAll(async () => {
    try {
      cluster = await startPostgres();
    } catch (error) {
      startError = error;
    }
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 60_000);
  return () => {
    if (!cluster) throw startError;
    return cluster;
  };
}
