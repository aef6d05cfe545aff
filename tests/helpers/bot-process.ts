/**
 * Child process for tests/e2e/shutdown.test.ts: the bot as `npm start` runs it (same start-up, same signal
 * handling), logged into a LocalDiscord that the parent test runs. Prints "ready" once logged in.
 *
 *   node --import tsx tests/helpers/bot-process.ts <db path> <local REST base> <token> <application id> <home guild> <mod role>
 */
import { createBot } from '../../src/bot/create-bot.js';
import { installShutdown } from '../../src/bot/shutdown.js';
import { TEST_REST_OPTIONS } from '../../src/devtools/local-discord/index.js';
import { openKnowledge } from '../../src/knowledge/open.js';
import { createLogger } from '../../src/logger.js';

const [dbPath, restBase, token, clientId, homeGuildId, modRole] = process.argv.slice(2);
if (!dbPath || !restBase || !token || !clientId || !homeGuildId || !modRole) {
  process.stderr.write('usage: bot-process <db> <rest base> <token> <application id> <home guild> <mod role>\n');
  process.exit(2);
}
const log = createLogger('info', (line) => process.stdout.write(`${line}\n`));
const { db, kb } = openKnowledge(dbPath);
const bot = createBot({
  kb,
  db,
  log,
  scheduler: false,
  config: { token, clientId, homeGuildId, moderatorRoleIds: [modRole], databasePath: dbPath, logLevel: 'info', defaultTimezone: 'Asia/Singapore', belatedWindowMs: 12 * 3_600_000 },
  clientOptions: { waitGuildTimeout: 1000, rest: { ...TEST_REST_OPTIONS, api: restBase } },
});
installShutdown({ bot, db, log });
await bot.start(token);
process.stdout.write('ready\n');
