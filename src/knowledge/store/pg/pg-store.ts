/**
 * The Store interface on PostgreSQL (node-postgres pool). Every statement is parameterised; each part lives in
 * its own file beside this one. Fact writes `pg_notify` on FACTS_CHANNEL inside their transaction, and
 * `onFactsChanged` LISTENs on a dedicated connection, so every process hears of changes as they commit.
 */
import pg from 'pg';
import type {
  FactOfTheDayStore,
  FactsChangedListener,
  FactStore,
  GuildStore,
  LeaseStore,
  LedgerStore,
  ReportStore,
  SessionStore,
  Store,
  UnansweredStore,
} from '../store.js';
import { pgFactOfTheDayStore } from './fact-of-the-day.js';
import { FACTS_CHANNEL, pgFactStore } from './facts.js';
import { pgGuildStore } from './guilds.js';
import { pgLeaseStore } from './leases.js';
import { pgLedgerStore } from './ledger.js';
import { migratePg } from './migrations.js';
import { pgReportStore } from './reports.js';
import { pgSessionStore } from './sessions.js';
import { pgUnansweredStore } from './unanswered.js';

export interface PgStoreOptions {
  connectionString: string;
  /** Connections in the pool (default 10). */
  max?: number;
  /** Give up connecting after this long (default 10 s): an unreachable server is an error, not a hang. */
  connectTimeoutMs?: number;
  /** Errors on idle connections and the LISTEN connection (already redacted by the caller's logger). */
  onError?: (error: Error) => void;
}

const RECONNECT_MS = 2_000;

export class PgStore implements Store {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  private readonly listeners = new Set<FactsChangedListener>();
  private listener: pg.Client | undefined;
  private listening: Promise<void> | undefined;
  private closed = false;

  readonly facts: FactStore;
  readonly guilds: GuildStore;
  readonly ledger: LedgerStore;
  readonly leases: LeaseStore;
  readonly reports: ReportStore;
  readonly unanswered: UnansweredStore;
  readonly sessions: SessionStore;
  readonly factOfTheDay: FactOfTheDayStore;

  constructor(private readonly options: PgStoreOptions) {
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    });
    // An idle connection dropped by the server emits here; unhandled, it would crash the process.
    this.pool.on('error', (error) => this.options.onError?.(error));
    this.facts = pgFactStore(this.pool);
    this.guilds = pgGuildStore(this.pool);
    this.ledger = pgLedgerStore(this.pool);
    this.leases = pgLeaseStore(this.pool);
    this.reports = pgReportStore(this.pool);
    this.unanswered = pgUnansweredStore(this.pool);
    this.sessions = pgSessionStore(this.pool);
    this.factOfTheDay = pgFactOfTheDayStore(this.pool);
  }

  migrate(): Promise<number> {
    return migratePg(this.pool);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async onFactsChanged(listener: FactsChangedListener): Promise<() => void> {
    this.listeners.add(listener);
    this.listening ??= this.listen().catch((error: unknown) => {
      this.listening = undefined; // the next subscriber tries again
      this.listeners.delete(listener);
      throw error;
    });
    await this.listening;
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stopListening();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    this.stopListening();
    await this.pool.end();
  }

  /** A dedicated connection: LISTEN belongs to a session, which a pooled connection would hand to others. */
  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      connectionTimeoutMillis: this.options.connectTimeoutMs ?? 10_000,
    });
    client.on('notification', (message) => {
      if (message.channel !== FACTS_CHANNEL) return;
      const id = Number(message.payload);
      for (const l of this.listeners) l(Number.isFinite(id) ? id : 0);
    });
    client.on('error', (error) => {
      this.options.onError?.(error);
      this.reconnect(client);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${FACTS_CHANNEL}`); // a constant identifier: LISTEN takes no parameters
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.listener = client;
  }

  /** After a dropped connection: listen again, then report the newest revision (notifications sent meanwhile are lost). */
  private reconnect(dead: pg.Client): void {
    if (this.listener !== dead) return;
    this.listener = undefined;
    void dead.end().catch(() => undefined);
    const retry = (): void => {
      if (this.closed || this.listeners.size === 0) return;
      this.listening = this.listen()
        .then(async () => {
          const latest = await this.facts.latestRevisionId();
          for (const l of this.listeners) l(latest);
        })
        .catch((error: unknown) => {
          this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
          setTimeout(retry, RECONNECT_MS).unref();
        });
    };
    setTimeout(retry, RECONNECT_MS).unref();
  }

  private stopListening(): void {
    const client = this.listener;
    this.listener = undefined;
    this.listening = undefined;
    void client?.end().catch(() => undefined);
  }
}
