import { createBot } from './bot/create-bot.js';
import { installShutdown } from './bot/shutdown.js';
import { configOrExit } from './env.js';
import { openKnowledge } from './knowledge/open.js';
import { acquireRunLock } from './knowledge/store/run-lock.js';
import { createLogger } from './logger.js';

const NO_TOKEN = `Corridor needs a Discord bot token to go online, and none is set. To get one: open
https://discord.com/developers/applications, create an application, open "Bot", press "Reset Token" and copy it
into a file named .env as DISCORD_TOKEN=... (see .env.example; also set DISCORD_CLIENT_ID from "General
Information"), invite the bot with the "bot" and "applications.commands" scopes, then run
"npm run deploy-commands" once and "npm start" again. Until then, here is the offline sandbox: the same bot,
answering in this terminal through a local stand-in for Discord (also available as "npm run sandbox").
`;

async function main(): Promise<void> {
  const config = configOrExit();
  if (!config.token) {
    process.stdout.write(`${NO_TOKEN}\n`);
    await import('./cli/sandbox.js');
    return;
  }
  const log = createLogger(config.logLevel, undefined, config.logFormat);
  // DATABASE_URL set: PostgreSQL, shared by every process on every host; else the SQLite file at DATABASE_PATH.
  const { store, kb, seed } = await openKnowledge({
    databasePath: config.databasePath,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    onError: (error) => log.warn('database connection error', { error: error.message }),
  });
  log.info(
    `fact base: ${kb.size} facts (${seed.inserted} new from seed data, ${seed.refreshed} refreshed), ` +
      `store: ${store.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite (${config.databasePath})`}`,
  );
  // SQLite: marks the file as in use so `npm run restore` refuses while this process runs.
  const lock = store.kind === 'sqlite' ? acquireRunLock(config.databasePath) : undefined;
  if (lock && lock.otherPid !== null)
    log.warn(`another Corridor process (pid ${lock.otherPid}) also uses ${config.databasePath}`);
  const bot = createBot({ kb, store, config, log });
  if ((config.backupKeep ?? 0) > 0)
    log.info(
      store.kind === 'sqlite'
        ? `backup: daily at "${config.backupSchedule}" into ${config.backupDir}, keeping the last ${config.backupKeep}`
        : 'backup: BACKUP_KEEP is for the SQLite file; with DATABASE_URL back PostgreSQL up with pg_dump',
    );

  process.on('unhandledRejection', (reason) => log.error('unhandled promise rejection', reason));
  installShutdown({ bot, store, log, afterClose: () => lock?.release() });
  await bot.start(config.token);
}

main().catch((err: unknown) => {
  process.stderr.write(`Corridor could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
