/**
 * Runs writeManyNow on a worker thread with its own connection to the same SQLite file, so an import's one large
 * transaction (tens of milliseconds at 1,000 writes) does not block the importing process's event loop. One worker
 * per store, started on first use and kept for the next import (terminated by close()).
 */
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Revision } from './facts.js';
import type { FactWrite } from './store.js';

/**
 * Writes and revisions cross between the threads in parts of this many: copying 1,000 facts (structured cloning)
 * takes this thread 5–20 ms each way, a part of them a millisecond or two, with a turn of the event loop between.
 */
export const WRITE_MANY_PART = 100;

/**
 * Part of one writeMany's writes (the worker runs them all once `last` has come), or a request for the next part of
 * its revisions. The worker sends each part when asked: parts sent all at once arrive together and this thread takes
 * in every queued message in one go, which would make them one long task again.
 */
export type WriteManyRequest = { id: number; writes: readonly FactWrite[]; last: boolean } | { id: number; more: true };

export type WriteManyReply =
  | { id: number; revisions: Revision[]; last: boolean }
  | { id: number; conflict: true }
  | { id: number; error: { name: string; message: string; stack?: string; code?: string } };

interface Pending {
  revisions: Revision[];
  resolve: (revisions: Revision[] | null) => void;
  reject: (error: Error) => void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * tsx's ESM API file, found from this module (not the cwd). require.resolve would give its CommonJS build, which
 * fails when imported from ESM; the package's exports name the ESM one.
 */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as { exports: Record<string, { import?: { default?: string } }> };
  const file = exports['./esm/api']?.import?.default;
  if (!file) throw new Error('tsx has no ESM API export (tsx/esm/api): the write-many worker cannot load TypeScript');
  return join(dirname(manifest), file);
}

/**
 * The worker's entry. The worker is TypeScript like the rest, and on Node 20 no loader reaches a worker thread's own
 * entry (neither tsx's `--import` inherited through execArgv under `tsx`, nor vitest's transform), so the worker
 * registers tsx itself before importing it. A compiled .js worker would need none of that.
 */
function workerSource(): string {
  const here = fileURLToPath(import.meta.url);
  const entry = new URL(`./write-many-worker${extname(here)}`, import.meta.url).href;
  if (extname(here) !== '.ts') return `import(${JSON.stringify(entry)});`;
  const tsx = pathToFileURL(tsxEsmApi()).href;
  return `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
}

const BUILT_IN_ERRORS: Record<string, new (message: string) => Error> = { TypeError, RangeError, SyntaxError };

/** The worker's error as the synchronous path would have thrown it (a SqliteError keeps its code). */
function rebuild(e: { name: string; message: string; stack?: string; code?: string }): Error {
  const error = e.code
    ? new Database.SqliteError(e.message, e.code)
    : new (BUILT_IN_ERRORS[e.name] ?? Error)(e.message);
  if (error.name !== e.name) error.name = e.name;
  if (e.stack) error.stack = `${error.stack ?? ''}\n    --- on the write-many worker ---\n${e.stack}`;
  return error;
}

export class WriteManyThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** `path`: the database file (absolute, so the worker opens the same one whatever its cwd). */
  constructor(private readonly path: string) {}

  async run(writes: readonly FactWrite[]): Promise<Revision[] | null> {
    const worker = this.start();
    const id = this.nextId++;
    const done = new Promise<Revision[] | null>((resolve, reject) =>
      this.pending.set(id, { revisions: [], resolve, reject }),
    );
    // Kept alive while a write is in flight (a CLI awaiting its import must not exit), idle otherwise.
    worker.ref();
    for (let at = 0; at < writes.length; at += WRITE_MANY_PART) {
      if (at > 0) await nextTurn();
      if (!this.pending.has(id)) break; // the worker was lost: `done` is rejected already
      const last = at + WRITE_MANY_PART >= writes.length;
      worker.postMessage({ id, writes: writes.slice(at, at + WRITE_MANY_PART), last } satisfies WriteManyRequest);
    }
    return done;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
    this.fail(new Error('the store was closed during an import write'));
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerSource(), { eval: true, workerData: { path: this.path } });
    worker.unref();
    // Each reply is a message of its own, so taking in a part of the revisions is one short task of this thread.
    worker.on('message', (reply: WriteManyReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      if ('revisions' in reply) {
        for (const r of reply.revisions) p.revisions.push(r);
        if (!reply.last) return void setImmediate(() => worker.postMessage({ id: reply.id, more: true }));
      }
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) p.reject(rebuild(reply.error));
      else p.resolve('conflict' in reply ? null : p.revisions);
    });
    // A worker that failed to start or died: its writes fail (a transaction it had not committed rolled back), and
    // the next import starts a new one.
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`the write-many worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private lost(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.fail(error);
  }

  private fail(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
