/**
 * Scheduler cost at 100,000 configured servers (issue 12, items 3 and 5), on SQLite and on PostgreSQL through the
 * same Store and the same runTick: a tick with nothing due, a tick reading every server, and two simulated days of
 * minute ticks in which every server posts one anniversary exactly once (1 July, in every server's own zone).
 * SQLite is the baseline: ratios are PostgreSQL ÷ SQLite, measured in the same run. PostgreSQL is a throwaway
 * server started here with tests/helpers/postgres-cluster.ts (fsync off); SQLite runs with synchronous=NORMAL, so
 * neither side measures the disk's fsyncs.
 * `npm run bench:scheduler [servers]` runs this section alone and rewrites it in bench/results.md.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Fact } from '../src/knowledge/schema.js';
import { openDb } from '../src/knowledge/store/db.js';
import { PgStore } from '../src/knowledge/store/pg/pg-store.js';
import { SqliteStore } from '../src/knowledge/store/sqlite-store.js';
import type { Store } from '../src/knowledge/store/store.js';
import type { Poster } from '../src/scheduler/poster.js';
import { runTick } from '../src/scheduler/run.js';
import { startPostgres } from '../tests/helpers/postgres-cluster.js';
import { table } from './stats.js';

const ZONES = [
  'UTC',
  'Asia/Singapore',
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Pacific/Chatham',
  'America/Sao_Paulo',
];
const DAY = 86_400_000;
const FAR = Date.parse('2030-01-01T00:00:00Z');
const quiet = { info: () => {}, warn: () => {}, error: (m: string, c?: unknown) => console.error(m, c) };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const FACTS: readonly Fact[] = [
  Fact.parse({
    kind: 'milestone',
    id: 'bench-day',
    title: 'Bench day',
    summary: 'A milestone whose anniversary every server posts once.',
    date: '2016-07-01',
    sources: [{ publisher: 'Bench Press', title: 'Bench', date: '2016-07' }],
  }),
];

interface GuildRow {
  guildId: string;
  channelId: string;
  postTime: string;
  timezone: string;
}

function guildRows(servers: number): GuildRow[] {
  return Array.from({ length: servers }, (_, i) => ({
    guildId: `1${String(i).padStart(17, '0')}`,
    channelId: `2${String(i).padStart(17, '0')}`,
    postTime: `${String(i % 24).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
    timezone: ZONES[i % ZONES.length]!,
  }));
}

/** The backend-specific parts: bulk setup and the counts read back. Everything timed goes through `store`. */
interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  store: Store;
  insertGuilds(rows: readonly GuildRow[]): Promise<void>;
  setAllNextPostAt(ms: number): Promise<void>;
  sentRows(): Promise<number>;
  close(): Promise<void>;
}

async function sqliteBackend(): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-sched-bench-'));
  const db = openDb(join(dir, 'bot.db'));
  // The store's synchronous=FULL fsyncs each claim; this measures the scheduler's reads and writes, not the disk.
  db.pragma('synchronous = NORMAL');
  return {
    name: 'SQLite',
    store: new SqliteStore(db, { ownsDb: false }),
    async insertGuilds(rows) {
      const insert = db.prepare(
        `INSERT INTO guild_settings (guild_id, channel_id, post_time, timezone, enabled, countdown_days, updated_at, next_post_ms)
         VALUES (?, ?, ?, ?, 1, 0, '2026-01-01T00:00:00.000Z', 0)`,
      );
      db.transaction(() => {
        for (const r of rows) insert.run(r.guildId, r.channelId, r.postTime, r.timezone);
      })();
    },
    async setAllNextPostAt(ms) {
      db.prepare('UPDATE guild_settings SET next_post_ms = ?').run(ms);
    },
    async sentRows() {
      return db
        .prepare(
          "SELECT count(*) FROM post_ledger WHERE occasion = 'bench-day:date' AND year = 2026 AND status = 'sent'",
        )
        .pluck()
        .get() as number;
    },
    async close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresBackend(): Promise<Backend> {
  const cluster = await startPostgres();
  const store = new PgStore({ connectionString: await cluster.createDatabase(), max: 4 });
  await store.migrate();
  return {
    name: 'PostgreSQL',
    store,
    async insertGuilds(rows) {
      for (let i = 0; i < rows.length; i += 10_000) {
        const batch = rows.slice(i, i + 10_000);
        await store.pool.query(
          `INSERT INTO guild_settings (guild_id, channel_id, post_time, timezone, enabled, countdown_days, updated_at, next_post_ms)
           SELECT g, c, p, z, true, 0, '2026-01-01T00:00:00.000Z', 0 FROM unnest($1::text[], $2::text[], ` +
            `$3::text[], $4::text[]) AS t(g, c, p, z)`,
          [
            batch.map((r) => r.guildId),
            batch.map((r) => r.channelId),
            batch.map((r) => r.postTime),
            batch.map((r) => r.timezone),
          ],
        );
      }
      await store.pool.query('ANALYZE guild_settings');
    },
    async setAllNextPostAt(ms) {
      await store.pool.query('UPDATE guild_settings SET next_post_ms = $1', [ms]);
      await store.pool.query('VACUUM ANALYZE guild_settings');
    },
    async sentRows() {
      const { rows } = await store.pool.query<{ n: string }>(
        "SELECT count(*) AS n FROM post_ledger WHERE occasion = 'bench-day:date' AND year = 2026 AND status = 'sent'",
      );
      return Number(rows[0]!.n);
    },
    async close() {
      await store.close();
      await cluster.stop();
    },
  };
}

export interface SchedulerResult {
  backend: Backend['name'];
  servers: number;
  idleMs: number;
  idleAfterMs: number;
  fullTickMs: number;
  daysS: number;
  posts: number;
  sentRows: number;
  postedTwice: number;
  medianTickMs: number;
  slowestTickMs: number;
  /** 1-minute load average before and after this backend's run: above the core count, the CPU was shared. */
  load: [number, number];
}

async function measure(backend: Backend, servers: number, log: (line: string) => void): Promise<SchedulerResult> {
  const { store } = backend;
  const loadBefore = os.loadavg()[0]!;
  log(`  ${backend.name}: ${servers.toLocaleString('en')} servers…`);
  await backend.insertGuilds(guildRows(servers));
  let posts = 0;
  const perChannel = new Map<string, number>();
  const poster: Poster = {
    post: async (channelId) => {
      posts++;
      perChannel.set(channelId, (perChannel.get(channelId) ?? 0) + 1);
      return { messageId: `m${posts}` };
    },
  };
  const tick = (now: number, scope: 'all' | 'due') =>
    runTick({ store, now: new Date(now), getFacts: () => FACTS, poster, log: quiet, scope });
  const idleTicks = async (now: number): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      if ((await tick(now, 'due')).sent.length) throw new Error('nothing should be due');
      times.push(performance.now() - t);
    }
    return median(times);
  };

  // 1. Nothing due: every server's next instant is ahead.
  await backend.setAllNextPostAt(FAR);
  const idleMs = await idleTicks(Date.parse('2026-06-29T12:00:00Z'));
  const t0 = performance.now();
  await tick(Date.parse('2026-06-29T12:00:00Z'), 'all');
  const fullTickMs = performance.now() - t0;

  // 2. Two days of minute ticks around 1 July in every zone; next instants start at 0 (a fresh start).
  await backend.setAllNextPostAt(0);
  const start = Date.parse('2026-06-30T12:00:00Z');
  const tickMs: number[] = [];
  const daysStarted = performance.now();
  for (let now = start; now < start + 2 * DAY; now += 60_000) {
    const t = performance.now();
    await tick(now, 'due');
    tickMs.push(performance.now() - t);
  }
  const daysS = (performance.now() - daysStarted) / 1000;
  const sentRows = await backend.sentRows();
  const postedTwice = [...perChannel.values()].filter((n) => n > 1).length;
  // Every server posts its one anniversary exactly once, or the numbers above mean nothing.
  if (posts !== servers || sentRows !== servers || postedTwice !== 0 || perChannel.size !== servers) {
    throw new Error(
      `${backend.name}: expected ${servers} posts, one per server; got ${posts} posts, ${sentRows} sent rows, ` +
        `${postedTwice} servers posted twice`,
    );
  }

  // 3. Nothing due again, now with 100,000 ledger rows (the sweep for interrupted claims must not read them all).
  await backend.setAllNextPostAt(FAR);
  const idleAfterMs = await idleTicks(start + 3 * DAY);
  const result = {
    backend: backend.name,
    servers,
    idleMs,
    idleAfterMs,
    fullTickMs,
    daysS,
    posts,
    sentRows,
    postedTwice,
    medianTickMs: median(tickMs),
    slowestTickMs: Math.max(...tickMs),
    load: [loadBefore, os.loadavg()[0]!] as [number, number],
  };
  log(
    `  ${backend.name}: nothing due ${idleMs.toFixed(2)} ms · every server ${fullTickMs.toFixed(0)} ms · two ` +
      `days ${daysS.toFixed(1)} s · ${posts} posts, ${postedTwice} twice`,
  );
  return result;
}

/** Both backends, one after the other (never at once: they would compete for the same cores). */
export async function measureScheduler(servers: number, log: (line: string) => void): Promise<SchedulerResult[]> {
  const results: SchedulerResult[] = [];
  for (const open of [sqliteBackend, postgresBackend]) {
    const backend = await open();
    try {
      results.push(await measure(backend, servers, log));
    } finally {
      await backend.close();
    }
  }
  return results;
}

const fmtMs = (x: number) => (x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(0)} ms`);

export function schedulerSection(results: readonly SchedulerResult[]): string {
  const base = results.find((r) => r.backend === 'SQLite')!;
  const pg = results.find((r) => r.backend === 'PostgreSQL')!;
  const row = (label: string, pick: (r: SchedulerResult) => number, show: (x: number) => string) => {
    const ratio = pick(pg) / pick(base);
    return [label, show(pick(base)), show(pick(pg)), `${ratio.toFixed(1)}×`];
  };
  return (
    `## Scheduler at ${base.servers.toLocaleString('en')} servers (SQLite and PostgreSQL)

<!-- scheduler:start -->
The same \`runTick\` over the async Store on each backend (bench/scheduler.ts; \`npm run bench:scheduler\` runs this
section alone). ${base.servers.toLocaleString('en')} enabled servers in ${ZONES.length} zones at posting times spread over the day, and
one milestone on 1 July that every server posts once. "Two simulated days" is 2,880 minute ticks from 30 June
12:00 UTC, covering 1 July in every zone; every server's next posting instant starts at 0 (a fresh start), so the
first of those ticks plans every server once. PostgreSQL is a throwaway local server (tests/helpers/postgres-cluster.ts,
fsync off); SQLite runs with synchronous=NORMAL. Measured ${new Date().toISOString().slice(0, 10)}. Ratios are ` +
    `PostgreSQL ÷ SQLite (above 1× = PostgreSQL is slower).

${table(
  ['', 'SQLite', 'PostgreSQL', 'PostgreSQL ÷ SQLite'],
  [
    row('tick, nothing due (median of 30)', (r) => r.idleMs, fmtMs),
    row(`same, after the days (${base.servers.toLocaleString('en')} ledger rows)`, (r) => r.idleAfterMs, fmtMs),
    row('one tick reading every server (after a fact edit)', (r) => r.fullTickMs, fmtMs),
    row(
      'two simulated days (2,880 minute ticks)',
      (r) => r.daysS,
      (x) => `${x.toFixed(1)} s`,
    ),
    row('median tick in the days', (r) => r.medianTickMs, fmtMs),
    row('slowest tick in the days (the first: plans every server)', (r) => r.slowestTickMs, fmtMs),
    [
      'posts / ledger rows sent / servers posted twice',
      `${base.posts} / ${base.sentRows} / ${base.postedTwice}`,
      `${pg.posts} / ${pg.sentRows} / ${pg.postedTwice}`,
      '',
    ],
    [
      'load average (1 min) before / after',
      base.load.map((l) => l.toFixed(1)).join(' / '),
      pg.load.map((l) => l.toFixed(1)).join(' / '),
      `on ${os.cpus().length} cores`,
    ],
  ],
)}

Each post on PostgreSQL is several round trips (read the ledger keys, claim in one transaction, mark sent in
another, store the next posting instant), where SQLite's are in-process calls; the nothing-due tick is two
indexed statements on either backend (the sweep via \`post_ledger_claimed\`, due servers via \`guild_settings_due\`).
<!-- scheduler:end -->`
  );
}

// Alone: measure and rewrite this section of bench/results.md (appended the first time).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const servers = Number(process.argv[2] ?? 100_000);
  const section = schedulerSection(await measureScheduler(servers, (line) => process.stdout.write(`${line}\n`)));
  process.stdout.write(`\n${section}\n`);
  const file = fileURLToPath(new URL('./results.md', import.meta.url));
  const md = readFileSync(file, 'utf8');
  const heading = /## Scheduler at [^\n]*\n\n<!-- scheduler:start -->[\s\S]*?<!-- scheduler:end -->/;
  writeFileSync(file, heading.test(md) ? md.replace(heading, () => section) : `${md.trimEnd()}\n\n${section}\n`);
  process.stdout.write('wrote the scheduler section of bench/results.md\n');
}
