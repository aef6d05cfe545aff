/**
 * Moving a SQLite bot to PostgreSQL (src/knowledge/store/move-to-postgres.ts) on a real PostgreSQL that this file
 * starts itself (tests/helpers/postgres-cluster.ts): everything the bot keeps reads back the same through the
 * Store API, the ledger still refuses a second claim, ids continue after the moved ones, a non-empty target or a
 * running bot is refused with nothing written, and the CLI never prints the URL's password. Never skipped.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Actor } from '../../src/knowledge/store/facts.js';
import { openDb } from '../../src/knowledge/store/db.js';
import { MOVED_TABLES } from '../../src/knowledge/store/move-tables.js';
import { moveToPostgres, MoveError } from '../../src/knowledge/store/move-to-postgres.js';
import { PgStore } from '../../src/knowledge/store/pg/pg-store.js';
import type { LedgerKey } from '../../src/knowledge/store/post-ledger.js';
import { SqliteStore } from '../../src/knowledge/store/sqlite-store.js';
import type { Store } from '../../src/knowledge/store/store.js';
import { postgresForThisFile } from '../helpers/postgres-per-file.js';
import { tempDir } from '../helpers/temp.js';

const running = postgresForThisFile();

const SECRET = 'not-a-real-secret'; // the password in the cluster's URLs (trust auth ignores it)
const mod: Actor = { id: '1234', name: 'Mod' };
const seeds = loadSeedFacts().slice(0, 12);
const AT = '2026-06-30T08:00:00.000Z';
const SESSION = { ttlMs: 3_600_000, max: 50, maxPerOwner: 5, clock: () => Date.parse(AT) };

const KEYS = {
  sent: { guildId: 'g1', occasion: `${seeds[0]!.id}:date`, year: 2026 },
  failed: { guildId: 'g1', occasion: `${seeds[1]!.id}:date`, year: 2026 },
  skipped: { guildId: 'g2', occasion: `countdown:${seeds[2]!.id}:date`, year: 2026 },
  claimed: { guildId: 'g2', occasion: `${seeds[3]!.id}:date`, year: 2026 },
} satisfies Record<string, LedgerKey>;

interface Seeded {
  path: string;
  sessionKey: string;
}

/** A SQLite bot's life in miniature: seeded facts with an edit, a revert and a removal; settings; ledger; logs. */
async function seededSqlite(dir: string): Promise<Seeded> {
  const path = join(dir, 'corridor.db');
  const store = SqliteStore.open(path);
  try {
    await store.facts.seed(seeds, AT);
    const f = seeds[0]!;
    const w = { id: f.id, actor: mod, deleted: false, at: AT };
    await store.facts.write({
      ...w,
      fact: { ...f, summary: 'A wrong summary.' },
      action: 'edit',
      reason: 'typo',
      expectedVersion: 1,
    });
    await store.facts.write({ ...w, fact: f, action: 'revert', reason: 'back to revision 1', expectedVersion: 2 });
    await store.facts.write({
      ...w,
      id: seeds[4]!.id,
      fact: seeds[4]!,
      deleted: true,
      action: 'remove',
      reason: 'dup',
      expectedVersion: 1,
    });

    await store.guilds.upsert({
      guildId: 'g1',
      channelId: 'c1',
      timezone: 'Asia/Singapore',
      postTime: '08:30',
      countdownDays: 3,
      factOfTheDay: true,
      language: 'zh-CN',
    });
    const g1 = (await store.guilds.get('g1'))!;
    await store.guilds.setNextPostAt(g1, Date.parse('2026-07-01T00:30:00Z'));
    await store.guilds.upsert({ guildId: 'g2', timezone: 'Europe/Berlin' });
    await store.guilds.recordError('g2', 'Missing Access', new Date(AT));

    const at = new Date(AT);
    await store.ledger.claim({ ...KEYS.sent, at });
    await store.ledger.markSent(KEYS.sent, 'm1', at);
    await store.ledger.claim({ ...KEYS.failed, at });
    await store.ledger.markFailed(KEYS.failed, 'Missing Permissions');
    await store.ledger.markSkipped(KEYS.skipped, 'belated', at);
    await store.ledger.claimAll([KEYS.claimed], at, { guildId: 'g2', localDate: '2026-06-30', factId: seeds[5]!.id });
    await store.factOfTheDay.record('g1', '2026-06-29', seeds[6]!.id);

    const report = { factId: f.id, guildId: 'g1', userId: 'u1', userName: 'Member', note: 'The date is wrong', at: AT };
    await store.reports.add(report);
    await store.reports.resolve((await store.reports.add({ ...report, note: 'Already fixed' })).id);

    const entry = { guildId: 'g1', source: 'none' as const, nearest: [f.id], at: AT };
    await store.unanswered.record({ ...entry, question: 'What is the toll on the bridge?' });
    await store.unanswered.record({ ...entry, question: 'Who built the railway?', guildId: null });
    await store.unanswered.record({ ...entry, question: 'Tariff on durian exports?' });
    // The newest row goes: SQLite will not hand its id out again, and neither may PostgreSQL after the move.
    await store.unanswered.removeGroup((await store.unanswered.find('Tariff on durian exports?'))!);

    const sessionKey = await store.sessions.scope<{ ownerId: string; text: string }>('form', SESSION).create({
      ownerId: 'mod1',
      text: 'a half-written fact',
    });
    return { path, sessionKey };
  } finally {
    await store.close();
  }
}

/** What the bot reads, through the Store API only. */
async function snapshot(store: Store, sessionKey: string) {
  const facts = await store.facts.list(true);
  const allKeys = Object.values(KEYS);
  return {
    facts,
    revisions: await Promise.all(facts.map((f) => store.facts.revisions(f.fact.id))),
    latestRevisionId: await store.facts.latestRevisionId(),
    guilds: [await store.guilds.get('g1'), await store.guilds.get('g2')],
    nextPostTimes: [...(await store.guilds.nextPostTimes())],
    ledger: await Promise.all(allKeys.map((k) => store.ledger.get(k))),
    existingKeys: [
      ...(await store.ledger.existingKeys([...allKeys, { guildId: 'g9', occasion: 'x:date', year: 2026 }])),
    ],
    history: [await store.ledger.history('g1'), await store.ledger.history('g2')],
    reports: await store.reports.open(),
    openReports: await store.reports.countOpen(),
    unanswered: await store.unanswered.groups(),
    unansweredLastId: await store.unanswered.lastId(),
    factOfTheDay: [...(await store.factOfTheDay.recent('g1', '2026-06-30'))],
    factOfTheDayG2: [...(await store.factOfTheDay.recent('g2', '2026-07-01'))],
    session: await store.sessions.scope('form', SESSION).get(sessionKey),
  };
}

describe('move-to-postgres', () => {
  it('moves facts with their history, settings, ledger, reports, logs and drafts; ids continue after the moved ones', async () => {
    const { path, sessionKey } = await seededSqlite(tempDir());
    const url = await running().createDatabase();

    const summary = await moveToPostgres({ from: path, to: url, batchSize: 3 }); // small batches: several per table
    expect(Object.fromEntries(summary.tables.map((t) => [t.name, t.rows]))).toEqual({
      facts: seeds.length,
      fact_revisions: seeds.length + 3,
      guild_settings: 2,
      post_ledger: 4,
      reports: 2,
      fact_of_the_day: 2,
      sessions: 1,
      unanswered: 2,
    });

    const sqlite = SqliteStore.open(path);
    const pg = new PgStore({ connectionString: url, max: 2 });
    try {
      const before = await snapshot(sqlite, sessionKey);
      expect(before.facts).toHaveLength(seeds.length);
      expect(before.revisions[before.facts.findIndex((f) => f.fact.id === seeds[0]!.id)]!.map((r) => r.action)).toEqual(
        ['seed', 'edit', 'revert'],
      );
      expect(before.ledger.map((e) => e?.status)).toEqual(['sent', 'failed', 'skipped', 'claimed']);
      expect(before.session).toEqual({ ownerId: 'mod1', text: 'a half-written fact' });
      expect(await snapshot(pg, sessionKey)).toEqual(before);

      // At most once survives the move: every moved key is already taken on PostgreSQL.
      const at = new Date('2026-07-01T00:30:00Z');
      for (const key of Object.values(KEYS)) expect(await pg.ledger.claim({ ...key, at })).toBe(false);
      expect(await pg.ledger.claim({ ...KEYS.sent, year: 2027, at })).toBe(true);

      // New rows get ids after the moved ones (and after SQLite's deleted unanswered row, id 3).
      const f = seeds[1]!;
      const rev = await pg.facts.write({
        id: f.id,
        fact: { ...f, summary: 'Edited after the move.' },
        deleted: false,
        action: 'edit',
        actor: mod,
        reason: 'r',
        at: AT,
        expectedVersion: 1,
      });
      expect(rev?.id).toBe(before.latestRevisionId + 1);
      const report = await pg.reports.add({
        factId: f.id,
        guildId: null,
        userId: 'u2',
        userName: 'M',
        note: 'Wrong',
        at: AT,
      });
      expect(report.id).toBe(3);
      await pg.unanswered.record({ question: 'Port fees?', guildId: null, source: 'none', nearest: [], at: AT });
      expect(before.unansweredLastId).toBe(2);
      expect(await pg.unanswered.lastId()).toBe(4);
    } finally {
      await sqlite.close();
      await pg.close();
    }
  });

  it('refuses a target that already holds data, and changes nothing there', async () => {
    const { path } = await seededSqlite(tempDir());
    const url = await running().createDatabase();
    const bot = new PgStore({ connectionString: url, max: 2 });
    try {
      // A bot started on PostgreSQL by mistake before the move: it configured one server.
      await bot.migrate();
      await bot.guilds.upsert({ guildId: 'g7', timezone: 'UTC' });
      const before = await snapshot(bot, 'none');

      const error = await moveToPostgres({ from: path, to: url }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MoveError);
      expect((error as Error).message).toMatch(
        /^the target database is not empty \(guild_settings: 1\); nothing was written/,
      );
      expect((error as Error).message).toContain('DROP SCHEMA public CASCADE');
      expect((error as Error).message).not.toContain(SECRET);
      expect(await snapshot(bot, 'none')).toEqual(before);
      expect(before.facts).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  it('refuses while the bot still runs on the file, before touching the target', async () => {
    const { path } = await seededSqlite(tempDir());
    const url = await running().createDatabase();
    writeFileSync(`${path}.pid`, `${process.pid}\n`); // a live process holds the run lock
    await expect(moveToPostgres({ from: path, to: url })).rejects.toThrow(
      new MoveError(`the bot is still running on ${path} (process ${process.pid}); stop it first, then move`),
    );
    const pg = new PgStore({ connectionString: url, max: 1 });
    try {
      // Not even migrated: no table was created.
      expect(
        (await pg.pool.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows,
      ).toEqual([{ n: 0 }]);
    } finally {
      await pg.close();
    }
  });
});

describe('what the move copies', () => {
  it('names every column of both schemas, except leases and PostgreSQL-only session order', async () => {
    const moved = Object.fromEntries(MOVED_TABLES.map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
    const db = openDb(':memory:');
    try {
      const names = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .pluck()
        .all() as string[];
      const sqlite = Object.fromEntries(
        names
          .filter((n) => !['leases', 'schema_migrations', 'sqlite_sequence'].includes(n))
          .map((n) => [n, (db.pragma(`table_info(${n})`) as { name: string }[]).map((c) => c.name).sort()]),
      );
      expect(sqlite).toEqual(moved);
    } finally {
      db.close();
    }
    const pg = new PgStore({ connectionString: await running().createDatabase(), max: 1 });
    try {
      await pg.migrate();
      const { rows } = await pg.pool.query<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name NOT IN ('leases', 'schema_migrations') ORDER BY column_name`,
      );
      const columns: Record<string, string[]> = {};
      for (const r of rows) (columns[r.table_name] ??= []).push(r.column_name);
      expect(columns).toEqual({ ...moved, sessions: [...moved.sessions!, 'seq'].sort() });
    } finally {
      await pg.close();
    }
  });

  it('refuses a SQLite file with a column it does not know, before writing anything', async () => {
    const { path } = await seededSqlite(tempDir());
    const db = new Database(path);
    db.exec('ALTER TABLE facts ADD COLUMN pinned INTEGER');
    db.close();
    await expect(moveToPostgres({ from: path, to: await running().createDatabase() })).rejects.toThrow(
      new MoveError('the SQLite table facts has columns this version cannot move: pinned'),
    );
  });
});

describe('npm run move-to-postgres', () => {
  const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const CLI = join(process.cwd(), 'src', 'cli', 'move-to-postgres.ts');

  function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(TSX, [CLI, ...args], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it('moves 10,000 ledger rows, prints counts per table, and never the password (also when it refuses or fails)', async () => {
    const { path } = await seededSqlite(tempDir());
    const store = SqliteStore.open(path);
    // A busy bot's ledger: sent posts for 10,000 servers, inserted directly for speed.
    store.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
         INSERT INTO post_ledger (guild_id, occasion, year, status, claimed_at, sent_at, message_id)
         SELECT 'bulk' || i, 'acfta:inForce', 2026, 'sent', ?, ?, 'm' || i FROM n`,
      )
      .run(AT, AT);
    await store.close();
    const url = await running().createDatabase();

    const moved = await run(['--from', path, '--to', url]);
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    expect(moved.stdout).toMatch(/^moved .*corridor\.db to corridor@127\.0\.0\.1:\d+\/contract_\w+ in [\d.]+ s/);
    expect(moved.stdout).toMatch(/^ {2}post_ledger +10004$/m);
    expect(moved.stdout).toMatch(/^ {2}fact_revisions +15$/m);
    expect(moved.stdout).not.toContain(SECRET);

    const again = await run(['--from', path, '--to', url]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error: the target database is not empty \(facts: 12, fact_revisions: 15, /);
    expect(again.stdout + again.stderr).not.toContain(SECRET);

    const missing = await run(['--from', path, '--to', running().url('no_such_database')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: move failed: .*no_such_database.* does not exist/);
    expect(missing.stdout + missing.stderr).not.toContain(SECRET);
  }, 60_000);
});
