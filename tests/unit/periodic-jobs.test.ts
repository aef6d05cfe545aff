import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeOf } from '../helpers/sqlite-store.js';
import { periodicJobs } from '../../src/bot/periodic-jobs.js';
import { moderationSessions } from '../../src/commands/facts/sessions.js';
import { jobsText } from '../../src/commands/reminders/status.js';
import type { Config } from '../../src/config.js';
import { openDb } from '../../src/knowledge/store/db.js';
import type { SchedulerHandle } from '../../src/scheduler/cron.js';
import { startJobs } from '../../src/scheduler/jobs.js';
import { tempDir } from '../helpers/temp.js';

const quiet = { info() {}, warn() {}, error() {} };
const config = { defaultTimezone: 'UTC' } as Config;
const idleScheduler: SchedulerHandle = { stop: async () => {}, tickNow: async () => null, isBusy: () => false };

describe('periodic jobs', () => {
  it('one list names every job; the backup joins it only when configured', () => {
    const db = openDb(join(tempDir(), 'jobs.db'));
    const deps = {
      store: storeOf(db),
      sqliteDb: db,
      log: quiet,
      clock: () => new Date(),
      anniversaries: { handle: idleScheduler, takeCrash: () => undefined },
    };
    expect(periodicJobs({ ...deps, config }).map((j) => j.name)).toEqual(['anniversary-posts', 'session-expiry']);
    expect(
      periodicJobs({ ...deps, config: { ...config, backupKeep: 3, backupSchedule: '0 4 * * *' } }).map((j) => [
        j.name,
        j.schedule,
      ]),
    ).toEqual([
      ['anniversary-posts', '* * * * *'],
      ['session-expiry', '*/10 * * * *'],
      ['backup', '0 4 * * *'],
    ]);
    db.close();
  });

  it('records each job’s last run, ok or failed, and a failure stops neither the bot nor the others', async () => {
    const at = new Date('2026-05-01T09:00:00Z');
    const errors: string[] = [];
    const jobs = startJobs(
      [
        { name: 'fine', schedule: '0 0 1 1 *', run: async () => 'done' },
        { name: 'broken', schedule: '0 0 1 1 *', run: async () => Promise.reject(new Error('disk full')) },
        { name: 'idle', schedule: '0 0 1 1 *', run: async () => {} },
      ],
      { log: { ...quiet, error: (m) => errors.push(m) }, clock: () => at },
    );
    expect(await jobs.runNow('fine')).toEqual({ at, ok: true, detail: 'done' });
    expect(await jobs.runNow('broken')).toEqual({ at, ok: false, detail: 'disk full' });
    expect(errors).toEqual(['job broken: failed']);
    expect(jobs.status()).toEqual([
      { name: 'fine', schedule: '0 0 1 1 *', lastRun: { at, ok: true, detail: 'done' } },
      { name: 'broken', schedule: '0 0 1 1 *', lastRun: { at, ok: false, detail: 'disk full' } },
      { name: 'idle', schedule: '0 0 1 1 *', lastRun: null },
    ]);
    expect(jobsText(jobs.status(), 'UTC', 'en')).toBe(
      [
        'fine (`0 0 1 1 *`): ok 1 May 2026, 09:00',
        'broken (`0 0 1 1 *`): failed 1 May 2026, 09:00: disk full',
        'idle (`0 0 1 1 *`): not run yet',
      ].join('\n'),
    );
    await jobs.stop();
    expect(await jobs.runNow('fine')).toBeNull();
  });

  it('a crashed anniversary tick is recorded as a failed run', async () => {
    const db = openDb(join(tempDir(), 'jobs.db'));
    let crash: unknown = new Error('stale');
    const handle: SchedulerHandle = {
      ...idleScheduler,
      tickNow: async () => {
        crash = new Error('database is locked');
        return null;
      },
    };
    const takeCrash = () => {
      const taken = crash;
      crash = undefined;
      return taken;
    };
    const [anniversary] = periodicJobs({
      store: storeOf(db),
      config,
      log: quiet,
      clock: () => new Date(),
      anniversaries: { handle, takeCrash },
    });
    await expect(anniversary!.run()).rejects.toThrow('database is locked');
    db.close();
  });

  it('session expiry removes expired form and import rows only', async () => {
    const db = openDb(join(tempDir(), 'jobs.db'));
    let now = Date.UTC(2026, 0, 1);
    const sessions = moderationSessions(storeOf(db), () => new Date(now));
    await sessions.forms.create({ ownerId: '1', mode: 'add', kind: 'topic', reason: '' });
    now += 2 * 3_600_000;
    const fresh = await sessions.imports.create({
      ownerId: '1',
      raw: [],
      fileName: 'f.json',
      plan: { added: [], changed: [], removed: [], unchanged: 0 },
      reason: '',
    });
    const expiry = periodicJobs({
      store: storeOf(db),
      config,
      log: quiet,
      clock: () => new Date(now),
      anniversaries: { handle: idleScheduler, takeCrash: () => undefined },
    })[1]!;
    expect(await expiry.run()).toBe('1 expired form/import sessions removed');
    expect(await sessions.imports.get(fresh)).toBeDefined();
    db.close();
  });
});
