/**
 * The worker thread behind WriteManyThread: its own connection to the database file (the pragmas of openDb, no
 * migrating: the store that started it has migrated), running writeManyNow for each request in turn.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDb, type Db } from './db.js';
import type { FactWrite } from './store.js';
import { WRITE_MANY_PART, type WriteManyReply, type WriteManyRequest } from './write-many-thread.js';
import { writeManyNow } from './write-many.js';

const port = parentPort;
if (!port) throw new Error('write-many-worker runs as a worker thread');

let db: Db | undefined;

/** Each writeMany's parts received so far, by its id. */
const parts = new Map<number, FactWrite[]>();

port.on('message', ({ id, writes, last }: WriteManyRequest) => {
  const all = parts.get(id) ?? [];
  for (const w of writes) all.push(w);
  if (!last) return void parts.set(id, all);
  parts.delete(id);
  let revisions;
  try {
    db ??= openDb((workerData as { path: string }).path, { migrate: false });
    revisions = writeManyNow(db, all);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    // SqliteError's code (SQLITE_BUSY, SQLITE_CONSTRAINT_…) does not survive structured cloning: sent on its own.
    const code = (e as { code?: unknown }).code;
    const reply: WriteManyReply = {
      id,
      error: { name: e.name, message: e.message, stack: e.stack, code: typeof code === 'string' ? code : undefined },
    };
    return port.postMessage(reply);
  }
  if (!revisions) return port.postMessage({ id, conflict: true } satisfies WriteManyReply);
  for (let at = 0; at === 0 || at < revisions.length; at += WRITE_MANY_PART) {
    const last = at + WRITE_MANY_PART >= revisions.length;
    port.postMessage({ id, revisions: revisions.slice(at, at + WRITE_MANY_PART), last } satisfies WriteManyReply);
  }
});
