import { createHash } from 'node:crypto';
import { Fact } from '../schema.js';
import { noteFor, statementHash, type SeedNote } from '../seed-notes.js';
import { stmt, type Db } from './db.js';

export type RevisionAction = 'seed' | 'add' | 'edit' | 'remove' | 'restore' | 'revert' | 'import';

export interface Actor {
  id: string;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'Corridor (seed data)' };

export interface StoredFact {
  fact: Fact;
  version: number;
  deleted: boolean;
  updatedAt: string;
}

export interface Revision {
  id: number;
  factId: string;
  version: number;
  action: RevisionAction;
  actorId: string;
  actorName: string;
  reason: string;
  at: string;
  before: Fact | null;
  after: Fact | null;
}

interface FactRow {
  id: string;
  data: string;
  version: number;
  deleted: number;
  seed_hash: string | null;
  updated_at: string;
}

interface RevisionRow {
  id: number;
  fact_id: string;
  version: number;
  action: RevisionAction;
  actor_id: string;
  actor_name: string;
  reason: string;
  at: string;
  before: string | null;
  after: string | null;
}

// Rows are re-validated on the way out, so a hand-edited database cannot feed a malformed fact to Discord.
const toStored = (row: FactRow): StoredFact => ({
  fact: Fact.parse(JSON.parse(row.data)),
  version: row.version,
  deleted: row.deleted === 1,
  updatedAt: row.updated_at,
});

const toRevision = (row: RevisionRow): Revision => ({
  id: row.id,
  factId: row.fact_id,
  version: row.version,
  action: row.action,
  actorId: row.actor_id,
  actorName: row.actor_name,
  reason: row.reason,
  at: row.at,
  before: row.before ? Fact.parse(JSON.parse(row.before)) : null,
  after: row.after ? Fact.parse(JSON.parse(row.after)) : null,
});

export function contentHash(fact: Fact): string {
  return createHash('sha256').update(JSON.stringify(fact)).digest('hex');
}

export function getFactRow(db: Db, id: string): StoredFact | undefined {
  const row = stmt(db, 'SELECT * FROM facts WHERE id = ?').get(id) as FactRow | undefined;
  return row ? toStored(row) : undefined;
}

export function listFacts(db: Db, includeDeleted = false): StoredFact[] {
  const sql = includeDeleted ? 'SELECT * FROM facts ORDER BY id' : 'SELECT * FROM facts WHERE deleted = 0 ORDER BY id';
  return (stmt(db, sql).all() as FactRow[]).map(toStored);
}

export interface WriteFact {
  id: string;
  fact: Fact;
  deleted: boolean;
  action: RevisionAction;
  actor: Actor;
  reason: string;
  at: string;
  /** Kept only for untouched seed data, so a later seed update may still refresh it. */
  seedHash?: string | null;
  /** JSON.stringify(fact), when the caller has it already (an import prepares it outside its transaction). */
  data?: string;
}

/** Writes the fact's new state and its revision; callers wrap this in a transaction with their checks. */
export function writeFact(db: Db, w: WriteFact): Revision {
  return getRevision(db, recordFact(db, w))!;
}

/** writeFact without reading the revision back (an import writes many and needs none): the revision's id. */
export function recordFact(db: Db, w: WriteFact): number {
  const current = stmt(db, 'SELECT * FROM facts WHERE id = ?').get(w.id) as FactRow | undefined;
  const version = (current?.version ?? 0) + 1;
  const before = current && current.deleted === 0 ? current.data : null;
  const data = w.data ?? JSON.stringify(w.fact);
  const after = w.deleted ? null : data;
  stmt(
    db,
    `INSERT INTO facts (id, kind, data, version, deleted, seed_hash, updated_at)
     VALUES (@id, @kind, @data, @version, @deleted, @seedHash, @at)
     ON CONFLICT(id) DO UPDATE SET kind = @kind, data = @data, version = @version, deleted = @deleted,
       seed_hash = @seedHash, updated_at = @at`,
  ).run({
    id: w.id,
    kind: w.fact.kind,
    data,
    version,
    deleted: w.deleted ? 1 : 0,
    seedHash: w.seedHash ?? null,
    at: w.at,
  });
  const info = stmt(
    db,
    `INSERT INTO fact_revisions (fact_id, version, action, actor_id, actor_name, reason, at, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(w.id, version, w.action, w.actor.id, w.actor.name, w.reason, w.at, before, after);
  return Number(info.lastInsertRowid);
}

/** The newest revision id (0 when none): it grows with every fact change, from any process. */
export function latestRevisionId(db: Db): number {
  return (stmt(db, 'SELECT coalesce(max(id), 0) FROM fact_revisions').pluck().get() as number) ?? 0;
}

/** The facts changed by revisions after `after` up to `upTo` (ids, each once). */
export function changedFactIds(db: Db, after: number, upTo: number): string[] {
  return stmt(db, 'SELECT DISTINCT fact_id FROM fact_revisions WHERE id > ? AND id <= ?')
    .pluck()
    .all(after, upTo) as string[];
}

/** A fingerprint of one revision (its fact and time), to tell whether the store was swapped for another since. */
export function revisionStamp(db: Db, id: number): string | undefined {
  const row = stmt(db, 'SELECT fact_id, at FROM fact_revisions WHERE id = ?').get(id) as
    { fact_id: string; at: string } | undefined;
  return row ? `${row.fact_id} ${row.at}` : undefined;
}

export function listRevisions(db: Db, factId: string): Revision[] {
  return (stmt(db, 'SELECT * FROM fact_revisions WHERE fact_id = ? ORDER BY id').all(factId) as RevisionRow[]).map(
    toRevision,
  );
}

export function getRevision(db: Db, id: number): Revision | undefined {
  const row = stmt(db, 'SELECT * FROM fact_revisions WHERE id = ?').get(id) as RevisionRow | undefined;
  return row ? toRevision(row) : undefined;
}

export interface SeedReport {
  inserted: number;
  refreshed: number;
  keptModeratorVersion: number;
}

/**
 * Brings shipped seed facts into the store without ever overwriting a moderator's work: new ids are inserted;
 * a fact still equal to an older seed (seed_hash set) is refreshed; anything a moderator touched is left alone.
 * A refresh records the shipped note explaining that version (its correction and source) when there is one.
 */
export function seedFacts(db: Db, facts: readonly Fact[], at: string, notes: readonly SeedNote[] = []): SeedReport {
  const report: SeedReport = { inserted: 0, refreshed: 0, keptModeratorVersion: 0 };
  // IMMEDIATE: a deferred transaction that reads then writes cannot wait for another starting process's lock.
  db.transaction(() => {
    for (const fact of facts) {
      const row = stmt(db, 'SELECT seed_hash, deleted, data FROM facts WHERE id = ?').get(fact.id) as
        Pick<FactRow, 'seed_hash' | 'deleted' | 'data'> | undefined;
      const step = seedStep(
        row ? { seedHash: row.seed_hash, deleted: row.deleted === 1, data: row.data } : undefined,
        fact,
        notes,
      );
      if (step.write) writeFact(db, seedWrite(fact, step, at));
      if (step.count) report[step.count]++;
    }
  }).immediate();
  return report;
}

export type SeedStep =
  | { write: true; reason: string; hash: string; count: 'inserted' | 'refreshed' }
  | { write: false; count: 'keptModeratorVersion' | null };

/** The write a seed step asks for: the shipped fact, by the system, with its seed hash (both backends). */
export function seedWrite(fact: Fact, step: Extract<SeedStep, { write: true }>, at: string): WriteFact {
  return {
    id: fact.id,
    fact,
    deleted: false,
    action: 'seed',
    actor: SYSTEM_ACTOR,
    reason: step.reason,
    at,
    seedHash: step.hash,
  };
}

/** What seeding does with one shipped fact given the stored row; shared by every store backend. */
export function seedStep(
  row: { seedHash: string | null; deleted: boolean; data: string } | undefined,
  fact: Fact,
  notes: readonly SeedNote[],
): SeedStep {
  const hash = contentHash(fact);
  if (!row) return { write: true, reason: 'initial seed data', hash, count: 'inserted' };
  if (row.seedHash === null) return { write: false, count: 'keptModeratorVersion' };
  if (row.seedHash !== hash && !row.deleted) {
    const restated = statementHash(Fact.parse(JSON.parse(row.data))) !== statementHash(fact);
    const reason = restated
      ? (noteFor(notes, fact.id, statementHash(fact)) ?? 'updated seed data')
      : 'updated seed data (example questions or translations)';
    return { write: true, reason, hash, count: 'refreshed' };
  }
  return { write: false, count: null };
}
