/**
 * What an operator needs to know at a glance, shared by /healthz, /reminders status and the moderators' /about
 * detail: is the gateway up, does the database answer, when did the scheduler last tick, how many posts went out
 * today (UTC), and the last error the bot logged.
 */
import type { Store } from '../knowledge/store/store.js';
import { redact, type Logger } from '../logger.js';

export interface HealthFacts {
  lastTickAt: Date | null;
  postsToday: number | null;
  lastError: { message: string; at: Date } | null;
}

export interface HealthVerdict {
  ok: boolean;
  /** One line: "ok", or what is wrong. */
  reason: string;
}

const MAX_ERROR_TEXT = 300;

export class HealthState {
  private lastTick: Date | null = null;
  private lastErr: { message: string; at: Date } | null = null;

  constructor(private readonly now: () => Date = () => new Date()) {}

  recordTick(at: Date = this.now()): void {
    this.lastTick = at;
  }

  recordError(message: string, at: Date = this.now()): void {
    this.lastErr = { message: redact(message).replace(/\s+/g, ' ').slice(0, MAX_ERROR_TEXT), at };
  }

  /** Posts today come from the ledger, so they survive a restart; a failing database reads as null. */
  async facts(store: Pick<Store, 'ledger'>): Promise<HealthFacts> {
    const now = this.now();
    const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    let postsToday: number | null;
    try {
      postsToday = await store.ledger.postsSentSince(midnight);
    } catch {
      postsToday = null;
    }
    return { lastTickAt: this.lastTick, postsToday, lastError: this.lastErr };
  }
}

/** Healthy only when the gateway is ready and the database answers a query. */
export async function checkHealth(
  gateway: { ready: boolean; status: string },
  store: Pick<Store, 'ping'>,
): Promise<HealthVerdict> {
  if (!gateway.ready) return { ok: false, reason: `gateway not ready (status: ${gateway.status})` };
  try {
    await store.ping();
  } catch (error) {
    return {
      ok: false,
      reason: `database not answering: ${error instanceof Error ? error.message : String(error)}`.replace(/\s+/g, ' '),
    };
  }
  return { ok: true, reason: 'ok' };
}

/** A logger that also remembers its last error line for the health facts. */
export function rememberingErrors(log: Logger, health: HealthState): Logger {
  return {
    debug: (m, e) => log.debug(m, e),
    info: (m, e) => log.info(m, e),
    warn: (m, e) => log.warn(m, e),
    error: (m, e) => {
      const detail = e instanceof Error ? e.message : e && typeof e === 'object' && 'error' in e ? String(e.error) : '';
      health.recordError(detail ? `${m}: ${detail}` : m);
      log.error(m, e);
    },
  };
}
