import type { Store } from '../knowledge/store/store.js';
import type { Logger } from '../logger.js';
import type { Bot } from './create-bot.js';

/** How long SIGTERM waits for answers being written and a running reminder tick (systemd/Docker give ~10 s). */
export const SHUTDOWN_GRACE_MS = 10_000;

export interface ShutdownOptions {
  bot: Pick<Bot, 'stop'>;
  store: Pick<Store, 'close'>;
  log: Logger;
  graceMs?: number;
  /** Runs first (e.g. stop the backup job), so nothing new starts while the bot drains. */
  beforeStop?: () => Promise<unknown> | undefined;
  /** Runs once the database is closed (e.g. release the run lock). */
  afterClose?: () => void;
  exit?: (code: number) => void;
}

/** On SIGINT/SIGTERM: let in-flight work finish (bounded), log out, then close the database and exit. */
export function installShutdown({
  bot,
  store,
  log,
  graceMs = SHUTDOWN_GRACE_MS,
  beforeStop,
  afterClose,
  exit = (code) => process.exit(code),
}: ShutdownOptions): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: finishing in-flight work (at most ${graceMs / 1000} s), then shutting down`);
    await beforeStop?.();
    await bot.stop(graceMs).catch((e: unknown) => log.warn('error while stopping', e));
    await store.close().catch((e: unknown) => log.warn('error while closing the database', e));
    afterClose?.();
    log.info('database closed');
    exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
