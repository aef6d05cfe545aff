/**
 * The Store contract on a real PostgreSQL that this file starts itself (tests/helpers/postgres-cluster.ts): a new
 * database per case; two stores on it are two connection pools, as two bot processes would have. If PostgreSQL
 * cannot be started, every case fails with how to install it: these tests never skip.
 */
import { describe, expect, it } from 'vitest';
import { openStore, StoreConfigError } from '../../src/knowledge/store/open-store.js';
import { DUE_GUILDS_PG_SQL } from '../../src/knowledge/store/pg/guilds.js';
import { MARK_INTERRUPTED_PG } from '../../src/knowledge/store/pg/ledger.js';
import { PG_MIGRATIONS } from '../../src/knowledge/store/pg/migrations.js';
import { PgStore } from '../../src/knowledge/store/pg/pg-store.js';
import { startLeadership } from '../../src/scheduler/leader.js';
import { postgresForThisFile } from '../helpers/postgres-per-file.js';
import { storeContract } from './store-contract.js';

const running = postgresForThisFile();

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
    expect(error.message).toMatch(
      /^DATABASE_URL: cannot use PostgreSQL at corridor@127\.0\.0\.1:\d+\/no_such_database: .*does not exist/,
    );
    expect(error.message).not.toContain('not-a-real-secret');
  });
});

describe('the scheduler reads on PostgreSQL use indexes', () => {
  it('the due-servers read and the interrupted-claims sweep are index scans at 20,000 servers (not a read of every row)', async () => {
    const store = new PgStore({ connectionString: await running().createDatabase(), max: 2 });
    try {
      await store.migrate();
      // 20,000 servers whose next posting instant is ahead, and as many sent ledger rows: what a quiet tick sees.
      await store.pool.query(
        `INSERT INTO guild_settings (guild_id, channel_id, timezone, enabled, updated_at, next_post_ms)
         SELECT 'g' || i, 'c' || i, 'UTC', true, '2026-01-01T00:00:00.000Z', 2000000000000 + i FROM generate_series(1, 20000) AS i`,
      );
      await store.pool.query(
        `INSERT INTO post_ledger (guild_id, occasion, year, status, claimed_at, sent_at, message_id)
         SELECT 'g' || i, 'o:date', 2026, 'sent', '2026-07-01T00:00:00.000Z', '2026-07-01T00:00:01.000Z', 'm' ` +
          `|| i FROM generate_series(1, 20000) AS i`,
      );
      await store.pool.query('ANALYZE guild_settings');
      await store.pool.query('ANALYZE post_ledger');
      const plan = async (sql: string, param: string | number): Promise<string> =>
        (await store.pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, [param])).rows
          .map((r) => r['QUERY PLAN'])
          .join('\n');
      const due = await plan(DUE_GUILDS_PG_SQL, Date.parse('2026-07-01T00:00:00Z'));
      expect(due).toMatch(/Index (Only )?Scan using guild_settings_due|Bitmap Index Scan on guild_settings_due/);
      expect(due).not.toMatch(/Seq Scan/);
      const sweep = await plan(MARK_INTERRUPTED_PG, '2026-07-01T00:00:00.000Z');
      expect(sweep).toMatch(/post_ledger_claimed/);
      expect(sweep).not.toMatch(/Seq Scan/);
      expect(await store.guilds.listDue(Date.parse('2026-07-01T00:00:00Z'))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('scheduler leader election on PostgreSQL', () => {
  it('two processes (two pools): one leader; the other takes over once the lease expires, and the old one steps down', async () => {
    const url = await running().createDatabase();
    const a = new PgStore({ connectionString: url, max: 2 });
    const b = new PgStore({ connectionString: url, max: 2 });
    const quiet = { info: () => {}, warn: () => {} };
    const TTL = 30_000;
    let now = 1_000;
    const clock = () => now;
    try {
      await a.migrate();
      const leads: string[] = [];
      const one = await startLeadership({
        store: a,
        log: quiet,
        holder: 'A',
        leaseMs: TTL,
        clock,
        timer: false,
        onLead: () => leads.push('A'),
      });
      const two = await startLeadership({
        store: b,
        log: quiet,
        holder: 'B',
        leaseMs: TTL,
        clock,
        timer: false,
        onLead: () => leads.push('B'),
      });
      expect([one.isLeader(), two.isLeader()]).toEqual([true, false]);
      now += 10_000;
      expect([await one.check(), await two.check()]).toEqual([true, false]);
      // A stops renewing (killed): B leads once A's lease has run out, not before.
      now += TTL - 1;
      expect(await two.check()).toBe(false);
      now += 1;
      expect(one.isLeader()).toBe(false);
      expect(await two.check()).toBe(true);
      expect(await one.check()).toBe(false);
      expect(leads).toEqual(['A', 'B']);
      expect(await b.leases.get('scheduler')).toEqual({ name: 'scheduler', holder: 'B', expiresAt: now + TTL });
      // A clean stop gives the lease up at once.
      await two.stop();
      expect(await one.check()).toBe(true);
      await one.stop();
    } finally {
      await a.close();
      await b.close();
    }
  });
});
