/** The optional daily backup (BACKUP_KEEP > 0): a node-cron job that backs up the bot's own connection and keeps the newest N. */
import cron, { type ScheduledTask } from 'node-cron';
import { backupDatabase, defaultBackupPath, pruneBackups, type BackupResult } from '../knowledge/store/backup.js';
import type { Db } from '../knowledge/store/db.js';
import type { SchedulerLog } from './run.js';

export interface BackupJobOptions {
  db: Db;
  dir: string;
  keep: number;
  /** Cron expression (validated in config). */
  expression: string;
  log: SchedulerLog;
  clock?: () => Date;
}

export interface BackupJob {
  /** One backup + prune now; resolves null (logged) on failure: a failed backup must never stop the bot. */
  runNow(): Promise<BackupResult | null>;
  stop(): Promise<void>;
}

export function startBackupJob(options: BackupJobOptions): BackupJob {
  const { db, dir, keep, log, clock = () => new Date() } = options;
  let running: Promise<BackupResult | null> | null = null;
  const runNow = (): Promise<BackupResult | null> => {
    running ??= (async () => {
      try {
        const result = await backupDatabase(db, defaultBackupPath(dir, clock()));
        const pruned = pruneBackups(dir, keep);
        log.info('backup: daily backup written', { path: result.path, bytes: result.bytes, pruned: pruned.length });
        return result;
      } catch (error) {
        log.error('backup: daily backup failed', { error: error instanceof Error ? error.message : String(error) });
        return null;
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const task: ScheduledTask = cron.schedule(options.expression, () => void runNow(), { name: 'corridor-backup' });
  return {
    runNow,
    async stop() {
      await task.destroy();
      if (running) await running;
    },
  };
}
