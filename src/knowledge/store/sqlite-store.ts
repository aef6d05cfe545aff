/**
 * The Store interface over the existing synchronous SQLite functions. Each method delegates to them, so the
 * bot's current callers and this store share one implementation (and one transaction per operation).
 */
import { resolve } from 'node:path';
import type { Fact } from '../schema.js';
import type { SeedNote } from '../seed-notes.js';
import { openDb, stmt, type Db } from './db.js';
import * as facts from './facts.js';
import * as guilds from './guild-settings.js';
import * as ledger from './post-ledger.js';
import * as leases from './leases.js';
import * as reports from './reports.js';
import * as unanswered from './unanswered.js';
import * as fotd from './fact-of-the-day.js';
import { postsSentSince } from './ledger-stats.js';
import { migrate } from './migrations.js';
import { StoredSessions, sweepExpiredSessions, type StoredSessionOptions } from './sessions.js';
import type { FactWrite, FactsChangedListener, SessionScope, Store } from './store.js';
import { writeManyNow } from './write-many.js';
import { WriteManyThread } from './write-many-thread.js';

export const SQLITE_FACT_POLL_MS = 500;

/**
 * From this many writes a writeMany runs on a worker thread: 1,000 writes in one transaction held the event loop for
 * 36–60 ms; a hundred take a few, less than handing them to the worker and back costs the thread that waits.
 */
export const WRITE_MANY_WORKER_AT = 100;

export interface SqliteStoreOptions {
  /** How often `onFactsChanged` polls data_version for other processes' commits. */
  pollMs?: number;
  /**
   * Whether close() closes `db` (default true). False when the store wraps a connection someone else closes
   * (the bot: its shutdown closes the database once, after the scheduler has stopped).
   */
  ownsDb?: boolean;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly listeners = new Set<FactsChangedListener>();
  private timer: NodeJS.Timeout | undefined;
  private seenDataVersion = 0;
  private seenRevision = 0;
  private writer: WriteManyThread | undefined;

  /** Takes ownership of `db` (close() closes it) unless `ownsDb: false`. */
  constructor(
    readonly db: Db,
    private readonly options: SqliteStoreOptions = {},
  ) {}

  /** `migrate: false` leaves migrating to `migrate()` (the contract tests race two of them). */
  static open(path: string, options: SqliteStoreOptions & { migrate?: boolean } = {}): SqliteStore {
    return new SqliteStore(openDb(path, { migrate: options.migrate ?? true }), options);
  }

  async migrate(): Promise<number> {
    return migrate(this.db);
  }

  async ping(): Promise<void> {
    stmt(this.db, 'SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.listeners.clear();
    await this.writer?.close();
    this.writer = undefined;
    if ((this.options.ownsDb ?? true) && this.db.open) this.db.close();
  }

  private writeOne(w: FactWrite): facts.Revision | null {
    if (w.expectedVersion !== undefined) {
      // The version only: an import checks thousands of rows inside its transaction.
      const version = stmt(this.db, 'SELECT version FROM facts WHERE id = ?').pluck().get(w.id) as number | undefined;
      if ((version ?? 0) !== w.expectedVersion) return null;
    }
    return facts.writeFact(this.db, w);
  }

  /**
   * A large writeMany on the worker thread's connection: the same transaction (writeManyNow), atomic there as here,
   * and committed before this resolves, so this connection's next read sees it. An in-memory database (the tests')
   * exists only on this connection and cannot be opened by a worker: it writes here, blocking as before.
   */
  private async writeManyOffThread(ws: readonly FactWrite[]): Promise<facts.Revision[] | null> {
    if (ws.length < WRITE_MANY_WORKER_AT || this.db.memory || this.db.name === '' || this.db.readonly)
      return writeManyNow(this.db, ws);
    this.writer ??= new WriteManyThread(resolve(this.db.name));
    return this.writer.run(ws);
  }

  readonly facts = {
    get: async (id: string) => facts.getFactRow(this.db, id),
    list: async (includeDeleted = false) => facts.listFacts(this.db, includeDeleted),
    write: async (w: FactWrite) => {
      const revision = this.db.transaction(() => this.writeOne(w)).immediate();
      if (revision) this.emitIfNewRevision();
      return revision;
    },
    writeMany: async (ws: readonly FactWrite[]) => {
      const revisions = await this.writeManyOffThread(ws);
      if (revisions?.length) this.emitIfNewRevision();
      return revisions;
    },
    seed: async (list: readonly Fact[], at: string, notes?: readonly SeedNote[]) => {
      const report = facts.seedFacts(this.db, list, at, notes);
      if (report.inserted + report.refreshed > 0) this.emitIfNewRevision();
      return report;
    },
    latestRevisionId: async () => facts.latestRevisionId(this.db),
    changedSince: async (after: number, upTo: number) => facts.changedFactIds(this.db, after, upTo),
    page: async (afterId: string, limit: number) =>
      (
        stmt(this.db, 'SELECT id, data, version, deleted FROM facts WHERE id > ? ORDER BY id LIMIT ?').all(
          afterId,
          limit,
        ) as { id: string; data: string; version: number; deleted: number }[]
      ).map((r) => ({ ...r, deleted: r.deleted === 1 })),
    revisions: async (factId: string) => facts.listRevisions(this.db, factId),
    revision: async (id: number) => facts.getRevision(this.db, id),
  };

  readonly guilds = {
    get: async (guildId: string) => guilds.getGuildSettings(this.db, guildId),
    upsert: async (patch: guilds.GuildSettingsPatch, at?: Date) => guilds.upsertGuildSettings(this.db, patch, at),
    disable: async (guildId: string, at?: Date) => guilds.disableGuild(this.db, guildId, at),
    listEnabled: async () => guilds.listEnabledGuilds(this.db),
    listDue: async (nowMs: number) => guilds.listDueGuilds(this.db, nowMs),
    setNextPostAt: async (seen: Pick<guilds.GuildSettings, 'guildId' | 'updatedAt'>, ms: number) =>
      guilds.setNextPostAt(this.db, seen, ms),
    nextPostTimes: async () => guilds.nextPostTimes(this.db),
    getNextPostAt: async (guildId: string) => guilds.getNextPostAt(this.db, guildId),
    recordError: async (guildId: string, message: string, at?: Date) =>
      guilds.recordGuildError(this.db, guildId, message, at),
    clearError: async (guildId: string) => guilds.clearGuildError(this.db, guildId),
  };

  readonly ledger = {
    claim: async (entry: ledger.LedgerKey & { at: Date }) => ledger.claim(this.db, entry),
    claimAll: async (
      keys: readonly ledger.LedgerKey[],
      at: Date,
      pick?: { guildId: string; localDate: string; factId: string },
    ) =>
      // The same shape as scheduler/run.ts: the pick is recorded with the claim, all or nothing.
      this.db
        .transaction(() => {
          if (!ledger.claimAll(this.db, keys, at)) return false;
          if (pick) fotd.recordFactOfTheDay(this.db, pick.guildId, pick.localDate, pick.factId);
          return true;
        })
        .immediate(),
    markSent: async (keys: ledger.LedgerKey | readonly ledger.LedgerKey[], messageId: string, at?: Date) =>
      ledger.markSent(this.db, keys, messageId, at),
    markFailed: async (keys: ledger.LedgerKey | readonly ledger.LedgerKey[], detail: string) =>
      ledger.markFailed(this.db, keys, detail),
    markSkipped: async (keys: ledger.LedgerKey | readonly ledger.LedgerKey[], detail: string, at?: Date) =>
      ledger.markSkipped(this.db, keys, detail, at),
    release: async (keys: ledger.LedgerKey | readonly ledger.LedgerKey[]) => ledger.release(this.db, keys),
    markInterrupted: async (olderThan: Date) => ledger.markInterrupted(this.db, olderThan),
    get: async (key: ledger.LedgerKey) => ledger.getEntry(this.db, key),
    existingKeys: async (keys: readonly ledger.LedgerKey[]) => ledger.existingKeys(this.db, keys),
    history: async (guildId: string, limit?: number) => ledger.history(this.db, guildId, limit),
    postsSentSince: async (since: Date) => postsSentSince(this.db, since),
  };

  readonly leases = {
    acquire: async (name: string, holder: string, now: number, ttlMs: number) =>
      leases.acquireLease(this.db, name, holder, now, ttlMs),
    renew: async (name: string, holder: string, now: number, ttlMs: number) =>
      leases.renewLease(this.db, name, holder, now, ttlMs),
    release: async (name: string, holder: string) => leases.releaseLease(this.db, name, holder),
    get: async (name: string) => leases.getLease(this.db, name),
  };

  readonly reports = {
    add: async (r: Omit<reports.Report, 'id' | 'status'>) => reports.addReport(this.db, r),
    submit: async (r: Omit<reports.Report, 'id' | 'status'>, limit?: { max: number; windowMs: number }) =>
      reports.submitReport(this.db, r, limit),
    open: async (limit?: number) => reports.openReports(this.db, limit),
    countOpen: async () => reports.countOpenReports(this.db),
    resolve: async (id: number) => reports.resolveReport(this.db, id),
  };

  readonly unanswered = {
    record: async (entry: unanswered.UnansweredEntry, cap?: number) => unanswered.recordUnanswered(this.db, entry, cap),
    count: async () => unanswered.countUnanswered(this.db),
    countGroups: async () => unanswered.countUnansweredGroups(this.db),
    groups: async (limit?: number) => unanswered.unansweredGroups(this.db, limit),
    find: async (refOrText: string) => unanswered.findUnansweredGroup(this.db, refOrText),
    removeGroup: async (group: Pick<unanswered.UnansweredGroup, 'key'>) =>
      unanswered.removeUnansweredGroup(this.db, group),
    lastId: async () => unanswered.lastUnansweredId(this.db),
    clear: async (upToId?: number) => unanswered.clearUnanswered(this.db, upToId),
  };

  readonly sessions = {
    scope: <T extends { ownerId: string }>(scope: string, options: StoredSessionOptions): SessionScope<T> => {
      const s = new StoredSessions<T>(this.db, scope, options);
      return {
        ttlMs: s.ttlMs,
        create: async (value: T) => s.create(value),
        get: async (key: string) => s.get(key),
        set: async (key: string, value: T) => s.set(key, value),
        take: async (key: string) => s.take(key),
        size: async () => s.size,
      };
    },
    sweepExpired: async (now: number) => sweepExpiredSessions(this.db, now),
  };

  readonly factOfTheDay = {
    recent: async (guildId: string, localDate: string) => fotd.recentFactsOfTheDay(this.db, guildId, localDate),
    record: async (guildId: string, localDate: string, factId: string) =>
      fotd.recordFactOfTheDay(this.db, guildId, localDate, factId),
  };

  /**
   * data_version changes when ANOTHER connection commits (any table), so it is polled; only a newer revision id
   * means facts changed. This store's own writes notify directly (they do not move its data_version).
   */
  async onFactsChanged(listener: FactsChangedListener): Promise<() => void> {
    if (this.listeners.size === 0) {
      this.seenDataVersion = this.dataVersion();
      this.seenRevision = facts.latestRevisionId(this.db);
      this.timer = setInterval(() => this.poll(), this.options.pollMs ?? SQLITE_FACT_POLL_MS);
      this.timer.unref();
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  private poll(): void {
    try {
      const version = this.dataVersion();
      if (version === this.seenDataVersion) return;
      this.seenDataVersion = version;
      this.emitIfNewRevision();
    } catch {
      // Busy or closed: the next poll tries again.
    }
  }

  private emitIfNewRevision(): void {
    if (this.listeners.size === 0) return;
    const latest = facts.latestRevisionId(this.db);
    if (latest === this.seenRevision) return;
    this.seenRevision = latest;
    for (const listener of this.listeners) listener(latest);
  }
}
