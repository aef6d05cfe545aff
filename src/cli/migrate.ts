/**
 * `npm run migrate`: applies pending schema migrations to DATABASE_PATH (or the PostgreSQL database at DATABASE_URL)
 * and says which version it is at. The bot
 * also migrates on start; running it as its own upgrade step shows a migration problem before the bot is started.
 */
import { ConfigError } from '../config.js';
import { configFromEnvironment } from '../env.js';
import { openDb } from '../knowledge/store/db.js';
import { openStore } from '../knowledge/store/open-store.js';
import { describeDatabaseUrl } from '../knowledge/store/pg/database-url.js';
import { runningPid } from '../knowledge/store/run-lock.js';
import { exitWithError } from './exit.js';

try {
  const { databasePath, databaseUrl } = configFromEnvironment();
  if (databaseUrl) {
    // PostgreSQL: openStore migrates under an advisory lock, safe beside running bots on other machines.
    const store = await openStore({ databasePath, databaseUrl });
    await store.close();
    process.stdout.write(`PostgreSQL at ${describeDatabaseUrl(databaseUrl)}: schema up to date\n`);
    process.exit(0);
  }
  const pid = runningPid(databasePath);
  if (pid !== null) exitWithError(`Corridor is running on ${databasePath} (pid ${pid}); stop it before migrating`, 1);
  const db = openDb(databasePath); // openDb applies every pending migration in its own transaction
  const latest = db.prepare('SELECT MAX(version) AS v, COUNT(*) AS n FROM schema_migrations').get() as {
    v: number;
    n: number;
  };
  db.close();
  process.stdout.write(`${databasePath}: schema at version ${latest.v} (${latest.n} migrations applied)\n`);
} catch (err) {
  exitWithError(err instanceof Error ? err.message : String(err), err instanceof ConfigError ? 2 : 1);
}
