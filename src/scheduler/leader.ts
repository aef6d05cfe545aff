/**
 * Leader election over a lease row: of all the processes sharing one database, only the lease holder runs the
 * scheduler's ticks. Each process checks every `renewMs` (a third of the lease by default): the holder renews,
 * the others try to take over, which succeeds only once the holder has let the lease expire (killed, or stalled).
 * The post ledger still decides who posts: a stalled ex-leader finishing its tick cannot post a claimed occasion.
 * The lease rows live in the Store, so the same election runs on SQLite (one file) and PostgreSQL (many machines).
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Store } from '../knowledge/store/store.js';

export const SCHEDULER_LEASE = 'scheduler';
export const DEFAULT_LEASE_MS = 30_000;

export interface LeaderLog {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
}

export interface LeadershipOptions {
  store: Pick<Store, 'leases'>;
  log: LeaderLog;
  name?: string;
  /** Unique per process; host, pid and a random part by default. */
  holder?: string;
  leaseMs?: number;
  renewMs?: number;
  /** Wall clock in ms (shared by all processes through the lease row). */
  clock?: () => number;
  /** Called once each time this process becomes the leader (e.g. run a catch-up tick). */
  onLead?: () => void;
  /** Check on a timer (default true); tests call `check()` themselves. */
  timer?: boolean;
}

export interface Leadership {
  readonly holder: string;
  /** True while this process holds an unexpired lease. */
  isLeader(): boolean;
  /** Renews or tries to take over now; resolves whether this process leads afterwards. */
  check(): Promise<boolean>;
  /** Stops checking and releases the lease if held (after a check in progress has finished). */
  stop(): Promise<void>;
}

export function defaultHolder(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Resolves once the first check is done, so `isLeader()` already answers for this process. */
export async function startLeadership(options: LeadershipOptions): Promise<Leadership> {
  const { store, log } = options;
  const name = options.name ?? SCHEDULER_LEASE;
  const holder = options.holder ?? defaultHolder();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const renewMs = options.renewMs ?? Math.max(1, Math.floor(leaseMs / 3));
  const clock = options.clock ?? (() => Date.now());
  let heldUntil = 0;
  let leading = false;
  let stopped = false;
  // One check at a time: a slow database must not let a timer check and a test's check race on `leading`.
  let checking: Promise<boolean> | undefined;

  const checkOnce = async (): Promise<boolean> => {
    if (stopped) return false;
    const now = clock();
    let held: boolean;
    try {
      held = leading
        ? await store.leases.renew(name, holder, now, leaseMs)
        : await store.leases.acquire(name, holder, now, leaseMs);
    } catch (error) {
      // A busy or failing database: keep what we had until it expires by our own clock.
      log.warn('leader: could not reach the lease', { error: error instanceof Error ? error.message : String(error) });
      return leading && now < heldUntil;
    }
    if (held) heldUntil = now + leaseMs;
    if (held && !leading) {
      leading = true;
      log.info('leader: this process now runs the scheduler', { lease: name, holder });
      options.onLead?.();
    } else if (!held && leading) {
      leading = false;
      log.warn('leader: lost the lease; another process runs the scheduler', { lease: name, holder });
    }
    return leading;
  };
  const check = (): Promise<boolean> => {
    checking ??= checkOnce().finally(() => {
      checking = undefined;
    });
    return checking;
  };

  await check();
  const timer = options.timer === false ? undefined : setInterval(() => void check(), renewMs);
  timer?.unref();

  return {
    holder,
    isLeader: () => !stopped && leading && clock() < heldUntil,
    check,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (timer) clearInterval(timer);
      await checking;
      if (leading) {
        try {
          await store.leases.release(name, holder);
        } catch {
          // The lease expires on its own.
        }
      }
      leading = false;
    },
  };
}
