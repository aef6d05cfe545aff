/**
 * Scheduler cost proportional to due work: each server's next posting instant is stored (migration 8) and a tick
 * can read only the servers that are due. What must not be lost by reading less.
 */
import { describe, expect, it } from 'vitest';
import { storeOf } from '../helpers/sqlite-store.js';
import { openDb } from '../../src/knowledge/store/db.js';
import {
  DUE_GUILDS_SQL,
  getNextPostAt,
  listDueGuilds,
  upsertGuildSettings,
} from '../../src/knowledge/store/guild-settings.js';
import { MARK_INTERRUPTED_SQL } from '../../src/knowledge/store/post-ledger.js';
import { startScheduler } from '../../src/scheduler/cron.js';
import type { PostPayload } from '../../src/scheduler/message.js';
import type { Poster } from '../../src/scheduler/poster.js';
import { runTick } from '../../src/scheduler/run.js';
import { milestone, silentLog } from './anniversary-fixtures.js';

function recorder(): { poster: Poster; posted: PostPayload[] } {
  const posted: PostPayload[] = [];
  return {
    posted,
    poster: { post: async (_c, payload) => (posted.push(payload), { messageId: `m${posted.length}` }) },
  };
}

const SG_9AM = Date.parse('2026-07-01T01:00:00Z'); // 09:00 in Singapore

describe('next posting instants', () => {
  it('a tick stores the next posting instant; until then a due-only tick does not read the server', async () => {
    const db = openDb(':memory:');
    upsertGuildSettings(
      db,
      { guildId: 'g', channelId: 'c', postTime: '09:00', timezone: 'Asia/Singapore' },
      new Date(0),
    );
    expect(getNextPostAt(db, 'g')).toBe(0);
    const { poster, posted } = recorder();
    const facts = [milestone('july-first', '2016-07-01'), milestone('july-second', '2016-07-02')];
    await runTick({
      store: storeOf(db),
      now: new Date(SG_9AM),
      getFacts: () => facts,
      poster,
      log: silentLog(),
      scope: 'due',
    });
    expect(posted).toHaveLength(1);
    expect(getNextPostAt(db, 'g')).toBe(SG_9AM + 24 * 3_600_000);
    expect(listDueGuilds(db, SG_9AM + 24 * 3_600_000 - 1)).toEqual([]);
    await runTick({
      store: storeOf(db),
      now: new Date(SG_9AM + 24 * 3_600_000),
      getFacts: () => facts,
      poster,
      log: silentLog(),
      scope: 'due',
    });
    expect(posted).toHaveLength(2);
  });

  it('the due query is one indexed range read', () => {
    const db = openDb(':memory:');
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${DUE_GUILDS_SQL}`).all(0) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('USING INDEX guild_settings_due');
  });

  it('a settings change makes the server due at once, so a post carried over the change goes out', async () => {
    const db = openDb(':memory:');
    const facts = [milestone('july-first', '2016-07-01')];
    const { poster, posted } = recorder();
    upsertGuildSettings(
      db,
      { guildId: 'g', channelId: 'c', postTime: '18:00', timezone: 'Asia/Singapore' },
      new Date(0),
    );
    // Before today's 18:00 post: nothing due, the pointer moves to 18:00.
    await runTick({
      store: storeOf(db),
      now: new Date(SG_9AM),
      getFacts: () => facts,
      poster,
      log: silentLog(),
      scope: 'due',
    });
    expect(getNextPostAt(db, 'g')).toBe(Date.parse('2026-07-01T10:00:00Z'));
    // At 10:00 the time moves to 09:00, already past: the day's post is carried and due now, not at 18:00.
    const change = new Date(SG_9AM + 3_600_000);
    upsertGuildSettings(db, { guildId: 'g', postTime: '09:00' }, change);
    expect(getNextPostAt(db, 'g')).toBe(0);
    await runTick({
      store: storeOf(db),
      now: new Date(change.getTime() + 60_000),
      getFacts: () => facts,
      poster,
      log: silentLog(),
      scope: 'due',
    });
    expect(posted).toHaveLength(1);
  });

  it('a transient failure keeps the server due, so the next tick retries', async () => {
    const db = openDb(':memory:');
    upsertGuildSettings(
      db,
      { guildId: 'g', channelId: 'c', postTime: '09:00', timezone: 'Asia/Singapore' },
      new Date(0),
    );
    const { PostError } = await import('../../src/scheduler/poster.js');
    let fail = true;
    const posted: string[] = [];
    const poster: Poster = {
      post: async () => {
        if (fail) throw new PostError('transient', '503');
        posted.push('ok');
        return { messageId: 'm1' };
      },
    };
    const facts = [milestone('july-first', '2016-07-01')];
    await runTick({
      store: storeOf(db),
      now: new Date(SG_9AM),
      getFacts: () => facts,
      poster,
      log: silentLog(),
      scope: 'due',
    });
    expect(getNextPostAt(db, 'g')).toBe(SG_9AM);
    fail = false;
    await runTick({
      store: storeOf(db),
      now: new Date(SG_9AM + 60_000),
      getFacts: () => facts,
      poster,
      log: silentLog(),
      scope: 'due',
    });
    expect(posted).toEqual(['ok']);
  });

  it('the scheduler reads every server again when the facts changed: an anniversary added after the day’s post goes out', async () => {
    const db = openDb(':memory:');
    upsertGuildSettings(
      db,
      { guildId: 'g', channelId: 'c', postTime: '09:00', timezone: 'Asia/Singapore' },
      new Date(0),
    );
    const { poster, posted } = recorder();
    let facts = [milestone('july-first', '2016-07-01')];
    let version = 1;
    let now = new Date(SG_9AM);
    const scheduler = startScheduler({
      store: storeOf(db),
      getFacts: () => facts,
      poster,
      log: silentLog(),
      clock: () => now,
      tickOnStart: false,
      factsVersion: () => version,
    });
    await scheduler.tickNow();
    now = new Date(SG_9AM + 60 * 60_000);
    await scheduler.tickNow();
    expect(posted).toHaveLength(1);
    facts = [...facts, milestone('also-july-first', '2019-07-01')];
    version = 2;
    await scheduler.tickNow();
    expect(posted).toHaveLength(2);
    expect(posted[1]!.embeds.map((e) => e.description).join()).toContain('also-july-first');
    await scheduler.stop();
  });
});

describe('the sweep for interrupted claims', () => {
  it('reads only claimed rows through an index, not the whole ledger', () => {
    const db = openDb(':memory:');
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${MARK_INTERRUPTED_SQL}`).all('2026') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('USING INDEX post_ledger_claimed');
  });
});
