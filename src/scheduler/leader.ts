/**
 * Leader election over a lease row: of all the processes sharing one database, only the lease holder runs the
 * scheduler's ticks. Each process checks every `renewMs` (a third of the lease by default): the holder renews,
 * the others try to take over, which succeeds only once the holder has let the lease expire (killed, or stalled).
 * The post ledger still decides who posts: a stalled ex-leader finishing its tick cannot post a claimed occasion.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Db } from '../knowledge/store/db.js';
import { acquireLease, releaseLease, renewLease } from '../knowledge/store/leases.js';

export const SCHEDULER_LEASE = 'scheduler';
export const DEFAULT_LEASE_MS = 30_000;

export interface LeaderLog {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
}

export interface LeadershipOptions {
  db: Db;
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
  /** Renews or tries to take over now; returns whether this process leads afterwards. */
  check(): boolean;
  /** Stops checking and releases the lease if held. */
  stop(): void;
}

export function defaultHolder(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export function startLeadership(options: LeadershipOptions): Leadership {
  const { db, log } = options;
  const name = options.name ?? SCHEDULER_LEASE;
  const holder = options.holder ?? defaultHolder();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const renewMs = options.renewMs ?? Math.max(1, Math.floor(leaseMs / 3));
  const clock = options.clock ?? (() => Date.now());
  let heldUntil = 0;
  let leading = false;
  let stopped = false;

  const check = (): boolean => {
    if (stopped) return false;
    const now = clock();
    let held: boolean;
    try {
      held = leading ? renewLease(db, name, holder, now, leaseMs) : acquireLease(db, name, holder, now, leaseMs);
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

  check();
  const timer = options.timer === false ? undefined : setInterval(check, renewMs);
  timer?.unref();

  return {
    holder,
    isLeader: () => !stopped && leading && clock() < heldUntil,
    check,
    stop() {
      if (stopped) return;
      stopped = true;
      if (timer) clearInterval(timer);
      if (leading) {
        try {
          releaseLease(db, name, holder);
        } catch {
          // The lease expires on its own.
        }
      }
      leading = false;
    },
  };
}
