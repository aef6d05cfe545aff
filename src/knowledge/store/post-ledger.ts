/**
 * The post ledger (`post_ledger`, migration 1): one row per (guild, occasion, year) that the scheduler has ever
 * decided about. The PRIMARY KEY (guild_id, occasion, year) is what makes a post happen at most once: whoever
 * inserts the row first owns the occasion, in this process or in any other process using the same database file.
 *
 * Statuses:
 * - `claimed`: a poster owns it and is (or was, if the process died) about to post. Never re-sent.
 * - `sent`:    Discord accepted the message (`message_id`).
 * - `failed`:  Discord refused for good (channel gone, no permission) or the outcome is unknown; not retried.
 * - `skipped`: the posting time passed longer ago than the belated window (downtime), so it was not posted.
 *
 * Claims are taken with BEGIN IMMEDIATE, so two processes serialise on SQLite's write lock (busy_timeout waits)
 * instead of failing with SQLITE_BUSY mid-transaction.
 */
import { stmt, type Db } from './db.js';

export type LedgerStatus = 'claimed' | 'sent' | 'failed' | 'skipped';

export interface LedgerKey {
  guildId: string;
  /** e.g. "acfta:inForce", or "countdown:acfta:inForce" for a countdown post. */
  occasion: string;
  /** The year of the anniversary (not of the post, for countdowns across New Year). */
  year: number;
}

export interface LedgerEntry extends LedgerKey {
  status: LedgerStatus;
  claimedAt: string;
  sentAt: string | null;
  messageId: string | null;
  detail: string | null;
}

/** A post_ledger row as both backends return it. */
export interface LedgerRow {
  guild_id: string;
  occasion: string;
  year: number;
  status: LedgerStatus;
  claimed_at: string;
  sent_at: string | null;
  message_id: string | null;
  detail: string | null;
}

export function ledgerEntryFromRow(r: LedgerRow): LedgerEntry {
  return {
    guildId: r.guild_id,
    occasion: r.occasion,
    year: r.year,
    status: r.status,
    claimedAt: r.claimed_at,
    sentAt: r.sent_at,
    messageId: r.message_id,
    detail: r.detail,
  };
}

type Keys = LedgerKey | readonly LedgerKey[];
function list(keys: Keys): readonly LedgerKey[] {
  return Array.isArray(keys) ? (keys as readonly LedgerKey[]) : [keys as LedgerKey];
}

const MAX_DETAIL = 500;
/** Details are kept to 500 characters (exported for the PostgreSQL backend). */
export function cutLedgerDetail(detail: string): string {
  return detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL - 1)}…` : detail;
}

/**
 * Claims one occasion. Returns true only for the single caller (in any process) that inserted the row;
 * false if anyone already claimed, sent, failed or skipped it.
 */
export function claim(db: Db, entry: LedgerKey & { at: Date }): boolean {
  return claimAll(db, [entry], entry.at);
}

/**
 * Claims several occasions that will go out as ONE message: all or nothing, in one IMMEDIATE transaction.
 * Returns false (and claims nothing) if any of them already has a row. An empty list claims nothing and returns false.
 */
export function claimAll(db: Db, keys: readonly LedgerKey[], at: Date): boolean {
  if (keys.length === 0) return false;
  const insert = stmt(
    db,
    `INSERT INTO post_ledger (guild_id, occasion, year, status, claimed_at)
     VALUES (?, ?, ?, 'claimed', ?) ON CONFLICT (guild_id, occasion, year) DO NOTHING`,
  );
  const lost = new Error('claim lost');
  const tx = db.transaction(() => {
    for (const k of keys) {
      if (insert.run(k.guildId, k.occasion, k.year, at.toISOString()).changes !== 1) throw lost;
    }
  });
  try {
    tx.immediate();
    return true;
  } catch (error) {
    if (error === lost) return false;
    throw error;
  }
}

/** Discord accepted the message: every claim in it becomes `sent` with the message id. */
export function markSent(db: Db, keys: Keys, messageId: string, at: Date = new Date()): void {
  const statement = stmt(
    db,
    `UPDATE post_ledger SET status = 'sent', sent_at = ?, message_id = ?, detail = NULL
     WHERE guild_id = ? AND occasion = ? AND year = ?`,
  );
  db.transaction(() => {
    for (const k of list(keys)) statement.run(at.toISOString(), messageId, k.guildId, k.occasion, k.year);
  })();
}

/** Refused for good or outcome unknown: `failed`, never retried for this occasion and year. */
export function markFailed(db: Db, keys: Keys, detail: string): void {
  const statement = stmt(
    db,
    `UPDATE post_ledger SET status = 'failed', detail = ? WHERE guild_id = ? AND occasion = ? AND year = ?`,
  );
  db.transaction(() => {
    for (const k of list(keys)) statement.run(cutLedgerDetail(detail), k.guildId, k.occasion, k.year);
  })();
}

/**
 * Records occasions that were missed (posting time older than the belated window). Inserts a `skipped` row where
 * there is no row yet (an existing row of any status is left alone). Returns the keys newly recorded, so the
 * caller logs each miss exactly once, even with two processes.
 */
export function markSkipped(db: Db, keys: Keys, detail: string, at: Date = new Date()): LedgerKey[] {
  const statement = stmt(
    db,
    `INSERT INTO post_ledger (guild_id, occasion, year, status, claimed_at, detail)
     VALUES (?, ?, ?, 'skipped', ?, ?) ON CONFLICT (guild_id, occasion, year) DO NOTHING`,
  );
  const recorded: LedgerKey[] = [];
  db.transaction(() => {
    for (const k of list(keys)) {
      if (statement.run(k.guildId, k.occasion, k.year, at.toISOString(), cutLedgerDetail(detail)).changes === 1)
        recorded.push(k);
    }
  }).immediate();
  return recorded;
}

/**
 * Deletes CLAIMED rows so a later tick can try again. Only for when Discord definitively did not accept the post
 * (a transient failure after discord.js's own retries). Rows already sent/failed/skipped are never touched.
 */
export function release(db: Db, keys: Keys): void {
  const statement = stmt(
    db,
    `DELETE FROM post_ledger WHERE guild_id = ? AND occasion = ? AND year = ? AND status = 'claimed'`,
  );
  db.transaction(() => {
    for (const k of list(keys)) statement.run(k.guildId, k.occasion, k.year);
  })();
}

/**
 * Book-keeping only: claims older than `olderThan` whose post never reported back (the process died between claim
 * and post) become `failed` with an "interrupted" note, so `/reminders status` shows what happened. They are still
 * never re-sent. Returns how many rows changed.
 */
/** Run every tick: the partial index post_ledger_claimed (migration 8) keeps it off the rest of the ledger. */
export const MARK_INTERRUPTED_SQL = `UPDATE post_ledger SET status = 'failed',
       detail = 'interrupted between claim and post (not re-sent, to avoid a duplicate)'
     WHERE status = 'claimed' AND claimed_at < ?`;

export function markInterrupted(db: Db, olderThan: Date): number {
  return stmt(db, MARK_INTERRUPTED_SQL).run(olderThan.toISOString()).changes;
}

export function getEntry(db: Db, key: LedgerKey): LedgerEntry | null {
  const row = stmt(db, 'SELECT * FROM post_ledger WHERE guild_id = ? AND occasion = ? AND year = ?').get(
    key.guildId,
    key.occasion,
    key.year,
  ) as LedgerRow | undefined;
  return row ? ledgerEntryFromRow(row) : null;
}

/** Which of these keys already have a row (any status), as `ledgerKeyString` values ("guildId|occasion|year"). */
export function existingKeys(db: Db, keys: readonly LedgerKey[]): Set<string> {
  const statement = stmt(db, 'SELECT 1 FROM post_ledger WHERE guild_id = ? AND occasion = ? AND year = ?').pluck();
  const found = new Set<string>();
  for (const k of keys) if (statement.get(k.guildId, k.occasion, k.year) !== undefined) found.add(ledgerKeyString(k));
  return found;
}

export function ledgerKeyString(k: LedgerKey): string {
  return `${k.guildId}|${k.occasion}|${k.year}`;
}

/** A server's ledger, newest first (by claim time). */
export function history(db: Db, guildId: string, limit = 50): LedgerEntry[] {
  const rows = stmt(db, 'SELECT * FROM post_ledger WHERE guild_id = ? ORDER BY claimed_at DESC, occasion LIMIT ?').all(
    guildId,
    Math.max(1, Math.min(1000, Math.floor(limit))),
  ) as LedgerRow[];
  return rows.map(ledgerEntryFromRow);
}
