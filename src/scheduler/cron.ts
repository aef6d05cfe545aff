/**
 * Drives `runTick` once a minute with node-cron (v4: `cron.schedule(expression, fn, options)` creates AND starts
 * the task; `task.destroy()` stops it and removes it from node-cron's registry).
 *
 * - One tick runs immediately on start: catch-up after downtime (due posts go out belated, older ones are skipped).
 * - Ticks never overlap: if the previous tick is still running (a slow Discord), the new one is skipped; the next
 *   minute's tick picks up whatever is still due. Overlap would be harmless anyway (the ledger decides who posts)
 *   but would double the Discord calls.
 * - The clock is injectable so tests can drive `tickNow()` at chosen instants.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Fact } from '../knowledge/schema.js';
import type { Store } from '../knowledge/store/store.js';
import type { Poster } from './poster.js';
import { runTick, type SchedulerLog, type TickResult } from './run.js';

export interface SchedulerOptions {
  store: Store;
  getFacts: () => readonly Fact[] | Promise<readonly Fact[]>;
  poster: Poster;
  log: SchedulerLog;
  clock?: () => Date;
  belatedWindowMs?: number;
  /** Cron expression; every minute by default. null: no schedule of its own (the bot's job list drives `tickNow`). */
  expression?: string | null;
  /** Run a catch-up tick right away (default true). */
  tickOnStart?: boolean;
  /**
   * Changes whenever the facts change (e.g. the newest revision id). Given, a tick reads only the servers that are
   * due unless the facts changed since the last completed tick; without it every tick reads every server.
   */
  factsVersion?: () => unknown;
  /** Asked before each tick; false skips it (another process leads the scheduler, see leader.ts). */
  shouldTick?: () => boolean;
  /** Told about every completed tick (metrics, health). */
  onTick?: (result: TickResult, at: Date) => void;
  /** Told when a tick crashed (after it was logged). */
  onTickError?: (error: unknown) => void;
}

export interface SchedulerHandle {
  /** Stops the cron task and waits for a running tick to finish. */
  stop(): Promise<void>;
  /** Runs a tick now; resolves null (and does nothing) if a tick is running, the scheduler is stopped or does not lead. */
  tickNow(): Promise<TickResult | null>;
  /** True while a tick is running. */
  isBusy(): boolean;
}

export function startScheduler(options: SchedulerOptions): SchedulerHandle {
  const { store, getFacts, poster, log, clock = () => new Date(), belatedWindowMs } = options;
  let running: Promise<TickResult | null> | null = null;
  let stopped = false;
  // The facts version the last completed tick saw; a new anniversary may be due today, off any server's instant.
  let scannedVersion: { value: unknown } | undefined;

  const tickNow = (): Promise<TickResult | null> => {
    if (stopped) return Promise.resolve(null);
    if (options.shouldTick && !options.shouldTick()) return Promise.resolve(null);
    if (running) {
      log.info('reminders: previous tick still running, skipping this one');
      return Promise.resolve(null);
    }
    const tick = (async (): Promise<TickResult | null> => {
      try {
        const at = clock();
        const version = options.factsVersion?.();
        const scope =
          options.factsVersion && scannedVersion && Object.is(scannedVersion.value, version) ? 'due' : 'all';
        const result = await runTick({ store, now: at, getFacts, poster, log, belatedWindowMs, scope });
        scannedVersion = { value: version };
        options.onTick?.(result, at);
        return result;
      } catch (error) {
        // runTick handles per-server errors itself; this is a last line of defence: never crash the process.
        log.error('reminders: tick crashed', { error: error instanceof Error ? error.message : String(error) });
        options.onTickError?.(error);
        return null;
      } finally {
        running = null;
      }
    })();
    running = tick;
    return tick;
  };

  const expression = options.expression === undefined ? '* * * * *' : options.expression;
  const task: ScheduledTask | null =
    expression === null
      ? null
      : cron.schedule(
          expression,
          () => {
            void tickNow();
          },
          {
            name: 'corridor-reminders',
            logger: {
              info: (message) => log.info(`node-cron: ${message}`),
              warn: (message) => log.warn(`node-cron: ${message}`),
              error: (message, err) =>
                log.error(`node-cron: ${String(message)}`, err ? { error: err.message } : undefined),
              debug: () => {},
            },
          },
        );

  if (options.tickOnStart ?? true) void tickNow();

  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      await task?.destroy();
      if (running) await running;
    },
    tickNow,
    isBusy: () => running !== null,
  };
}
