/** `npm run backup -- [path]`: an online backup of DATABASE_PATH, safe while the bot runs (default: BACKUP_DIR/corridor-<UTC time>.db). */
import { ConfigError } from '../config.js';
import { configFromEnvironment } from '../env.js';
import { backupDatabase, BackupError, defaultBackupPath } from '../knowledge/store/backup.js';
import { exitWithError, PG_BACKUP } from './exit.js';

async function main(argv: string[]): Promise<void> {
  if (argv.length > 1 || argv[0]?.startsWith('-')) exitWithError('usage: npm run backup -- [backup file path]');
  const config = configFromEnvironment();
  if (config.databaseUrl) exitWithError(PG_BACKUP, 2);
  const dest = argv[0] ?? defaultBackupPath(config.backupDir ?? 'data/backups');
  const { path, bytes } = await backupDatabase(config.databasePath, dest);
  process.stdout.write(
    `backed up ${config.databasePath} to ${path} (${Math.ceil(bytes / 1024)} KiB, integrity_check ok)\n`,
  );
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof BackupError || err instanceof ConfigError)
    exitWithError(err.message, err instanceof ConfigError ? 2 : 1);
  exitWithError(`backup failed: ${err instanceof Error ? err.message : String(err)}`, 1);
});
