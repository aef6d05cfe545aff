/** Facts and their revisions in PostgreSQL: the same rows, versions and revision history as facts.ts. */
import type { Pool } from 'pg';
import { Fact } from '../../schema.js';
import type { SeedNote } from '../../seed-notes.js';
import { seedStep, seedWrite, type Revision, type RevisionAction, type SeedReport, type StoredFact } from '../facts.js';
import type { FactStore, FactWrite } from '../store.js';
import { inTransaction, LOCK, num, Rollback, type Queryable } from './tx.js';

/** The channel `pg_notify` announces committed fact changes on; the payload is the newest revision id. */
export const FACTS_CHANNEL = 'corridor_facts';

interface FactRow {
  id: string;
  data: string;
  version: number;
  deleted: boolean;
  seed_hash: string | null;
  updated_at: string;
}

interface RevisionRow {
  id: string;
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

const toStored = (row: FactRow): StoredFact => ({
  fact: Fact.parse(JSON.parse(row.data)),
  version: row.version,
  deleted: row.deleted,
  updatedAt: row.updated_at,
});

const toRevision = (row: RevisionRow): Revision => ({
  id: num(row.id),
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

/**
 * Every fact write takes one advisory lock first: fact changes are rare (moderators, seeding), and one lock
 * serialises them as SQLite's file lock does, so a version check and its write cannot interleave with another's.
 */
async function lockFacts(client: Queryable): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1::int, 0)', [LOCK.facts]);
}

/** writeFact (facts.ts) in PostgreSQL; null when `expectedVersion` no longer matches. Call with the lock held. */
async function writeOne(client: Queryable, w: FactWrite): Promise<Revision | null> {
  const { rows } = await client.query<FactRow>('SELECT * FROM facts WHERE id = $1', [w.id]);
  const current = rows[0];
  if (w.expectedVersion !== undefined && (current?.version ?? 0) !== w.expectedVersion) return null;
  const version = (current?.version ?? 0) + 1;
  const before = current && !current.deleted ? current.data : null;
  const after = w.deleted ? null : JSON.stringify(w.fact);
  await client.query(
    `INSERT INTO facts (id, kind, data, version, deleted, seed_hash, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, data = EXCLUDED.data, version = EXCLUDED.version,
       deleted = EXCLUDED.deleted, seed_hash = EXCLUDED.seed_hash, updated_at = EXCLUDED.updated_at`,
    [w.id, w.fact.kind, JSON.stringify(w.fact), version, w.deleted, w.seedHash ?? null, w.at],
  );
  const inserted = await client.query<RevisionRow>(
    `INSERT INTO fact_revisions (fact_id, version, action, actor_id, actor_name, reason, at, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
    [w.id, version, w.action, w.actor.id, w.actor.name, w.reason, w.at, before, after],
  );
  return toRevision(inserted.rows[0]!);
}

/** Queued inside the transaction, so listeners hear of it only when (and if) it commits. */
async function notifyChanged(client: Queryable, revisionId: number): Promise<void> {
  await client.query('SELECT pg_notify($1, $2)', [FACTS_CHANNEL, String(revisionId)]);
}

export function pgFactStore(pool: Pool): FactStore {
  return {
    async get(id) {
      const { rows } = await pool.query<FactRow>('SELECT * FROM facts WHERE id = $1', [id]);
      return rows[0] ? toStored(rows[0]) : undefined;
    },
    async list(includeDeleted = false) {
      const sql = includeDeleted
        ? 'SELECT * FROM facts ORDER BY id'
        : 'SELECT * FROM facts WHERE NOT deleted ORDER BY id';
      return (await pool.query<FactRow>(sql)).rows.map(toStored);
    },
    async write(w) {
      return inTransaction(pool, async (client) => {
        await lockFacts(client);
        const revision = await writeOne(client, w);
        if (revision) await notifyChanged(client, revision.id);
        return revision;
      });
    },
    async writeMany(ws) {
      return inTransaction(pool, async (client) => {
        await lockFacts(client);
        const revisions: Revision[] = [];
        for (const w of ws) {
          const revision = await writeOne(client, w);
          if (!revision) throw new Rollback(null); // all or nothing, like the SQLite import transaction
          revisions.push(revision);
        }
        const last = revisions.at(-1);
        if (last) await notifyChanged(client, last.id);
        return revisions;
      });
    },
    async seed(facts: readonly Fact[], at: string, notes: readonly SeedNote[] = []) {
      return inTransaction(pool, async (client) => {
        await lockFacts(client);
        const report: SeedReport = { inserted: 0, refreshed: 0, keptModeratorVersion: 0 };
        let last: Revision | null = null;
        for (const fact of facts) {
          const { rows } = await client.query<FactRow>('SELECT * FROM facts WHERE id = $1', [fact.id]);
          const row = rows[0];
          const step = seedStep(
            row ? { seedHash: row.seed_hash, deleted: row.deleted, data: row.data } : undefined,
            fact,
            notes,
          );
          if (step.write) last = await writeOne(client, seedWrite(fact, step, at));
          if (step.count) report[step.count]++;
        }
        if (last) await notifyChanged(client, last.id);
        return report;
      });
    },
    async latestRevisionId() {
      const { rows } = await pool.query<{ id: string }>('SELECT coalesce(max(id), 0) AS id FROM fact_revisions');
      return num(rows[0]!.id);
    },
    async changedSince(after, upTo) {
      const { rows } = await pool.query<{ fact_id: string }>(
        'SELECT DISTINCT fact_id FROM fact_revisions WHERE id > $1 AND id <= $2',
        [after, upTo],
      );
      return rows.map((r) => r.fact_id);
    },
    async page(afterId, limit) {
      const { rows } = await pool.query<{ id: string; data: string; version: number; deleted: boolean }>(
        'SELECT id, data, version, deleted FROM facts WHERE id > $1 ORDER BY id LIMIT $2',
        [afterId, limit],
      );
      return rows;
    },
    async revisions(factId) {
      const { rows } = await pool.query<RevisionRow>('SELECT * FROM fact_revisions WHERE fact_id = $1 ORDER BY id', [
        factId,
      ]);
      return rows.map(toRevision);
    },
    async revision(id) {
      const { rows } = await pool.query<RevisionRow>('SELECT * FROM fact_revisions WHERE id = $1', [id]);
      return rows[0] ? toRevision(rows[0]) : undefined;
    },
  };
}
