/**
 * `npm run restore -- path`: replaces DATABASE_PATH by a backup. Refuses while the bot runs on it (the bot's
 * `<database>.pid` names a live process), and refuses a backup that fails integrity_check; the replaced database
 * is kept beside it as `<database>.before-restore-<time>`.
 */
import { ConfigError } from '../config.js';
import { configFromEnvironment } from '../env.js';
import { BackupError, restoreDatabase } from '../knowledge/store/backup.js';
import { exitWithError, PG_BACKUP } from './exit.js';

function main(argv: string[]): void {
  if (argv.length !== 1 || argv[0]!.startsWith('-'))
    exitWithError('usage: npm run restore -- BACKUP_FILE   (stop the bot first)');
  const config = configFromEnvironment();
  if (config.databaseUrl) exitWithError(PG_BACKUP, 2);
  const { previous } = restoreDatabase(argv[0]!, config.databasePath);
  process.stdout.write(
    `restored ${config.databasePath} from ${argv[0]} (integrity_check ok)${
      previous ? `; the previous database is kept as ${previous}` : ''
    }. Start the bot to apply any newer migrations.\n`,
  );
}

try {
  main(process.argv.slice(2));
} catch (err) {
  if (err instanceof BackupError || err instanceof ConfigError)
    exitWithError(err.message, err instanceof ConfigError ? 2 : 1);
  exitWithError(`restore failed: ${err instanceof Error ? err.message : String(err)}`, 1);
}
