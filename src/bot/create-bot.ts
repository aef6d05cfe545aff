import { Client, Events, GatewayIntentBits, Status, type ClientOptions } from 'discord.js';
import { commandCollection, ALL_COMMANDS } from '../commands/index.js';
import type { BotContext } from '../commands/types.js';
import { ListSessions } from '../commands/shared/list-sessions.js';
import { moderationSessions } from '../commands/facts/sessions.js';
import { ALL_COMPONENTS } from '../components/index.js';
import { interactionCreate } from '../events/interaction-create.js';
import { onReady } from '../events/ready.js';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { SqliteStore } from '../knowledge/store/sqlite-store.js';
import type { Store } from '../knowledge/store/store.js';
import type { Logger } from '../logger.js';
import { FACT_KINDS } from '../knowledge/schema.js';
import { checkHealth, HealthState, rememberingErrors } from '../ops/health.js';
import { scopedLogger } from '../ops/log-scope.js';
import { countTick, createMetrics, type BotMetrics, type GatewayState } from '../ops/metrics.js';
import { startOpsServer, type OpsServer } from '../ops/server.js';
import { startScheduler, type SchedulerHandle } from '../scheduler/cron.js';
import { startLeadership, type Leadership } from '../scheduler/leader.js';
import { startJobs, type RunningJobs } from '../scheduler/jobs.js';
import { periodicJobs } from './periodic-jobs.js';
import { watchFacts, type FactWatch } from '../knowledge/watch-facts.js';
import { channelPoster } from './channel-poster.js';
import { SeriesCharts } from '../render/chart/series-charts.js';
import { CLIENT_CACHE_OPTIONS } from './client-caches.js';
import { InFlight, settlesWithin } from './in-flight.js';
import { SHUTDOWN_GRACE_MS } from './shutdown.js';
import { loadDictionaries } from '../knowledge/search/dictionaries.js';

export interface Bot {
  client: Client;
  ctx: BotContext;
  /** The reminder scheduler once ready (undefined before, or with `scheduler: false`); tests call `tickNow()`. */
  readonly scheduler: SchedulerHandle | undefined;
  metrics: BotMetrics;
  health: HealthState;
  /** The /metrics + /healthz server (when `config.metricsPort` is set); started with the bot, never awaited by it. */
  readonly ops: OpsServer | undefined;
  /** Resolves once the client is ready and the scheduler runs. */
  start(token: string): Promise<void>;
  /** Waits up to `graceMs` (default 10 s) for interactions being answered and a running tick, then logs out. */
  stop(graceMs?: number): Promise<void>;
}

export interface BotOptions {
  kb: KnowledgeBase;
  /** The bot's store; whoever opened it closes it (bot/shutdown.ts), after stop(). */
  store: Store;
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
  const health = new HealthState(now);
  // Scoped: inside an interaction, lines carry its command, server id and interaction id (see ops/log-scope.ts).
  const log = scopedLogger(rememberingErrors(options.log, health));
  const apiUrl = options.config.discordApiUrl;
  // Slash commands need only the Guilds intent: no message content, no member lists.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...CLIENT_CACHE_OPTIONS,
    ...options.clientOptions,
    ...(apiUrl && !options.clientOptions?.rest ? { rest: { api: apiUrl } } : {}),
  });
  const ctx: BotContext = {
    kb: options.kb,
    store: options.store,
    config: options.config,
    log,
    now,
    lists: new ListSessions(),
    health: () => health.facts(options.store),
    charts: new SeriesCharts(),
    sessions: moderationSessions(options.store, now),
    jobs: () => jobs?.status() ?? [],
    poster: channelPoster(client),
  };
  const gateway = (): GatewayState & { status: string } => ({
    ready: client.isReady() && client.ws.status === Status.Ready,
    status: Status[client.ws.status] ?? String(client.ws.status),
    pingMs: client.ws.ping,
    shards: [...client.ws.shards.values()].map((s) => ({ id: s.id, status: s.status })),
  });
  const metrics = createMetrics({ facts: () => options.kb.facts(), gateway, factKinds: FACT_KINDS });
  const onInteraction = interactionCreate(commandCollection(ALL_COMMANDS), ALL_COMPONENTS, ctx, metrics);
  const inFlight = new InFlight();
  client.on(Events.InteractionCreate, (i) => void inFlight.track(onInteraction(i)));
  client.on('error', (error) => log.error('discord client error', error));
  client.on('shardDisconnect', (_event, shard) => log.warn(`gateway shard ${shard} disconnected`));
  client.on('shardResume', (shard) => log.info(`gateway shard ${shard} resumed`));

  let ops: OpsServer | undefined;
  const startOps = () => {
    const port = options.config.metricsPort;
    if (port === undefined || ops) return;
    ops = startOpsServer({
      host: options.config.metricsHost ?? '127.0.0.1',
      port,
      registry: metrics.registry,
      health: () => checkHealth(gateway(), options.store),
      log,
    });
  };

  let scheduler: SchedulerHandle | undefined;
  let jobs: RunningJobs | undefined;
  let leadership: Leadership | undefined;
  let leadershipStarting: Promise<Leadership | undefined> | undefined;
  let factWatch: Promise<FactWatch | undefined> | undefined;
  client.once(Events.ClientReady, (readyClient) => {
    onReady(readyClient, log);
    // After READY, so start-up is not slower; the next turn, so the ready handlers run first.
    setImmediate(() => log.info(`search dictionaries loaded in ${Math.round(loadDictionaries())} ms`));
    if (options.scheduler === false) return;
    // Every process has a scheduler, but only the holder of the database lease ticks (several processes, one file).
    let crash: unknown;
    const schedule = startScheduler({
      store: ctx.store,
      getFacts: () => options.kb.facts(),
      poster: ctx.poster,
      log,
      clock: now,
      belatedWindowMs: options.config.belatedWindowMs,
      tickOnStart: false,
      // Driven by the job list below, with the other periodic jobs.
      expression: null,
      onTickError: (error) => {
        crash = error;
      },
      factsVersion: () => options.kb.revisionId,
      shouldTick: () => leadership?.isLeader() ?? false,
      onTick: (result, at) => {
        log.debug('reminders: tick done', { sent: result.sent.length, failed: result.failed.length });
        health.recordTick(at);
        countTick(metrics, result);
      },
    });
    scheduler = schedule;
    const takeCrash = () => {
      const taken = crash;
      crash = undefined;
      return taken;
    };
    jobs = startJobs(
      periodicJobs({
        store: options.store,
        ...(options.store instanceof SqliteStore ? { sqliteDb: options.store.db } : {}),
        config: options.config,
        log,
        clock: now,
        anniversaries: { handle: schedule, takeCrash },
      }),
      { log, clock: now },
    );
    log.info(
      `periodic jobs: ${jobs
        .status()
        .map((j) => `${j.name} (${j.schedule})`)
        .join(', ')}`,
    );
    leadershipStarting = startLeadership({
      store: ctx.store,
      log,
      leaseMs: options.config.schedulerLeaseMs,
      // On becoming leader (start-up or takeover): a catch-up tick, once `leadership` is assigned.
      onLead: () => void setImmediate(() => void schedule.tickNow()),
    }).then(
      (started) => {
        leadership = started;
        return started;
      },
      (error: unknown) => {
        log.error('leader: could not start leader election; this process will not run the scheduler', error);
        return undefined;
      },
    );
  });

  return {
    client,
    ctx,
    get scheduler() {
      return scheduler;
    },
    metrics,
    health,
    get ops() {
      return ops;
    },
    async start(token: string) {
      // Before login, so /healthz answers 503 "not ready" while connecting; not awaited: it must never delay start-up.
      startOps();
      // Another process on this database (a second instance, a CLI import) may change the facts: follow it.
      factWatch ??= watchFacts({
        store: options.store,
        kb: options.kb,
        onRefresh: (ms) =>
          log.info('facts changed in another process; search index updated', {
            facts: options.kb.size,
            ms: Math.round(ms),
          }),
        onError: (error) =>
          log.warn('could not check for fact changes', {
            error: error instanceof Error ? error.message : String(error),
          }),
      }).catch((error: unknown) => {
        log.error('could not follow fact changes from other processes; this one answers from its own copy', error);
        return undefined;
      });
      await factWatch;
      const isReady = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await isReady;
    },
    async stop(graceMs = SHUTDOWN_GRACE_MS) {
      const started = Date.now();
      const tickDone = await settlesWithin(Promise.all([jobs?.stop(), scheduler?.stop()]), graceMs);
      // After the tick: another process may take over at once instead of waiting for the lease to expire.
      await (await leadershipStarting)?.stop();
      (await factWatch)?.stop();
      const answered = await inFlight.idle(graceMs - (Date.now() - started));
      if (!tickDone || !answered)
        log.warn(`stopping after ${graceMs} ms with work unfinished (${inFlight.size} interaction(s))`);
      await client.destroy();
      await ops?.close();
    },
  };
}
