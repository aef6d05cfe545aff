/**
 * Scheduler cost at 100,000 configured servers (issue 12, item 5): a tick with nothing due, and a simulated two
 * days of minute ticks in which every server posts one anniversary exactly once.
 * Run: npx tsx bench/scale-scheduler.ts  (bench/results-scale.md records the numbers)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../src/knowledge/store/db.js';
import { SqliteStore } from '../src/knowledge/store/sqlite-store.js';
import { runTick } from '../src/scheduler/run.js';
import type { Poster } from '../src/scheduler/poster.js';
import { Fact } from '../src/knowledge/schema.js';

const SERVERS = Number(process.argv[2] ?? 100_000);
const ZONES = ['UTC', 'Asia/Singapore', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Chatham', 'America/Sao_Paulo'];
const quiet = { info: () => {}, warn: () => {}, error: (m: string, c?: unknown) => console.error(m, c) };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const DAY = 86_400_000;

const fact = Fact.parse({
  kind: 'milestone',
  id: 'bench-day',
  title: 'Bench day',
  summary: 'A milestone whose anniversary every server posts once.',
  date: '2016-07-01',
  sources: [{ publisher: 'Bench Press', title: 'Bench', date: '2016-07' }],
});

const dir = mkdtempSync(join(tmpdir(), 'corridor-sched-bench-'));
try {
  const db = openDb(join(dir, 'bot.db'));
  // The store's synchronous=FULL fsyncs each claim; this measures the scheduler's reads, not the disk.
  db.pragma('synchronous = NORMAL');
  const store = new SqliteStore(db, { ownsDb: false });
  const insert = db.prepare(
    `INSERT INTO guild_settings (guild_id, channel_id, post_time, timezone, enabled, countdown_days, updated_at, next_post_ms)
     VALUES (?, ?, ?, ?, 1, 0, '2026-01-01T00:00:00.000Z', ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < SERVERS; i++) {
      const time = `${String(i % 24).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
      insert.run(`1${String(i).padStart(17, '0')}`, `2${String(i).padStart(17, '0')}`, time, ZONES[i % ZONES.length], 0);
    }
  })();
  const facts = [fact];
  let posts = 0;
  const perGuild = new Map<string, number>();
  const poster: Poster = {
    post: async (channelId) => {
      posts++;
      perGuild.set(channelId, (perGuild.get(channelId) ?? 0) + 1);
      return { messageId: `m${posts}` };
    },
  };

  // 1. Nothing due: every server's next instant is ahead.
  db.prepare('UPDATE guild_settings SET next_post_ms = ?').run(Date.parse('2030-01-01T00:00:00Z'));
  const at = new Date('2026-06-29T12:00:00Z');
  const idle: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const r = await runTick({ store, now: at, getFacts: () => facts, poster, log: quiet, scope: 'due' });
    idle.push(performance.now() - t);
    if (r.sent.length) throw new Error('nothing should be due');
  }
  const t0 = performance.now();
  await runTick({ store, now: at, getFacts: () => facts, poster, log: quiet, scope: 'all' });
  const fullMs = performance.now() - t0;

  // 2. Two days of minute ticks around 1 July in every zone; pointers start at 0 (a fresh start).
  db.prepare('UPDATE guild_settings SET next_post_ms = 0').run();
  const start = Date.parse('2026-06-30T12:00:00Z');
  const tickMs: number[] = [];
  let tickedServers = 0;
  const dayStarted = performance.now();
  for (let now = start; now < start + 2 * DAY; now += 60_000) {
    const t = performance.now();
    const r = await runTick({ store, now: new Date(now), getFacts: () => facts, poster, log: quiet, scope: 'due' });
    tickMs.push(performance.now() - t);
    tickedServers += r.sent.length;
  }
  const dayMs = performance.now() - dayStarted;
  // 3. Nothing due again, now with 100,000 ledger rows (the sweep for interrupted claims must not read them all).
  db.prepare('UPDATE guild_settings SET next_post_ms = ?').run(Date.parse('2030-01-01T00:00:00Z'));
  const idleFull: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await runTick({ store, now: new Date(start + 3 * DAY), getFacts: () => facts, poster, log: quiet, scope: 'due' });
    idleFull.push(performance.now() - t);
  }
  const sentRows = db.prepare("SELECT count(*) FROM post_ledger WHERE occasion = 'bench-day:date' AND year = 2026 AND status = 'sent'").pluck().get() as number;
  const twice = [...perGuild.values()].filter((n) => n > 1).length;

  console.log(`| servers | tick, nothing due (median of 30) | same, after the days (ledger full) | full tick reading every server | 2 simulated days (2,880 minute ticks) | posts | servers posted twice | median tick in the days | slowest tick |`);
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  console.log(
    `| ${SERVERS.toLocaleString('en')} | ${median(idle).toFixed(2)} ms | ${median(idleFull).toFixed(2)} ms | ${fullMs.toFixed(0)} ms | ${(dayMs / 1000).toFixed(1)} s | ${posts.toLocaleString('en')} (ledger: ${sentRows.toLocaleString('en')} sent) | ${twice} | ${median(tickMs).toFixed(2)} ms | ${Math.max(...tickMs).toFixed(0)} ms |`,
  );
  console.log(`(ticks' posts counted: ${tickedServers})`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
