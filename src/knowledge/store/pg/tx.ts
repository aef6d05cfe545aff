/** Transactions and advisory-lock keys shared by the PostgreSQL store's parts. */
import type { Pool, PoolClient } from 'pg';

/** Anything that runs a query: the pool (one statement, autocommit) or a client inside a transaction. */
export type Queryable = Pick<PoolClient, 'query'>;

/**
 * Namespaces for pg_advisory_xact_lock(namespace, key). SQLite serialises every writer on the file; PostgreSQL
 * locks rows, so the read-then-write steps (a fact's version check, a report count, a session trim, a
 * settings merge) take one of these for their transaction instead.
 */
export const LOCK = {
  migrations: 0x636f72, // "cor": one key for the schema, taken by every process that migrates
  facts: 1,
  guild: 2,
  reports: 3,
  sessions: 4,
} as const;

/** Thrown inside `inTransaction` to roll back and return `value` instead of failing. */
export class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super('rollback');
  }
}

/** Runs `fn` in BEGIN … COMMIT on one pooled connection; any throw rolls back (a Rollback returns its value). */
export async function inTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (error instanceof Rollback) return error.value as T;
    throw error;
  } finally {
    client.release();
  }
}

/** Takes a transaction-scoped advisory lock on (namespace, text key); released at COMMIT or ROLLBACK. */
export async function lockKey(client: Queryable, namespace: number, key: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [namespace, key]);
}

/** BIGINT and count(*) arrive as strings from node-postgres; every value the store keeps fits a JS number. */
export function num(value: string | number): number {
  return typeof value === 'number' ? value : Number(value);
}
