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
  const { db, kb, seed } = openKnowledge(config.databasePath);
  log.info(`fact base: ${kb.size} facts (${seed.inserted} new from seed data, ${seed.refreshed} refreshed)`);
  // Marks the database as in use so `npm run restore` refuses while this process runs.
  const lock = acquireRunLock(config.databasePath);
  if (lock.otherPid !== null)
    log.warn(`another Corridor process (pid ${lock.otherPid}) also uses ${config.databasePath}`);
  const bot = createBot({ kb, db, config, log });
  if ((config.backupKeep ?? 0) > 0)
    log.info(
      `backup: daily at "${config.backupSchedule}" into ${config.backupDir}, keeping the last ${config.backupKeep}`,
    );

  process.on('unhandledRejection', (reason) => log.error('unhandled promise rejection', reason));
  installShutdown({ bot, db, log, afterClose: () => lock.release() });
  await bot.start(config.token);
}

main().catch((err: unknown) => {
  process.stderr.write(`Corridor could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
