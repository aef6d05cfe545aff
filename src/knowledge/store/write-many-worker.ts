/**
 * The worker thread behind WriteManyThread: its own connection to the database file (the pragmas of openDb, no
 * migrating: the store that started it has migrated), running writeManyNow for each request in turn.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDb, type Db } from './db.js';
import type { WriteManyReply, WriteManyRequest } from './write-many-thread.js';
import { writeManyNow } from './write-many.js';

const port = parentPort;
if (!port) throw new Error('write-many-worker runs as a worker thread');

let db: Db | undefined;

port.on('message', ({ id, writes }: WriteManyRequest) => {
  let reply: WriteManyReply;
  try {
    db ??= openDb((workerData as { path: string }).path, { migrate: false });
    reply = { id, revisions: writeManyNow(db, writes) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    // SqliteError's code (SQLITE_BUSY, SQLITE_CONSTRAINT_…) does not survive structured cloning: sent on its own.
    const code = (e as { code?: unknown }).code;
    reply = {
      id,
      error: { name: e.name, message: e.message, stack: e.stack, code: typeof code === 'string' ? code : undefined },
    };
  }
  port.postMessage(reply);
});
