import { describe, it, expect } from 'vitest';
import { storeOf } from '../helpers/sqlite-store.js';
import { openDb } from '../../src/knowledge/store/db.js';
import { upsertGuildSettings } from '../../src/knowledge/store/guild-settings.js';
import { startScheduler } from '../../src/scheduler/cron.js';
import type { PostPayload } from '../../src/scheduler/message.js';
import type { Poster } from '../../src/scheduler/poster.js';
import { milestone, silentLog } from './anniversary-fixtures.js';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('startScheduler', () => {
  it('ticks once on start (catch-up), skips overlapping ticks, and stops cleanly', async () => {
    const db = openDb(':memory:');
    upsertGuildSettings(
      db,
      { guildId: 'g', channelId: 'c', postTime: '09:00', timezone: 'Asia/Singapore' },
      new Date(0),
    );
    const gate = deferred<{ messageId: string }>();
    const posted: PostPayload[] = [];
    const poster: Poster = {
      post: (_channel, payload) => {
        posted.push(payload);
        return gate.promise;
      },
    };
    let now = new Date('2026-07-01T03:00:00Z'); // 11:00 in Singapore: 2h late, belated catch-up
    const log = silentLog();
    const scheduler = startScheduler({
      store: storeOf(db),
      getFacts: () => [milestone('july-first', '2016-07-01')],
      poster,
      log,
      clock: () => now,
    });
    // The start-up tick is running and waiting on Discord.
    await new Promise<void>((r) => setImmediate(r));
    expect(posted).toHaveLength(1);
    expect(posted[0]!.content).toContain('(belated)');
    expect(scheduler.isBusy()).toBe(true);
    expect(await scheduler.tickNow()).toBeNull(); // overlapping tick skipped
    expect(log.lines.some((l) => /still running/.test(l.message))).toBe(true);

    gate.resolve({ messageId: 'm1' });
    await new Promise<void>((r) => setImmediate(r));
    expect(scheduler.isBusy()).toBe(false);

    now = new Date('2026-07-01T03:01:00Z');
    const next = await scheduler.tickNow();
    expect(next).not.toBeNull();
    expect(next!.sent).toEqual([]);
    expect(posted).toHaveLength(1);

    await scheduler.stop();
    expect(await scheduler.tickNow()).toBeNull();
    db.close();
  });

  it('a tick that throws is logged, never crashes', async () => {
    const db = openDb(':memory:');
    const log = silentLog();
    const scheduler = startScheduler({
      store: storeOf(db),
      getFacts: () => {
        throw new Error('fact base unavailable');
      },
      poster: { post: () => Promise.reject(new Error('unused')) },
      log,
      tickOnStart: false,
    });
    const r = await scheduler.tickNow();
    expect(r).toEqual({ sent: [], missed: [], failed: [], released: [], claimedElsewhere: [] });
    expect(log.lines.some((l) => l.level === 'error' && /could not start/.test(l.message))).toBe(true);
    await scheduler.stop();
    db.close();
  });
});

describe('startScheduler under a leader', () => {
  it('a process that does not lead does not tick; once it leads, it does', async () => {
    const db = openDb(':memory:');
    upsertGuildSettings(
      db,
      { guildId: 'g', channelId: 'c', postTime: '09:00', timezone: 'Asia/Singapore' },
      new Date(0),
    );
    const posted: PostPayload[] = [];
    let leads = false;
    const scheduler = startScheduler({
      store: storeOf(db),
      getFacts: () => [milestone('july-first', '2016-07-01')],
      poster: { post: async (_c, payload) => (posted.push(payload), { messageId: 'm1' }) },
      log: silentLog(),
      clock: () => new Date('2026-07-01T03:00:00Z'),
      shouldTick: () => leads,
    });
    await new Promise<void>((r) => setImmediate(r));
    expect(await scheduler.tickNow()).toBeNull();
    expect(posted).toHaveLength(0);
    leads = true;
    expect((await scheduler.tickNow())!.sent).toHaveLength(1);
    await scheduler.stop();
    db.close();
  });
});
