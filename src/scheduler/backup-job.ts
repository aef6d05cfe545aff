/** The optional daily backup (BACKUP_KEEP > 0): backs up the bot's own connection and keeps the newest N. */
import { backupDatabase, defaultBackupPath, pruneBackups, type BackupResult } from '../knowledge/store/backup.js';
import type { Db } from '../knowledge/store/db.js';
import type { PeriodicJob } from './jobs.js';
import type { SchedulerLog } from './run.js';

export interface BackupJobOptions {
  db: Db;
  dir: string;
  keep: number;
  log: SchedulerLog;
  clock?: () => Date;
}

/** One backup and prune; throws on failure (the job runner logs it and the bot carries on). */
export async function backupOnce(options: BackupJobOptions): Promise<BackupResult> {
  const { db, dir, keep, log, clock = () => new Date() } = options;
  const result = await backupDatabase(db, defaultBackupPath(dir, clock()));
  const pruned = pruneBackups(dir, keep);
  log.info('backup: daily backup written', { path: result.path, bytes: result.bytes, pruned: pruned.length });
  return result;
}

/** The backup as a periodic job; `schedule` is validated in config. */
export function backupJob(options: BackupJobOptions & { schedule: string }): PeriodicJob {
  return {
    name: 'backup',
    schedule: options.schedule,
    run: async () => `wrote ${(await backupOnce(options)).path}`,
  };
}
