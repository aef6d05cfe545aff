/**
 * Child process for bench/memory.ts: the bot logged into the parent's LocalDiscord, with either discord.js's
 * default caches ("default", what Corridor used before) or Corridor's limits ("limited"). Answers "measure"
 * messages with its memory after a full GC and the sizes of the caches that grow with members.
 *
 *   node --expose-gc --import tsx bench/memory-bot.ts <default|limited> <db path> <rest base> <token> <application id>
 */
import { Options } from 'discord.js';
import { createBot } from '../src/bot/create-bot.js';
import { TEST_REST_OPTIONS } from '@corridor/local-discord';
import { openKnowledge } from '../src/knowledge/open.js';
import { silentLogger } from '../src/logger.js';

const [mode, dbPath, restBase, token, clientId] = process.argv.slice(2);
if ((mode !== 'default' && mode !== 'limited') || !dbPath || !restBase || !token || !clientId || !process.send) {
  process.stderr.write(
    'usage (forked with IPC): memory-bot <default|limited> <db> <rest base> <token> <application id>\n',
  );
  process.exit(2);
}
const discordDefaults =
  mode === 'default'
    ? { makeCache: Options.cacheWithLimits(Options.DefaultMakeCacheSettings), sweepers: Options.DefaultSweeperSettings }
    : {};
const { store, kb } = await openKnowledge(dbPath);
const bot = createBot({
  kb,
  store,
  log: silentLogger,
  scheduler: false,
  config: {
    token,
    clientId,
    databasePath: dbPath,
    moderatorRoleIds: [],
    logLevel: 'silent',
    defaultTimezone: 'Asia/Singapore',
    belatedWindowMs: 12 * 3_600_000,
  },
  clientOptions: { waitGuildTimeout: 1000, rest: { ...TEST_REST_OPTIONS, api: restBase }, ...discordDefaults },
});
await bot.start(token);

process.on('message', (message) => void onMessage(message));

async function onMessage(message: unknown): Promise<void> {
  if (message === 'stop') {
    await bot.stop(0);
    await store.close();
    process.exit(0);
  }
  if (message !== 'measure') return;
  for (let i = 0; i < 3; i++) {
    globalThis.gc?.();
    await new Promise((r) => setImmediate(r));
  }
  const usage = process.memoryUsage();
  const guilds = [...bot.client.guilds.cache.values()];
  const messages = guilds
    .flatMap((g) => [...g.channels.cache.values()])
    .reduce((n, c) => n + ('messages' in c ? c.messages.cache.size : 0), 0);
  process.send!({
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    users: bot.client.users.cache.size,
    members: guilds.reduce((n, g) => n + g.members.cache.size, 0),
    messages,
  });
}
process.send({ ready: true });
