import { describe, expect, it } from 'vitest';
import { storeOf } from '../helpers/sqlite-store.js';
import { openDb } from '../../src/knowledge/store/db.js';
import { upsertGuildSettings } from '../../src/knowledge/store/guild-settings.js';
import { startScheduler } from '../../src/scheduler/cron.js';
import type { Poster } from '../../src/scheduler/poster.js';
import { milestone, silentLog } from './anniversary-fixtures.js';

describe('stopping during a reminder tick', () => {
  it('waits for the running tick, so its post is recorded as sent before the database can close', async () => {
    const db = openDb(':memory:');
    upsertGuildSettings(
      db,
      { guildId: 'g', channelId: 'c', postTime: '09:00', timezone: 'Asia/Singapore' },
      new Date(0),
    );
    let release!: () => void;
    const poster: Poster = { post: () => new Promise((resolve) => (release = () => resolve({ messageId: 'm1' }))) };
    const scheduler = startScheduler({
      store: storeOf(db),
      getFacts: () => [milestone('july-first', '2016-07-01')],
      poster,
      log: silentLog(),
      clock: () => new Date('2026-07-01T01:00:00Z'), // 09:00 in Singapore: due now
    });
    await new Promise<void>((r) => setImmediate(r));
    expect(scheduler.isBusy()).toBe(true);

    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(db.prepare('SELECT status FROM post_ledger').pluck().all()).toEqual(['sent']);
    db.close();
  });
});
