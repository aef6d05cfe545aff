import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import { commandCollection, ALL_COMMANDS } from '../commands/index.js';
import type { BotContext } from '../commands/types.js';
import { ListSessions } from '../commands/shared/list-sessions.js';
import { ALL_COMPONENTS } from '../components/index.js';
import { interactionCreate } from '../events/interaction-create.js';
import { onReady } from '../events/ready.js';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Db } from '../knowledge/store/db.js';
import type { Logger } from '../logger.js';
import { startScheduler, type SchedulerHandle } from '../scheduler/cron.js';
import { channelPoster } from './channel-poster.js';
import { CLIENT_CACHE_OPTIONS } from './client-caches.js';
import { InFlight, settlesWithin } from './in-flight.js';
import { SHUTDOWN_GRACE_MS } from './shutdown.js';

export interface Bot {
  client: Client;
  ctx: BotContext;
  /** The reminder scheduler once ready (undefined before, or with `scheduler: false`); tests call `tickNow()`. */
  readonly scheduler: SchedulerHandle | undefined;
  /** Resolves once the client is ready and the scheduler runs. */
  start(token: string): Promise<void>;
  /** Waits up to `graceMs` (default 10 s) for interactions being answered and a running tick, then logs out. */
  stop(graceMs?: number): Promise<void>;
}

export interface BotOptions {
  kb: KnowledgeBase;
  db: Db;
  config: Config;
  log: Logger;
  now?: () => Date;
  clientOptions?: Partial<ClientOptions>;
  /** Off in tests that drive the scheduler themselves. */
  scheduler?: boolean;
}

/** Wires commands, components and events to a discord.js Client; the caller decides where it logs in. */
export function createBot(options: BotOptions): Bot {
  const now = options.now ?? (() => new Date());
  const ctx: BotContext = { kb: options.kb, db: options.db, config: options.config, log: options.log, now, lists: new ListSessions() };
  // Slash commands need only the Guilds intent: no message content, no member lists.
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...CLIENT_CACHE_OPTIONS, ...options.clientOptions });
  const onInteraction = interactionCreate(commandCollection(ALL_COMMANDS), ALL_COMPONENTS, ctx);
  const inFlight = new InFlight();
  client.on(Events.InteractionCreate, (i) => void inFlight.track(onInteraction(i)));
  client.on('error', (error) => options.log.error('discord client error', error));
  client.on('shardDisconnect', (_event, shard) => options.log.warn(`gateway shard ${shard} disconnected`));
  client.on('shardResume', (shard) => options.log.info(`gateway shard ${shard} resumed`));

  let scheduler: SchedulerHandle | undefined;
  client.once(Events.ClientReady, (readyClient) => {
    onReady(readyClient, options.log);
    if (options.scheduler === false) return;
    scheduler = startScheduler({
      db: options.db,
      getFacts: () => options.kb.facts(),
      poster: channelPoster(client),
      log: options.log,
      clock: now,
      belatedWindowMs: options.config.belatedWindowMs,
    });
  });

  return {
    client,
    ctx,
    get scheduler() {
      return scheduler;
    },
    async start(token: string) {
      const isReady = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await isReady;
    },
    async stop(graceMs = SHUTDOWN_GRACE_MS) {
      const started = Date.now();
      const tickDone = await settlesWithin(scheduler?.stop() ?? Promise.resolve(), graceMs);
      const answered = await inFlight.idle(graceMs - (Date.now() - started));
      if (!tickDone || !answered) options.log.warn(`stopping after ${graceMs} ms with work unfinished (${inFlight.size} interaction(s))`);
      await client.destroy();
    },
  };
}
