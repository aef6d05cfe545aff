import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIApplicationCommandInteractionDataOption } from 'discord-api-types/v10';
import { createBot, type Bot } from '../../src/bot/create-bot.js';
import type { Config } from '../../src/config.js';
import { DEFAULT_GUILD_ID, LocalDiscord, testClientOptions } from '@corridor/local-discord';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { openKnowledge } from '../../src/knowledge/open.js';
import type { Db } from '../../src/knowledge/store/db.js';
import { SqliteStore } from '../../src/knowledge/store/sqlite-store.js';
import { createLogger, type Logger } from '../../src/logger.js';

export const MOD_ROLE_ID = '500000000000000001';
export const HOME_GUILD_ID = DEFAULT_GUILD_ID;
export const OTHER_GUILD_ID = '100000000000000002';
export const OTHER_CHANNEL_ID = '200000000000000101';

export interface Harness {
  local: LocalDiscord;
  bot: Bot;
  kb: KnowledgeBase;
  store: SqliteStore;
  /** The store's SQLite connection, for tests that look at rows directly. */
  db: Db;
  config: Config;
  dbPath: string;
  logs: string[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  config?: Partial<Config>;
  now?: () => Date;
  /** The bot's own node-cron scheduler (off by default: scheduler tests drive ticks themselves). */
  scheduler?: boolean;
}

/** A real discord.js bot logged into a LocalDiscord, over a fresh temp database seeded with the shipped facts. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-e2e-'));
  const dbPath = join(dir, 'e2e.db');
  const { store, kb } = await openKnowledge(dbPath, { now: options.now });
  if (!(store instanceof SqliteStore)) throw new Error('the harness runs on a SQLite file');
  const db = store.db;
  const local = await LocalDiscord.start({
    guilds: [
      {
        id: HOME_GUILD_ID,
        name: 'Corridor Home',
        channels: [
          { id: '200000000000000001', name: 'general' },
          { id: '200000000000000002', name: 'announcements' },
          { id: '200000000000000003', name: 'mod-log' },
        ],
        roles: [{ id: MOD_ROLE_ID, name: 'Fact moderator' }],
      },
      { id: OTHER_GUILD_ID, name: 'Other Chamber', channels: [{ id: OTHER_CHANNEL_ID, name: 'general' }] },
    ],
  });
  const logs: string[] = [];
  const log: Logger = createLogger('debug', (line) => logs.push(line));
  const config: Config = {
    token: local.token,
    clientId: local.applicationId,
    homeGuildId: HOME_GUILD_ID,
    moderatorRoleIds: [MOD_ROLE_ID],
    databasePath: dbPath,
    logLevel: 'debug',
    defaultTimezone: 'Asia/Singapore',
    belatedWindowMs: 12 * 3_600_000,
    ...options.config,
  };
  const bot = createBot({
    kb,
    store,
    config,
    log,
    now: options.now,
    scheduler: options.scheduler ?? false,
    clientOptions: testClientOptions(local),
  });
  await bot.start(local.token);
  return {
    local,
    bot,
    kb,
    store,
    db,
    config,
    dbPath,
    logs,
    async stop() {
      await bot.stop();
      await local.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Raw option builders in Discord's wire format. */
export const opt = {
  string: (name: string, value: string, focused = false): APIApplicationCommandInteractionDataOption => ({
    name,
    type: 3,
    value,
    ...(focused ? { focused: true } : {}),
  }),
  integer: (name: string, value: number): APIApplicationCommandInteractionDataOption => ({ name, type: 4, value }),
  boolean: (name: string, value: boolean): APIApplicationCommandInteractionDataOption => ({ name, type: 5, value }),
  channel: (name: string, value: string): APIApplicationCommandInteractionDataOption => ({ name, type: 7, value }),
  sub: (
    name: string,
    options: APIApplicationCommandInteractionDataOption[] = [],
  ): APIApplicationCommandInteractionDataOption =>
    ({ name, type: 1, options }) as APIApplicationCommandInteractionDataOption,
};
