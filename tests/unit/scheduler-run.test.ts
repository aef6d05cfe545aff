import { describe, it, expect, afterEach } from 'vitest';
import { storeOf } from '../helpers/sqlite-store.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fact } from '../../src/knowledge/schema.js';
import { openDb, type Db } from '../../src/knowledge/store/db.js';
import {
  getGuildSettings,
  pendingPostAtChange,
  upsertGuildSettings,
} from '../../src/knowledge/store/guild-settings.js';
import { claimAll, getEntry, history } from '../../src/knowledge/store/post-ledger.js';
import type { PostPayload } from '../../src/scheduler/message.js';
import { PostError, postErrorFromDiscord, type Poster } from '../../src/scheduler/poster.js';
import { INTERRUPTED_AFTER_MS, POST_TIMEOUT_MS, postNonce, runTick, SWEEP_MARGIN_MS } from '../../src/scheduler/run.js';
import { agreement, milestone, silentLog } from './anniversary-fixtures.js';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/knowledge/store/migrations.js';

type Behaviour = 'ok' | 'hang' | 'deliver-then-die' | Error;

/** A fake Discord: records what it accepted; `script` decides each call's fate (default ok). */
class FakePoster implements Poster {
  accepted: { channelId: string; payload: PostPayload; messageId: string }[] = [];
  calls = 0;
  constructor(private readonly script: (call: number) => Behaviour = () => 'ok') {}
  post(channelId: string, payload: PostPayload): Promise<{ messageId: string }> {
    const behaviour = this.script(this.calls++);
    if (behaviour instanceof Error) return Promise.reject(behaviour);
    if (behaviour === 'hang') return new Promise(() => {}); // the process dies before Discord answers
    const messageId = `m${this.accepted.length + 1}`;
    this.accepted.push({ channelId, payload, messageId });
    if (behaviour === 'deliver-then-die') return new Promise(() => {}); // Discord got it; we never hear back
    return Promise.resolve({ messageId });
  }
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-run-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'bot.db');
}

function open(path = ':memory:'): Db {
  const db = openDb(path);
  cleanups.unshift(() => {
    if (db.open) db.close();
  });
  return db;
}

const facts: Fact[] = [
  milestone('first-of-july', '2016-07-01'),
  milestone('also-july', '2023-07-01'),
  milestone('second-july', '2020-07-02'),
];
const getFacts = () => facts;
// Asia/Singapore 09:00 = 01:00Z
const POST_1_JULY = Date.parse('2026-07-01T01:00:00Z');
const POST_2_JULY = Date.parse('2026-07-02T01:00:00Z');
const min = 60_000;
const hour = 60 * min;

function setup(db: Db) {
  upsertGuildSettings(
    db,
    { guildId: 'g1', channelId: 'c1', postTime: '09:00', timezone: 'Asia/Singapore' },
    new Date(0),
  );
}

describe('runTick', () => {
  it('posts all of the day’s anniversaries in one message, marks them sent, and never twice', async () => {
    const db = open();
    setup(db);
    const poster = new FakePoster();
    const log = silentLog();
    expect((await runTick({ store: storeOf(db), now: new Date(POST_1_JULY - 1), getFacts, poster, log })).sent).toEqual(
      [],
    );
    const r = await runTick({ store: storeOf(db), now: new Date(POST_1_JULY), getFacts, poster, log });
    expect(r.sent).toHaveLength(1);
    expect(poster.accepted).toHaveLength(1);
    const { payload, channelId } = poster.accepted[0]!;
    expect(channelId).toBe('c1');
    expect(payload.embeds[0]!.title).toBe('2 anniversaries on 1 July 🎉');
    expect(payload.content).not.toContain('belated');
    expect(payload.nonce).toMatch(/^cr[0-9a-f]{23}$/);
    expect(payload.enforce_nonce).toBe(true);
    for (const occasion of ['first-of-july:date', 'also-july:date']) {
      expect(getEntry(db, { guildId: 'g1', occasion, year: 2026 })).toMatchObject({ status: 'sent', messageId: 'm1' });
    }
    for (let t = POST_1_JULY + min; t < POST_1_JULY + 20 * hour; t += 7 * min) {
      await runTick({ store: storeOf(db), now: new Date(t), getFacts, poster, log });
    }
    expect(poster.accepted).toHaveLength(1);
  });

  it('gone/forbidden: error recorded on settings, no crash, not retried that day, next occasion posted', async () => {
    const db = open();
    setup(db);
    const log = silentLog();
    const refusing = new FakePoster(() => new PostError('forbidden', 'Missing Access'));
    const r = await runTick({ store: storeOf(db), now: new Date(POST_1_JULY), getFacts, poster: refusing, log });
    expect(r.failed).toHaveLength(1);
    expect(getGuildSettings(db, 'g1')!.lastError).toMatch(/missing permission.*Missing Access/);
    expect(getGuildSettings(db, 'g1')!.lastErrorAt).toBe(new Date(POST_1_JULY).toISOString());
    expect(getEntry(db, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })).toMatchObject({
      status: 'failed',
    });
    for (let t = POST_1_JULY + min; t < POST_2_JULY; t += 13 * min) {
      await runTick({ store: storeOf(db), now: new Date(t), getFacts, poster: refusing, log });
    }
    expect(refusing.calls).toBe(1);
    expect(log.lines.filter((l) => l.level === 'error')).toHaveLength(1);

    const gone = new FakePoster(() => new PostError('gone', 'Unknown Channel'));
    await runTick({ store: storeOf(db), now: new Date(POST_2_JULY), getFacts, poster: gone, log });
    expect(getGuildSettings(db, 'g1')!.lastError).toMatch(/no longer exists/);

    // The moderator fixes the channel; the next occasion is posted and the error cleared.
    upsertGuildSettings(db, { guildId: 'g1', channelId: 'c2' }, new Date(POST_2_JULY));
    const working = new FakePoster();
    const later = Date.parse('2027-07-01T01:00:00Z');
    await runTick({ store: storeOf(db), now: new Date(later), getFacts, poster: working, log });
    expect(working.accepted.map((p) => p.channelId)).toEqual(['c2']);
    expect(getGuildSettings(db, 'g1')!.lastError).toBeNull();
  });

  it('a later success clears a recorded error even without a settings change', async () => {
    const db = open();
    setup(db);
    await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY),
      getFacts,
      poster: new FakePoster(() => new PostError('forbidden', 'Missing Permissions')),
      log: silentLog(),
    });
    expect(getGuildSettings(db, 'g1')!.lastError).not.toBeNull();
    await runTick({
      store: storeOf(db),
      now: new Date(POST_2_JULY),
      getFacts,
      poster: new FakePoster(),
      log: silentLog(),
    });
    expect(getGuildSettings(db, 'g1')!.lastError).toBeNull();
  });

  it('transient: claims released, retried on the next tick, posted once', async () => {
    const db = open();
    setup(db);
    const log = silentLog();
    const poster = new FakePoster((call) => (call < 2 ? new PostError('transient', '503 Service Unavailable') : 'ok'));
    const r1 = await runTick({ store: storeOf(db), now: new Date(POST_1_JULY), getFacts, poster, log });
    expect(r1.released).toHaveLength(1);
    expect(getEntry(db, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })).toBeNull();
    await runTick({ store: storeOf(db), now: new Date(POST_1_JULY + min), getFacts, poster, log });
    const r3 = await runTick({ store: storeOf(db), now: new Date(POST_1_JULY + 2 * min), getFacts, poster, log });
    expect(r3.sent).toHaveLength(1);
    await runTick({ store: storeOf(db), now: new Date(POST_1_JULY + 3 * min), getFacts, poster, log });
    expect(poster.calls).toBe(3);
    expect(poster.accepted).toHaveLength(1);
    expect(poster.accepted[0]!.payload.content).not.toContain('belated'); // 2 minutes late: on time
    expect(getEntry(db, { guildId: 'g1', occasion: 'also-july:date', year: 2026 })).toMatchObject({
      status: 'sent',
      messageId: 'm1',
    });
    expect(getGuildSettings(db, 'g1')!.lastError).toBeNull();
  });

  it("the nonce is deterministic per (server, anniversary, year), fits Discord's 25 characters, and a retry reuses it", async () => {
    const db = open();
    setup(db);
    const log = silentLog();
    const poster = new FakePoster((call) =>
      call === 0 ? new PostError('transient', '503 Service Unavailable') : 'ok',
    );
    await runTick({ store: storeOf(db), now: new Date(POST_1_JULY), getFacts, poster, log });
    await runTick({ store: storeOf(db), now: new Date(POST_1_JULY + min), getFacts, poster, log });
    expect(poster.calls).toBe(2);
    const [retried] = poster.accepted;
    const keys = [
      { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 },
      { guildId: 'g1', occasion: 'also-july:date', year: 2026 },
    ];
    const nonce = postNonce('g1', '2026-07-01', keys);
    expect(nonce.length).toBeLessThanOrEqual(25);
    expect(nonce).toMatch(/^cr[0-9a-f]+$/);
    expect(
      postNonce(
        'g1',
        '2026-07-01',
        keys.map((k) => ({ ...k })),
      ),
    ).toBe(nonce);
    expect(retried!.payload.nonce).toBe(nonce);
    expect(
      postNonce(
        'g2',
        '2026-07-01',
        keys.map((k) => ({ ...k, guildId: 'g2' })),
      ),
    ).not.toBe(nonce);
    expect(
      postNonce(
        'g1',
        '2027-07-01',
        keys.map((k) => ({ ...k, year: 2027 })),
      ),
    ).not.toBe(nonce);
    expect(postNonce('g1', '2026-07-01', keys.slice(0, 1))).not.toBe(nonce);
    expect(postNonce('g1', '2026-07-01', [keys[0]!, { ...keys[1]!, occasion: 'other:date' }])).not.toBe(nonce);
    // The parts are separated, so different occasion lists never run together into one basis.
    const k = (occasion: string, year: number) => ({ guildId: 'g1', occasion, year });
    expect(postNonce('g1', 'd', [k('a', 1), k('1', 2)])).not.toBe(postNonce('g1', 'd', [k('a', 11), k('', 2)]));
  });

  it('a PostError of kind unknown (lost reply) is marked failed and recorded, never released', async () => {
    const db = open();
    setup(db);
    const log = silentLog();
    const poster = new FakePoster(() => new PostError('unknown', 'other side closed'));
    const r = await runTick({ store: storeOf(db), now: new Date(POST_1_JULY), getFacts, poster, log });
    expect(r.released).toEqual([]);
    expect(r.failed).toHaveLength(1);
    await runTick({ store: storeOf(db), now: new Date(POST_1_JULY + min), getFacts, poster, log });
    expect(poster.calls).toBe(1);
    expect(getEntry(db, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })).toMatchObject({
      status: 'failed',
      detail: 'unknown outcome, not retried: other side closed',
    });
    expect(getGuildSettings(db, 'g1')!.lastError).toMatch(/other side closed/);
  });

  it('an unclassified error has an unknown outcome: marked failed, not retried (at-most-once)', async () => {
    const db = open();
    setup(db);
    const poster = new FakePoster(() => new TypeError('socket hang up'));
    await runTick({ store: storeOf(db), now: new Date(POST_1_JULY), getFacts, poster, log: silentLog() });
    await runTick({ store: storeOf(db), now: new Date(POST_1_JULY + min), getFacts, poster, log: silentLog() });
    expect(poster.calls).toBe(1);
    expect(getEntry(db, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })!.detail).toMatch(
      /unknown outcome/,
    );
  });

  it.each(['hang', 'deliver-then-die'] as const)(
    'crash between claim and post (%s) then restart: never posted twice (at-most-once)',
    async (fate) => {
      const path = tempDbPath();
      const dying = open(path);
      setup(dying);
      const doomed = new FakePoster(() => fate);
      // The first process claims and calls Discord, then dies: its tick never finishes.
      void runTick({ store: storeOf(dying), now: new Date(POST_1_JULY), getFacts, poster: doomed, log: silentLog() });
      // The store's steps are awaited: wait until the tick has claimed and called Discord.
      await expect.poll(() => doomed.calls).toBe(1);
      dying.close();

      // Restart: a new process, new connection to the same file, new poster.
      const db = open(path);
      const poster = new FakePoster();
      const log = silentLog();
      for (let t = POST_1_JULY + 2 * min; t <= POST_1_JULY + 11 * hour; t += 9 * min) {
        await runTick({ store: storeOf(db), now: new Date(t), getFacts, poster, log });
      }
      expect(poster.accepted).toHaveLength(0);
      expect(doomed.accepted.length + poster.accepted.length).toBeLessThanOrEqual(1);
      const entry = getEntry(db, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })!;
      expect(entry.status).toBe('failed');
      expect(entry.detail).toMatch(/interrupted/);
      expect(log.lines.filter((l) => /interrupted/.test(l.message))).toHaveLength(1);

      // The next day's occasion goes out normally.
      await runTick({ store: storeOf(db), now: new Date(POST_2_JULY), getFacts, poster, log });
      expect(poster.accepted).toHaveLength(1);
    },
  );

  it('belated: restart 3h after posting time posts marked belated', async () => {
    const db = open();
    setup(db);
    const poster = new FakePoster();
    const r = await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY + 3 * hour),
      getFacts,
      poster,
      log: silentLog(),
    });
    expect(r.sent[0]!.belated).toBe(true);
    expect(poster.accepted[0]!.payload.content).toContain('(belated)');
  });

  it('belated: restart 13h after posting time skips and logs once, never posts', async () => {
    const db = open();
    setup(db);
    const poster = new FakePoster();
    const log = silentLog();
    const r = await runTick({ store: storeOf(db), now: new Date(POST_1_JULY + 13 * hour), getFacts, poster, log });
    expect(r.missed).toHaveLength(1);
    expect(poster.calls).toBe(0);
    await runTick({ store: storeOf(db), now: new Date(POST_1_JULY + 13 * hour + min), getFacts, poster, log });
    const missedLogs = log.lines.filter((l) => l.level === 'warn' && /missed/.test(l.message));
    expect(missedLogs).toHaveLength(1);
    expect(missedLogs[0]!.context).toMatchObject({ guildId: 'g1', localDate: '2026-07-01' });
    expect(getEntry(db, { guildId: 'g1', occasion: 'also-july:date', year: 2026 })).toMatchObject({
      status: 'skipped',
    });
    expect(poster.calls).toBe(0);
    // The next day is unaffected.
    await runTick({ store: storeOf(db), now: new Date(POST_2_JULY), getFacts, poster, log });
    expect(poster.accepted).toHaveLength(1);
  });

  it('a fact added after the day’s post goes out on its own, once', async () => {
    const db = open();
    setup(db);
    const poster = new FakePoster();
    let current = facts;
    await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY),
      getFacts: () => current,
      poster,
      log: silentLog(),
    });
    current = [...facts, milestone('late-addition', '2011-07-01')];
    await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY + hour),
      getFacts: () => current,
      poster,
      log: silentLog(),
    });
    await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY + 2 * hour),
      getFacts: () => current,
      poster,
      log: silentLog(),
    });
    expect(poster.accepted).toHaveLength(2);
    expect(poster.accepted[1]!.payload.embeds[0]!.title).toContain('Milestone late-addition');
  });

  it('editing a fact between two ticks on its anniversary: exactly one post (keys per fact, field and year)', async () => {
    const db = open();
    setup(db);
    const poster = new FakePoster();
    const log = silentLog();
    const treaty = (dates: { date: string; signed?: string; inForce?: string }) => agreement('treaty', dates);
    let current: Fact[] = [treaty({ date: '2016', signed: '2016-07-01', inForce: '2016-07-01' })];
    const tick = (t: number) => runTick({ store: storeOf(db), now: new Date(t), getFacts: () => current, poster, log });
    expect((await tick(POST_1_JULY)).sent).toHaveLength(1);
    // A moderator corrects the signing date: "entered into force" is now an occasion of its own, on the same day.
    current = [treaty({ date: '2016', signed: '2016-06-30', inForce: '2016-07-01' })];
    expect((await tick(POST_1_JULY + min)).sent).toEqual([]);
    // Another edit gives the headline date the same day: date, inForce regroup under "date".
    current = [treaty({ date: '2016-07-01', signed: '2016-06-30', inForce: '2016-07-01' })];
    expect((await tick(POST_1_JULY + 2 * min)).sent).toEqual([]);
    expect(poster.accepted).toHaveLength(1);
    expect(
      history(db, 'g1')
        .map((e) => e.occasion)
        .sort(),
    ).toEqual(['treaty:inForce', 'treaty:signed']);
  });

  it('upgrading on the day: ledger rows under the old grouped key still count for every field of the group', async () => {
    const path = tempDbPath();
    // A database as the previous release left it: schema version 1, one row keyed by the first field of the group.
    const legacy = new Database(path);
    legacy.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    legacy.exec(MIGRATIONS[0]!.sql);
    legacy.prepare(`INSERT INTO schema_migrations VALUES (1, 'initial', '2026-01-01T00:00:00Z')`).run();
    const fact = agreement('treaty', { date: '2016', signed: '2016-07-01', inForce: '2016-07-01' });
    legacy
      .prepare(`INSERT INTO facts (id, kind, data, version, updated_at) VALUES (?, ?, ?, 1, '2026-01-01T00:00:00Z')`)
      .run(fact.id, fact.kind, JSON.stringify(fact));
    legacy
      .prepare(
        `INSERT INTO post_ledger (guild_id, occasion, year, status, claimed_at, sent_at, message_id) VALUES ` +
          `('g1', 'treaty:signed', 2026, 'sent', ?, ?, 'm0')`,
      )
      .run(new Date(POST_1_JULY).toISOString(), new Date(POST_1_JULY).toISOString());
    legacy.close();

    const db = open(path); // the new release migrates
    setup(db);
    expect(getEntry(db, { guildId: 'g1', occasion: 'treaty:inForce', year: 2026 })).toMatchObject({
      status: 'sent',
      messageId: 'm0',
    });
    const poster = new FakePoster();
    // Unchanged, and after an edit that splits the group: nothing goes out again.
    await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY + min),
      getFacts: () => [fact],
      poster,
      log: silentLog(),
    });
    const edited = agreement('treaty', { date: '2016', signed: '2016-06-30', inForce: '2016-07-01' });
    await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY + 2 * min),
      getFacts: () => [edited],
      poster,
      log: silentLog(),
    });
    expect(poster.calls).toBe(0);
    // Rows of other facts and other years are left alone.
    expect(
      history(db, 'g1')
        .map((e) => `${e.occasion}@${e.year}`)
        .sort(),
    ).toEqual(['treaty:inForce@2026', 'treaty:signed@2026']);
  });

  it('two instances ticking at once on one file: one post', async () => {
    const path = tempDbPath();
    const a = open(path);
    const b = open(path);
    setup(a);
    const pa = new FakePoster();
    const pb = new FakePoster();
    await Promise.all([
      runTick({ store: storeOf(a), now: new Date(POST_1_JULY), getFacts, poster: pa, log: silentLog() }),
      runTick({ store: storeOf(b), now: new Date(POST_1_JULY), getFacts, poster: pb, log: silentLog() }),
    ]);
    expect(pa.accepted.length + pb.accepted.length).toBe(1);
    expect(history(a, 'g1').every((e) => e.status === 'sent')).toBe(true);
  });

  it("the interrupted-claim sweep spares another live process's in-flight claim (two handles on one file)", async () => {
    const path = tempDbPath();
    const a = open(path);
    const b = open(path);
    setup(a);
    upsertGuildSettings(
      a,
      { guildId: 'g0', channelId: 'c0', postTime: '09:00', timezone: 'Asia/Singapore' },
      new Date(0),
    );
    // Process A: g0's post waits out 14 minutes of rate limits; g1's post is then claimed and still in flight.
    let mono = 1000 * min; // a monotonic clock does not start at 0
    let failInFlight!: (error: Error) => void;
    let inFlight = false;
    const posterA: Poster = {
      post(channelId) {
        if (channelId === 'c0') {
          mono += 14 * min;
          return Promise.resolve({ messageId: 'a0' });
        }
        inFlight = true;
        return new Promise((_, reject) => (failInFlight = reject));
      },
    };
    const tickA = runTick({
      store: storeOf(a),
      now: new Date(POST_1_JULY),
      getFacts,
      poster: posterA,
      log: silentLog(),
      elapsedMs: () => mono,
    });
    await expect.poll(() => inFlight).toBe(true);
    expect(getEntry(a, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })!.claimedAt).toBe(
      new Date(POST_1_JULY + 14 * min).toISOString(),
    );

    // Process B ticks 15.5 minutes after A's tick began, 1.5 minutes after A's claim: it must not sweep that claim.
    const posterB = new FakePoster();
    const logB = silentLog();
    await runTick({ store: storeOf(b), now: new Date(POST_1_JULY + 15.5 * min), getFacts, poster: posterB, log: logB });
    expect(getEntry(b, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })!.status).toBe('claimed');
    expect(logB.lines.filter((l) => /interrupted/.test(l.message))).toEqual([]);

    // A's post then fails transiently: its claim is released, and the next tick (B's) posts it, once.
    failInFlight(new PostError('transient', '503 Service Unavailable'));
    expect((await tickA).released).toHaveLength(1);
    await runTick({ store: storeOf(b), now: new Date(POST_1_JULY + 16 * min), getFacts, poster: posterB, log: logB });
    await runTick({ store: storeOf(b), now: new Date(POST_1_JULY + 17 * min), getFacts, poster: posterB, log: logB });
    expect(posterB.accepted.map((p) => p.channelId)).toEqual(['c1']);
    expect(getEntry(a, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })).toMatchObject({
      status: 'sent',
      messageId: 'm1',
    });
  });

  it('a post with no answer within the post timeout is an unknown outcome: failed, not retried, then never swept', async () => {
    const db = open();
    setup(db);
    const poster = new FakePoster(() => 'hang');
    const log = silentLog();
    const r = await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY),
      getFacts,
      poster,
      log,
      postTimeoutMs: 20,
    });
    expect(r.failed).toHaveLength(1);
    expect(getEntry(db, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })!.detail).toBe(
      'unknown outcome, not retried: no answer from Discord within 0 s',
    );
    await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY + 20 * min),
      getFacts,
      poster,
      log,
      postTimeoutMs: 20,
    });
    expect(poster.calls).toBe(1);
    expect(log.lines.filter((l) => /interrupted/.test(l.message))).toEqual([]);
  });

  it('a claim left by a dead process is swept only after the post timeout plus the margin', async () => {
    const db = open();
    setup(db);
    claimAll(db, [{ guildId: 'g1', occasion: 'first-of-july:date', year: 2026 }], new Date(POST_1_JULY));
    const log = silentLog();
    const tick = (t: number) =>
      runTick({ store: storeOf(db), now: new Date(t), getFacts: () => [], poster: new FakePoster(), log });
    await tick(POST_1_JULY + POST_TIMEOUT_MS + SWEEP_MARGIN_MS - 1);
    expect(getEntry(db, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })!.status).toBe('claimed');
    await tick(POST_1_JULY + POST_TIMEOUT_MS + SWEEP_MARGIN_MS + 1);
    expect(getEntry(db, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })!.status).toBe('failed');
    expect(INTERRUPTED_AFTER_MS).toBeGreaterThanOrEqual(POST_TIMEOUT_MS + SWEEP_MARGIN_MS);
    expect(SWEEP_MARGIN_MS).toBeGreaterThanOrEqual(min); // room for clock skew between processes
  });

  it("Los Angeles → Kiritimati at 08:00 (before the 09:00 post): that day's post goes out at once, not skipped", async () => {
    const db = open();
    const poster = new FakePoster();
    const log = silentLog();
    upsertGuildSettings(
      db,
      { guildId: 'g1', channelId: 'c1', postTime: '09:00', timezone: 'America/Los_Angeles' },
      new Date(0),
    );
    const change = Date.parse('2026-07-01T15:00:00Z'); // 08:00 on 1 July in Los Angeles = 05:00 on 2 July in Kiritimati
    expect((await runTick({ store: storeOf(db), now: new Date(change - min), getFacts, poster, log })).sent).toEqual(
      [],
    );
    const saved = upsertGuildSettings(db, { guildId: 'g1', timezone: 'Pacific/Kiritimati' }, new Date(change));
    expect(saved).toMatchObject({ carryDate: '2026-07-01', carryFrom: new Date(change).toISOString() });
    const r = await runTick({ store: storeOf(db), now: new Date(change + 30_000), getFacts, poster, log });
    expect(r.missed).toEqual([]);
    expect(r.sent.map((s) => [s.localDate, s.belated])).toEqual([['2026-07-01', false]]);
    expect(poster.accepted[0]!.payload.embeds[0]!.title).toBe('2 anniversaries on 1 July 🎉');
    // 2 July then goes out at 09:00 in Kiritimati (19:00Z on 1 July), once.
    await runTick({ store: storeOf(db), now: new Date(change + 10 * min), getFacts, poster, log });
    expect(poster.accepted).toHaveLength(1);
    await runTick({ store: storeOf(db), now: new Date(Date.parse('2026-07-01T19:00:00Z')), getFacts, poster, log });
    expect(poster.accepted).toHaveLength(2);
    expect(log.lines.filter((l) => /missed/.test(l.message))).toEqual([]);
  });

  it("18:00 → 04:00 at 17:01: that day's post goes out at once; a change after the post went out repeats nothing", async () => {
    const db = open();
    const poster = new FakePoster();
    const log = silentLog();
    upsertGuildSettings(
      db,
      { guildId: 'g1', channelId: 'c1', postTime: '18:00', timezone: 'Asia/Singapore' },
      new Date(0),
    );
    const change = Date.parse('2026-07-01T09:01:00Z'); // 17:01 in Singapore
    await runTick({ store: storeOf(db), now: new Date(change - 30_000), getFacts, poster, log });
    upsertGuildSettings(db, { guildId: 'g1', postTime: '04:00' }, new Date(change));
    const r = await runTick({ store: storeOf(db), now: new Date(change + 30_000), getFacts, poster, log });
    expect(r.missed).toEqual([]);
    expect(r.sent.map((s) => [s.localDate, s.belated])).toEqual([['2026-07-01', false]]);
    // Back to 18:00 the same evening: the day is already decided, nothing is posted again.
    upsertGuildSettings(db, { guildId: 'g1', postTime: '18:00' }, new Date(change + 5 * min));
    for (const t of [change + 6 * min, Date.parse('2026-07-01T10:00:00Z'), Date.parse('2026-07-01T12:00:00Z')]) {
      await runTick({ store: storeOf(db), now: new Date(t), getFacts, poster, log });
    }
    expect(poster.accepted).toHaveLength(1);
  });

  it('a schedule change whose new time is still ahead today posts at the new time, and says so', async () => {
    const db = open();
    upsertGuildSettings(
      db,
      { guildId: 'g1', channelId: 'c1', postTime: '18:00', timezone: 'Asia/Singapore' },
      new Date(0),
    );
    const at = new Date(Date.parse('2026-07-01T09:01:00Z'));
    const old = getGuildSettings(db, 'g1')!;
    expect(pendingPostAtChange(old, { ...old, postTime: '20:00' }, at)).toEqual({
      localDate: { year: 2026, month: 7, day: 1 },
      instant: new Date('2026-07-01T12:00:00Z'),
      carried: false,
    });
    expect(pendingPostAtChange(old, { ...old, postTime: '04:00' }, at)).toMatchObject({ carried: true, instant: at });
    expect(pendingPostAtChange(old, old, at)).toBeNull();
    // After the old time has passed (the post went out), nothing is pending for today; tomorrow's is.
    expect(pendingPostAtChange(old, { ...old, postTime: '04:00' }, new Date('2026-07-01T10:30:00Z'))).toMatchObject({
      localDate: { year: 2026, month: 7, day: 2 },
      carried: false,
    });
    expect(upsertGuildSettings(db, { guildId: 'g1', postTime: '20:00' }, at).carryDate).toBeNull();
  });

  it('logs and results say what happened, with the server, date and occasions', async () => {
    const db = open();
    setup(db);
    const log = silentLog();
    // 13.5 h late: skipped, logged once with the lateness rounded to a tenth of an hour.
    const late = await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY + 13.5 * hour),
      getFacts,
      poster: new FakePoster(),
      log,
    });
    expect(late.missed).toEqual([
      {
        guildId: 'g1',
        localDate: '2026-07-01',
        belated: false,
        claims: [
          { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 },
          { guildId: 'g1', occasion: 'also-july:date', year: 2026 },
        ],
      },
    ]);
    expect(getEntry(db, { guildId: 'g1', occasion: 'first-of-july:date', year: 2026 })!.detail).toBe(
      'missed: 13.5 h late, beyond the belated window',
    );
    expect(log.lines).toContainEqual({
      level: 'warn',
      message: 'reminders: missed anniversary post (posting time passed beyond the belated window), skipped',
      context: {
        guildId: 'g1',
        localDate: '2026-07-01',
        occasions: ['first-of-july:date', 'also-july:date'],
        lateHours: 13.5,
      },
    });
    // Another process recording the same miss logs nothing more.
    expect(
      (
        await runTick({
          store: storeOf(db),
          now: new Date(POST_1_JULY + 14 * hour),
          getFacts,
          poster: new FakePoster(),
          log,
        })
      ).missed,
    ).toEqual([]);

    // 2 July: a transient failure, then the post.
    const poster = new FakePoster((call) =>
      call === 0 ? new PostError('transient', '503 Service Unavailable') : 'ok',
    );
    const released = await runTick({ store: storeOf(db), now: new Date(POST_2_JULY), getFacts, poster, log });
    expect(released.released).toEqual([
      {
        guildId: 'g1',
        localDate: '2026-07-02',
        belated: false,
        claims: [{ guildId: 'g1', occasion: 'second-july:date', year: 2026 }],
        error: '503 Service Unavailable',
      },
    ]);
    expect(log.lines).toContainEqual({
      level: 'warn',
      message: 'reminders: post failed transiently, will retry on a later tick',
      context: { guildId: 'g1', channelId: 'c1', localDate: '2026-07-02', error: '503 Service Unavailable' },
    });
    const sent = await runTick({ store: storeOf(db), now: new Date(POST_2_JULY + 10 * min), getFacts, poster, log });
    expect(sent.sent).toEqual([
      {
        guildId: 'g1',
        localDate: '2026-07-02',
        belated: true,
        claims: [{ guildId: 'g1', occasion: 'second-july:date', year: 2026 }],
        messageId: 'm1',
      },
    ]);
    expect(log.lines).toContainEqual({
      level: 'info',
      message: 'reminders: posted',
      context: {
        guildId: 'g1',
        channelId: 'c1',
        localDate: '2026-07-02',
        messageId: 'm1',
        belated: true,
        occasions: ['second-july:date'],
      },
    });

    // Refusals and unknown outcomes are errors in the log and failures in the result.
    const refused = await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY + 365 * 24 * hour),
      getFacts,
      poster: new FakePoster(() => new PostError('rejected', 'Invalid Form Body')),
      log,
    });
    expect(refused.failed).toMatchObject([{ guildId: 'g1', localDate: '2027-07-01', error: 'Invalid Form Body' }]);
    expect(getGuildSettings(db, 'g1')!.lastError).toBe('Discord refused the reminder for <#c1>. (Invalid Form Body)');
    expect(getEntry(db, { guildId: 'g1', occasion: 'first-of-july:date', year: 2027 })!.detail).toBe(
      'rejected: Invalid Form Body',
    );
    expect(log.lines).toContainEqual({
      level: 'error',
      message: 'reminders: Discord refused the post; recorded on the server settings, not retried',
      context: {
        guildId: 'g1',
        channelId: 'c1',
        localDate: '2027-07-01',
        kind: 'rejected',
        error: 'Invalid Form Body',
      },
    });
    const unknown = await runTick({
      store: storeOf(db),
      now: new Date(POST_2_JULY + 365 * 24 * hour),
      getFacts,
      poster: new FakePoster(() => new TypeError('socket hang up')),
      log,
    });
    expect(unknown.failed).toMatchObject([{ guildId: 'g1', localDate: '2027-07-02', error: 'socket hang up' }]);
    expect(getGuildSettings(db, 'g1')!.lastError).toBe('Posting a reminder failed unexpectedly: socket hang up');
    expect(log.lines).toContainEqual({
      level: 'error',
      message: 'reminders: post failed with an unexpected error; not retried (at-most-once)',
      context: { guildId: 'g1', channelId: 'c1', localDate: '2027-07-02', error: 'socket hang up' },
    });
  });

  it('a failure and then a success in the same tick clear the recorded error; the sweep count is logged', async () => {
    const db = open();
    setup(db);
    claimAll(db, [{ guildId: 'g1', occasion: 'old:date', year: 2020 }], new Date(0));
    const log = silentLog();
    const poster = new FakePoster((call) => (call === 0 ? new PostError('forbidden', 'Missing Access') : 'ok'));
    // A 30-hour window: 1 July (24 h late) and 2 July are both due in one tick; the first is refused.
    const r = await runTick({
      store: storeOf(db),
      now: new Date(POST_2_JULY),
      getFacts,
      poster,
      log,
      belatedWindowMs: 30 * hour,
    });
    expect(r.failed.map((f) => f.localDate)).toEqual(['2026-07-01']);
    expect(r.sent.map((f) => f.localDate)).toEqual(['2026-07-02']);
    expect(getGuildSettings(db, 'g1')!.lastError).toBeNull();
    expect(log.lines).toContainEqual({
      level: 'warn',
      message: 'reminders: claims interrupted before posting were not re-sent',
      context: { count: 1 },
    });
    // A window given in the deps is used: 3 hours late with a 1-hour window is a miss, not a belated post.
    const db2 = open();
    setup(db2);
    const r2 = await runTick({
      store: storeOf(db2),
      now: new Date(POST_1_JULY + 3 * hour),
      getFacts,
      poster: new FakePoster(),
      log,
      belatedWindowMs: hour,
    });
    expect(r2.sent).toEqual([]);
    expect(r2.missed).toHaveLength(1);
    expect(r2.claimedElsewhere).toEqual([]);
  });

  it('a tick that cannot start, or cannot sweep, says so and does not throw', async () => {
    const db = open();
    setup(db);
    const log = silentLog();
    const r = await runTick({
      store: storeOf(db),
      now: new Date(POST_1_JULY),
      getFacts: () => {
        throw new Error('facts unavailable');
      },
      poster: new FakePoster(),
      log,
    });
    expect(r).toEqual({ sent: [], missed: [], failed: [], released: [], claimedElsewhere: [] });
    expect(log.lines).toContainEqual({
      level: 'error',
      message: 'reminders: tick could not start',
      context: { error: 'facts unavailable' },
    });
    db.exec('DROP TABLE post_ledger');
    await runTick({ store: storeOf(db), now: new Date(POST_1_JULY), getFacts, poster: new FakePoster(), log });
    expect(log.lines).toContainEqual({
      level: 'error',
      message: 'reminders: could not sweep interrupted claims',
      context: { error: 'no such table: post_ledger' },
    });
    expect(log.lines).toContainEqual({
      level: 'error',
      message: 'reminders: server tick failed',
      context: { guildId: 'g1', error: 'no such table: post_ledger' },
    });
  });

  it('one broken server does not stop the others', async () => {
    const db = open();
    setup(db);
    upsertGuildSettings(db, { guildId: 'g0', channelId: 'c0', timezone: 'UTC' }, new Date(0));
    db.prepare(`UPDATE guild_settings SET timezone = 'Broken/Zone' WHERE guild_id = 'g0'`).run();
    const poster = new FakePoster();
    const log = silentLog();
    await runTick({ store: storeOf(db), now: new Date(POST_1_JULY), getFacts, poster, log });
    expect(poster.accepted.map((p) => p.channelId)).toEqual(['c1']);
    expect(log.lines.some((l) => l.level === 'error' && l.context?.guildId === 'g0')).toBe(true);
  });
});

describe('postErrorFromDiscord', () => {
  it('classifies Discord failures', () => {
    expect(postErrorFromDiscord({ status: 404, code: 10003 }).kind).toBe('gone');
    expect(postErrorFromDiscord({ status: 403, code: 50001 }).kind).toBe('forbidden');
    expect(postErrorFromDiscord({ status: 403, code: 50013 }).kind).toBe('forbidden');
    expect(postErrorFromDiscord({ status: 400, code: 50035 }).kind).toBe('rejected');
    expect(postErrorFromDiscord({ status: 503 }).kind).toBe('transient');
    expect(postErrorFromDiscord({ status: 429 }).kind).toBe('transient');
  });
});
