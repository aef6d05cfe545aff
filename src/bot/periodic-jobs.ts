import type { Config } from '../config.js';
import type { Db } from '../knowledge/store/db.js';
import type { Store } from '../knowledge/store/store.js';
import { backupJob } from '../scheduler/backup-job.js';
import type { SchedulerHandle } from '../scheduler/cron.js';
import type { PeriodicJob } from '../scheduler/jobs.js';
import type { SchedulerLog } from '../scheduler/run.js';

export interface PeriodicJobDeps {
  store: Pick<Store, 'sessions'>;
  /** The SQLite connection the daily backup copies; absent on PostgreSQL (back that up with pg_dump). */
  sqliteDb?: Db;
  config: Config;
  log: SchedulerLog;
  clock: () => Date;
  /** The anniversary scheduler (it keeps its own no-overlap and leadership rules); `takeCrash` hands over (and clears) its last crash. */
  anniversaries: { handle: SchedulerHandle; takeCrash(): unknown };
}

/** Every periodic job the bot runs, in one list; bot/create-bot.ts starts and stops them together. */
export function periodicJobs({ store, sqliteDb, config, log, clock, anniversaries }: PeriodicJobDeps): PeriodicJob[] {
  return [
    {
      name: 'anniversary-posts',
      schedule: '* * * * *',
      async run() {
        anniversaries.takeCrash();
        const result = await anniversaries.handle.tickNow();
        const crash = anniversaries.takeCrash();
        if (crash !== undefined)
          throw crash instanceof Error ? crash : new Error('the anniversary tick crashed', { cause: crash });
        return result
          ? `${result.sent.length} sent, ${result.failed.length} failed`
          : 'skipped (another tick running, or not the leader)';
      },
    },
    {
      name: 'session-expiry',
      schedule: '*/10 * * * *',
      run: async () => `${await store.sessions.sweepExpired(clock().getTime())} expired form/import sessions removed`,
    },
    ...((config.backupKeep ?? 0) > 0 && sqliteDb
      ? [
          backupJob({
            db: sqliteDb,
            dir: config.backupDir ?? 'data/backups',
            keep: config.backupKeep!,
            schedule: config.backupSchedule ?? '30 3 * * *',
            log,
            clock,
          }),
        ]
      : []),
  ];
}
