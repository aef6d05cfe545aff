/**
 * The worker thread behind WriteManyThread: its own connection to the database file (the pragmas of openDb, no
 * migrating: the store that started it has migrated), running writeManyNow for each request in turn.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDb, type Db } from './db.js';
import type { Revision } from './facts.js';
import type { FactWrite } from './store.js';
import { WRITE_MANY_PART, type WriteManyReply, type WriteManyRequest } from './write-many-thread.js';
import { writeManyNow } from './write-many.js';

const port = parentPort;
if (!port) throw new Error('write-many-worker runs as a worker thread');

let db: Db | undefined;

/** Each writeMany's parts received so far, by its id. */
const parts = new Map<number, FactWrite[]>();
/** Each committed writeMany's revisions not yet sent, by its id. */
const unsent = new Map<number, Revision[]>();

/** The next part of a committed writeMany's revisions (the first, and then one each time it is asked for). */
function sendPart(id: number): void {
  const revisions = unsent.get(id) ?? [];
  const part = revisions.splice(0, WRITE_MANY_PART);
  const last = revisions.length === 0;
  if (last) unsent.delete(id);
  port!.postMessage({ id, revisions: part, last } satisfies WriteManyReply);
}

port.on('message', (request: WriteManyRequest) => {
  if ('more' in request) return sendPart(request.id);
  const { id, writes, last } = request;
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
  unsent.set(id, revisions);
  sendPart(id);
});
