/**
 * `npm run move-to-postgres -- [--from FILE] [--to URL]`: copies a stopped bot's SQLite database (default
 * DATABASE_PATH) into an empty PostgreSQL database (default DATABASE_URL), then verifies it. Every message goes
 * through redactPassword: the URL's password never reaches the terminal.
 */
import { ConfigError } from '../config.js';
import { configFromEnvironment } from '../env.js';
import { moveToPostgres, MoveError } from '../knowledge/store/move-to-postgres.js';
import { DatabaseUrlError, describeDatabaseUrl, redactPassword } from '../knowledge/store/pg/database-url.js';
import { exitWithError } from './exit.js';

const USAGE =
  'usage: npm run move-to-postgres -- [--from SQLITE_FILE] [--to postgres://USER:PASSWORD@HOST:5432/DB]   ' +
  '(defaults: DATABASE_PATH and DATABASE_URL; stop the bot first)';

function parse(argv: string[]): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if ((flag !== '--from' && flag !== '--to') || value === undefined || value.startsWith('--')) exitWithError(USAGE);
    out[flag === '--from' ? 'from' : 'to'] = value;
  }
  return out;
}

async function main(argv: string[], url: { value: string }): Promise<void> {
  const args = parse(argv);
  const config = configFromEnvironment();
  const from = args.from ?? config.databasePath;
  const to = args.to ?? config.databaseUrl;
  if (!to) exitWithError(`no target: give --to postgres://… or set DATABASE_URL\n${USAGE}`);
  url.value = to;
  const summary = await moveToPostgres({ from, to });
  const width = Math.max(...summary.tables.map((t) => t.name.length));
  process.stdout.write(
    [
      `moved ${from} to ${describeDatabaseUrl(to)} in ${(summary.copyMs / 1000).toFixed(2)} s, ` +
        `verified in ${(summary.verifyMs / 1000).toFixed(2)} s (one transaction; sequences set past the copied ids):`,
      ...summary.tables.map((t) => `  ${t.name.padEnd(width)}  ${t.rows}`),
      ...(summary.sourceMigrations > 0
        ? [`(${summary.sourceMigrations} SQLite migration(s) were applied to ${from} first, as the bot would on start)`]
        : []),
      'Not moved: scheduler leases (a new leader is elected on start). The SQLite file is left as it was.',
      'Next: start the bot (every process) with DATABASE_URL set to this database.',
      '',
    ].join('\n'),
  );
}

const url = { value: '' };
main(process.argv.slice(2), url).catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  const safe = url.value ? redactPassword(message, url.value) : message;
  if (err instanceof MoveError || err instanceof DatabaseUrlError || err instanceof ConfigError)
    exitWithError(safe, err instanceof MoveError ? 1 : 2);
  exitWithError(`move failed: ${safe.replace(/\s+/g, ' ').trim()}`, 1);
});
