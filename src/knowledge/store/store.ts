/**
 * One asynchronous store interface with two backends: SQLite (the file the bot uses today, see sqlite-store.ts)
 * and PostgreSQL (pg/pg-store.ts, for several processes on several machines). Every operation that is one
 * transaction in the sync functions stays one transaction here, in both backends.
 */
import type { Fact } from '../schema.js';
import type { SeedNote } from '../seed-notes.js';
import type { Revision, SeedReport, StoredFact, WriteFact } from './facts.js';
import type { GuildSettings, GuildSettingsPatch } from './guild-settings.js';
import type { Lease } from './leases.js';
import type { LedgerEntry, LedgerKey } from './post-ledger.js';
import type { Report, ReportOutcome } from './reports.js';
import type { StoredSessionOptions } from './sessions.js';
import type { UnansweredEntry, UnansweredGroup } from './unanswered.js';

export type StoreKind = 'sqlite' | 'postgres';

/** A fact row as stored, unparsed: an import compares thousands of them without parsing each. */
export interface RawFactRow {
  id: string;
  data: string;
  version: number;
  deleted: boolean;
}

/** A conditional fact write: `expectedVersion` 0 means "must not exist yet"; omitted means unconditional. */
export type FactWrite = WriteFact & { expectedVersion?: number };

export interface FactStore {
  get(id: string): Promise<StoredFact | undefined>;
  list(includeDeleted?: boolean): Promise<StoredFact[]>;
  /**
   * Writes the fact and its revision in one transaction. Null (and nothing written) when `expectedVersion` is
   * given and the stored version differs: the check-then-write of add/edit/remove/restore/revert is atomic.
   */
  write(w: FactWrite): Promise<Revision | null>;
  /** Several writes as one transaction (an import): all or nothing; null if any expectation fails. */
  writeMany(ws: readonly FactWrite[]): Promise<Revision[] | null>;
  /** Brings shipped seed facts in without overwriting moderators' work (see seedFacts in facts.ts). */
  seed(facts: readonly Fact[], at: string, notes?: readonly SeedNote[]): Promise<SeedReport>;
  latestRevisionId(): Promise<number>;
  /** The facts changed by revisions after `after` up to `upTo` (each id once). */
  changedSince(after: number, upTo: number): Promise<string[]>;
  /** Up to `limit` rows (removed ones too) with ids after `afterId`, by id: the store a page at a time. */
  page(afterId: string, limit: number): Promise<RawFactRow[]>;
  revisions(factId: string): Promise<Revision[]>;
  revision(id: number): Promise<Revision | undefined>;
}

export interface GuildStore {
  get(guildId: string): Promise<GuildSettings | null>;
  /** Validates (throws GuildSettingsError) and writes in one transaction; resets next_post_ms to 0. */
  upsert(patch: GuildSettingsPatch, at?: Date): Promise<GuildSettings>;
  disable(guildId: string, at?: Date): Promise<boolean>;
  listEnabled(): Promise<GuildSettings[]>;
  /** Enabled servers with a channel whose next_post_ms is at or before `nowMs`, sorted by guild id. */
  listDue(nowMs: number): Promise<GuildSettings[]>;
  setNextPostAt(seen: Pick<GuildSettings, 'guildId' | 'updatedAt'>, ms: number): Promise<boolean>;
  nextPostTimes(): Promise<Map<string, number>>;
  getNextPostAt(guildId: string): Promise<number | null>;
  recordError(guildId: string, message: string, at?: Date): Promise<void>;
  clearError(guildId: string): Promise<void>;
}

export type LedgerKeys = LedgerKey | readonly LedgerKey[];

/** Recorded in the same transaction as a claim, so a lost race records nothing (scheduler/run.ts). */
export interface FactOfTheDayPick {
  guildId: string;
  localDate: string;
  factId: string;
}

export interface LedgerStore {
  /** True only for the one caller, in any process, whose insert created the row. */
  claim(entry: LedgerKey & { at: Date }): Promise<boolean>;
  /** All or nothing; an empty list claims nothing and returns false. */
  claimAll(keys: readonly LedgerKey[], at: Date, pick?: FactOfTheDayPick): Promise<boolean>;
  markSent(keys: LedgerKeys, messageId: string, at?: Date): Promise<void>;
  markFailed(keys: LedgerKeys, detail: string): Promise<void>;
  /** Returns the keys newly recorded as skipped (rows of any status are left alone). */
  markSkipped(keys: LedgerKeys, detail: string, at?: Date): Promise<LedgerKey[]>;
  /** Deletes only rows still `claimed`. */
  release(keys: LedgerKeys): Promise<void>;
  /** The sweep: claims older than `olderThan` become `failed` ("interrupted"); returns how many. */
  markInterrupted(olderThan: Date): Promise<number>;
  get(key: LedgerKey): Promise<LedgerEntry | null>;
  existingKeys(keys: readonly LedgerKey[]): Promise<Set<string>>;
  history(guildId: string, limit?: number): Promise<LedgerEntry[]>;
  postsSentSince(since: Date): Promise<number>;
}

export interface LeaseStore {
  acquire(name: string, holder: string, now: number, ttlMs: number): Promise<boolean>;
  renew(name: string, holder: string, now: number, ttlMs: number): Promise<boolean>;
  release(name: string, holder: string): Promise<boolean>;
  get(name: string): Promise<Lease | null>;
}

export type ReportInput = Omit<Report, 'id' | 'status'>;

export interface ReportStore {
  add(r: ReportInput): Promise<Report>;
  /** Too-short and per-member rate limit; counting and inserting are one atomic step. */
  submit(r: ReportInput, limit?: { max: number; windowMs: number }): Promise<ReportOutcome>;
  open(limit?: number): Promise<Report[]>;
  countOpen(): Promise<number>;
  resolve(id: number): Promise<boolean>;
}

export interface UnansweredStore {
  record(entry: UnansweredEntry, cap?: number): Promise<void>;
  count(): Promise<number>;
  countGroups(): Promise<number>;
  groups(limit?: number): Promise<UnansweredGroup[]>;
  find(refOrText: string): Promise<UnansweredGroup | undefined>;
  removeGroup(group: Pick<UnansweredGroup, 'key'>): Promise<number>;
  lastId(): Promise<number>;
  clear(upToId?: number): Promise<number>;
}

/** The async twin of StoredSessions (sessions.ts): a scope of drafts or pending imports with expiry. */
export interface SessionScope<T extends { ownerId: string }> {
  readonly ttlMs: number;
  create(value: T): Promise<string>;
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  /** Removes and returns in one statement: only one caller (or process) gets it. */
  take(key: string): Promise<T | undefined>;
  size(): Promise<number>;
}

export interface SessionStore {
  scope<T extends { ownerId: string }>(scope: string, options: StoredSessionOptions): SessionScope<T>;
  /** Deletes every expired session (all scopes); reads already ignore them, this keeps the table small. */
  sweepExpired(now: number): Promise<number>;
}

export interface FactOfTheDayStore {
  recent(guildId: string, localDate: string): Promise<Set<string>>;
  record(guildId: string, localDate: string, factId: string): Promise<void>;
}

/** Called after fact changes committed by any process; `latestRevisionId` is the newest revision seen. */
export type FactsChangedListener = (latestRevisionId: number) => void;

export interface Store {
  readonly kind: StoreKind;
  readonly facts: FactStore;
  readonly guilds: GuildStore;
  readonly ledger: LedgerStore;
  readonly leases: LeaseStore;
  readonly reports: ReportStore;
  readonly unanswered: UnansweredStore;
  readonly sessions: SessionStore;
  readonly factOfTheDay: FactOfTheDayStore;
  /** Applies missing migrations; safe when several processes start at once. Returns how many were applied. */
  migrate(): Promise<number>;
  /** Throws when the database does not answer a trivial query (health checks). */
  ping(): Promise<void>;
  /** Subscribes to fact changes from this and other processes; resolves (with the unsubscribe function) once listening. */
  onFactsChanged(listener: FactsChangedListener): Promise<() => void>;
  close(): Promise<void>;
}
