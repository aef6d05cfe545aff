/**
 * SqliteStore.writeMany at an import's size runs on a worker thread with its own connection (write-many-thread.ts):
 * the same results and errors as the synchronous path, its commit read at once, and its change heard once.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { openDb } from '../../src/knowledge/store/db.js';
import { SqliteStore, WRITE_MANY_WORKER_AT } from '../../src/knowledge/store/sqlite-store.js';
import type { FactWrite } from '../../src/knowledge/store/store.js';
import { tempDir } from '../helpers/temp.js';

const seeds = loadSeedFacts();
const mod = { id: '1234', name: 'Mod' };
const COUNT = WRITE_MANY_WORKER_AT + 20;

function writes(): FactWrite[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const fact = { ...seeds[i % seeds.length]!, id: `bulk-${i}` };
    return { id: fact.id, fact, deleted: false, action: 'import', actor: mod, reason: 'r', at: '2026-01-01T00:00:00Z' };
  });
}

const stores: SqliteStore[] = [];
afterEach(async () => {
  while (stores.length) await stores.pop()!.close();
});

function fileStore(path = `${tempDir('corridor-write-many-')}/bot.db`): SqliteStore {
  const store = SqliteStore.open(path, { pollMs: 20 });
  stores.push(store);
  return store;
}

function memoryStore(): SqliteStore {
  const store = SqliteStore.open(':memory:');
  stores.push(store);
  return store;
}

describe('SqliteStore.writeMany on a worker thread', () => {
  it('writes off this thread: it waits for another connection’s write lock while this thread goes on and frees it', async () => {
    const path = `${tempDir('corridor-write-many-')}/bot.db`;
    const store = fileStore(path);
    const holder = openDb(path, { migrate: false });
    try {
      holder.prepare('BEGIN IMMEDIATE').run();
      const pending = store.facts.writeMany(writes());
      // On this thread the write would wait for the lock held here (until busy_timeout): this turn could never come.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await store.facts.latestRevisionId()).toBe(0);
      holder.prepare('COMMIT').run();
      const revisions = (await pending)!;
      expect(revisions).toHaveLength(COUNT);
      // Committed before it resolved: this connection's next read sees every row.
      expect(await store.facts.latestRevisionId()).toBe(revisions.at(-1)!.id);
      expect((await store.facts.list()).length).toBe(COUNT);
    } finally {
      holder.close();
    }
  });

  it('fails as the synchronous (in-memory) path does, and writes nothing', async () => {
    const bad: FactWrite[][] = [
      // NOT NULL updated_at: a constraint violation half way through.
      writes().map((w, i) => (i === 60 ? { ...w, at: null as unknown as string } : w)),
      // A malformed write: reading its fact's kind throws.
      writes().map((w, i) => (i === 60 ? { ...w, fact: undefined as unknown as FactWrite['fact'] } : w)),
    ];
    for (const ws of bad) {
      const sync = await memoryStore()
        .facts.writeMany(ws)
        .then(
          () => undefined,
          (e: unknown) => e as Error,
        );
      const store = fileStore();
      const worker = await store.facts.writeMany(ws).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(sync).toBeInstanceOf(Error);
      expect(worker?.constructor).toBe(sync?.constructor);
      expect(worker).toMatchObject({ name: sync!.name, message: sync!.message });
      if (sync instanceof Database.SqliteError) expect((worker as { code?: string }).code).toBe(sync.code);
      expect(await store.facts.list(true)).toEqual([]);
    }
  });

  it('its own listener hears the import once: data_version moving for the worker’s commit does not repeat it', async () => {
    const path = `${tempDir('corridor-write-many-')}/bot.db`;
    const store = fileStore(path);
    const other = fileStore(path);
    const heard: number[] = [];
    let otherWrite: (id: number) => void = () => {};
    const otherHeard = new Promise<number>((resolve) => (otherWrite = resolve));
    await store.onFactsChanged((id) => {
      heard.push(id);
      if (id > (heard[0] ?? Infinity)) otherWrite(id);
    });
    const revisions = (await store.facts.writeMany(writes()))!;
    // Another connection's later write: once the poll has heard it, it has also looked at the worker's commit.
    const w = writes()[0]!;
    const later = (await other.facts.write({
      ...w,
      fact: { ...w.fact, summary: 'A later summary, written by another connection.' },
      action: 'edit',
    }))!;
    expect(await otherHeard).toBe(later.id);
    expect(heard).toEqual([revisions.at(-1)!.id, later.id]);
  });

  it('close() ends the worker and its connection first: the store’s own close is the last and folds the WAL in', async () => {
    const path = `${tempDir('corridor-write-many-')}/bot.db`;
    const store = SqliteStore.open(path);
    expect(await store.facts.writeMany(writes())).toHaveLength(COUNT);
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const db = openDb(path, { migrate: false });
    expect(db.prepare('SELECT count(*) FROM facts').pluck().get()).toBe(COUNT);
    db.close();
  });
});
