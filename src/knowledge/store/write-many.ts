/**
 * An import's all-or-nothing write on a SQLite connection: the transaction SqliteStore.writeMany runs, on its own
 * connection for a few writes or on a worker thread's connection for many (write-many-thread.ts), so both run
 * the same code.
 */
import type { Fact } from '../schema.js';
import { stmt, type Db } from './db.js';
import { recordFact, type Revision } from './facts.js';
import type { FactWrite } from './store.js';

/**
 * One write, its revision made from what was written instead of read back and re-validated (as writeFact does),
 * so a 1,000-fact import's one transaction holds its thread no longer than it must. Null: the expected version failed.
 */
function recordOne(db: Db, w: FactWrite): Revision | null {
  const current = stmt(db, 'SELECT version, deleted, data FROM facts WHERE id = ?').get(w.id) as
    { version: number; deleted: number; data: string } | undefined;
  if (w.expectedVersion !== undefined && (current?.version ?? 0) !== w.expectedVersion) return null;
  const id = recordFact(db, w);
  return {
    id,
    factId: w.id,
    version: (current?.version ?? 0) + 1,
    action: w.action,
    actorId: w.actor.id,
    actorName: w.actor.name,
    reason: w.reason,
    at: w.at,
    // Validated when it was written (every fact write goes through the schema).
    before: current && current.deleted === 0 ? (JSON.parse(current.data) as Fact) : null,
    after: w.deleted ? null : w.fact,
  };
}

/** Every write in one IMMEDIATE transaction, or none: null when any expected version failed. */
export function writeManyNow(db: Db, ws: readonly FactWrite[]): Revision[] | null {
  const conflict = new Error('version conflict');
  try {
    return db
      .transaction(() =>
        ws.map((w) => {
          const r = recordOne(db, w);
          if (!r) throw conflict; // rolls the whole import back
          return r;
        }),
      )
      .immediate();
  } catch (error) {
    if (error !== conflict) throw error;
    return null;
  }
}
