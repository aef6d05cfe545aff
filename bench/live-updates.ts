/**
 * Live fact updates (issue #12, item 4): one fact change taken into the search index in place against rebuilding
 * the index, at 10,000 facts in the same run; and the longest the event loop is blocked while a 1,000-change import
 * goes in, the old way (plan, write and rebuild in one go) against the new (slices with turns of the event loop).
 * Part of `npm run bench`; `npm run bench:live` runs this section alone and prints its Markdown.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { loadSeedFacts } from '../src/knowledge/load-facts.js';
import type { Fact } from '../src/knowledge/schema.js';
import { FactSearch } from '../src/knowledge/search/engine.js';
import { openDb, type Db } from '../src/knowledge/store/db.js';
import { listFacts, seedFacts, writeFact } from '../src/knowledge/store/facts.js';
import { SqliteStore } from '../src/knowledge/store/sqlite-store.js';
import type { Store } from '../src/knowledge/store/store.js';
import { ms, percentile, table } from './stats.js';
import { factsOfSize, prng } from './synthetic.js';

export const LIVE_SIZE = 10_000;
const CHANGES = 200;
const IMPORT_CHANGES = 1_000;
export const BENCH_MOD = { id: '400000000000000001', name: 'bench' };
export const byId = (a: Fact, b: Fact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface Latency {
  p50: number;
  p99: number;
  n: number;
}

export interface LiveUpdateResult {
  facts: number;
  rebuildMs: number;
  edit: Latency;
  add: Latency;
  remove: Latency;
  /** A search right after a change (its tokens' weights are derived again) and the same searches warm. */
  queryAfterChange: Latency;
  queryWarm: Latency;
  /** KnowledgeBase.edit end to end (store write + index), against the old refresh (re-read the store and rebuild). */
  kbEdit: Latency;
  kbRefreshMs: number;
  importBefore: ImportRun;
  importAfter: ImportRun;
  /** Another process taking the same import in: the old full refresh against catchUp in slices. */
  followerBefore: ImportRun;
  followerAfter: ImportRun;
}

export interface ImportRun {
  totalMs: number;
  /** The longest stretch without a turn of the event loop (ms), and monitorEventLoopDelay's maximum delay. */
  longestBlockMs: number;
  histogramMaxMs: number;
  /** The longest stretch without a turn while the store's write (writeMany) was in progress, when one was watched. */
  writeBlockMs?: number;
}

/** When a watched store write started and ended (performance.now()). */
export interface WriteWindow {
  start?: number;
  end?: number;
}

/** Notes in `window` when the store's writeMany runs (the import's one all-or-nothing write). */
export function watchWrites<S extends Store>(store: S, window: WriteWindow): S {
  const writeMany = store.facts.writeMany;
  store.facts.writeMany = async (ws) => {
    window.start = performance.now();
    try {
      return await writeMany(ws);
    } finally {
      window.end = performance.now();
    }
  };
  return store;
}

const latency = (times: number[]): Latency => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length };
};

function timeEach<T>(items: readonly T[], fn: (item: T) => void): Latency {
  const times: number[] = [];
  for (const item of items) {
    const t = performance.now();
    fn(item);
    times.push(performance.now() - t);
  }
  return latency(times);
}

/** Runs `work` while a setImmediate loop notes the longest gap between turns of the event loop. */
export async function watchBlocking(work: () => unknown, write?: WriteWindow): Promise<ImportRun> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let longest = 0;
  let longestInWrite = 0;
  let last = performance.now();
  let running = true;
  const turn = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    // A stretch that overlaps the write (it may have begun before the write started, or end after it resolved).
    if (write?.start !== undefined && now > write.start && last < (write.end ?? Infinity))
      longestInWrite = Math.max(longestInWrite, now - last);
    last = now;
    if (running) setImmediate(turn);
  };
  histogram.enable();
  // The histogram records delays between its own timer's runs: let it run a few times first, or a block at the
  // very start would be its first, unrecorded, interval.
  await new Promise((resolve) => setTimeout(resolve, 5));
  last = performance.now();
  setImmediate(turn);
  const started = performance.now();
  await work();
  const totalMs = performance.now() - started;
  // A few more turns (and the histogram's 1 ms timer), so a block at the very end is counted too.
  await new Promise((resolve) => setTimeout(resolve, 5));
  running = false;
  histogram.disable();
  return {
    totalMs,
    longestBlockMs: longest,
    histogramMaxMs: histogram.max / 1e6,
    ...(write ? { writeBlockMs: longestInWrite } : {}),
  };
}

/** A changed copy of a fact: new words in its title and summary. */
export function edited(fact: Fact, i: number): Fact {
  return {
    ...fact,
    title: `${fact.title} rev ${i}`.slice(0, 100),
    summary: `${fact.summary} Revised figure ${i}.`.slice(0, 1000),
  };
}

/** The async store over a bench connection (closed by the bench itself). */
function kbStore(db: Db): SqliteStore {
  return new SqliteStore(db, { ownsDb: false });
}

export async function timeEachAsync<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<Latency> {
  const times: number[] = [];
  for (const item of items) {
    const t = performance.now();
    await fn(item);
    times.push(performance.now() - t);
  }
  return latency(times);
}

function openStore(facts: readonly Fact[]): { db: Db; dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-live-'));
  const path = join(dir, 'bot.db');
  const db = openDb(path);
  seedFacts(db, facts, new Date().toISOString());
  return { db, dir, path };
}

/** The new base for the import: every fact, 1,000 of them changed (edited, some removed and replaced by new ones). */
export function importFile(facts: readonly Fact[], extra: readonly Fact[]): Fact[] {
  const rng = prng(7);
  const out = facts.map((f) => structuredClone(f));
  const touched = new Set<number>();
  while (touched.size < IMPORT_CHANGES * 0.8) touched.add(Math.floor(rng() * out.length));
  for (const i of touched) out[i] = edited(out[i]!, i);
  // 100 removed (unlinked facts only) and 100 added: 1,000 changes in all.
  const linked = new Set(out.flatMap((f) => f.related));
  const removable = out.filter((f, i) => !touched.has(i) && !linked.has(f.id)).slice(0, IMPORT_CHANGES * 0.1);
  const gone = new Set(removable.map((f) => f.id));
  return [
    ...out.filter((f) => !gone.has(f.id)),
    ...extra.slice(0, IMPORT_CHANGES * 0.1).map((f) => ({ ...f, related: [] })),
  ];
}

export async function measureLiveUpdates(log: (line: string) => void = () => {}): Promise<LiveUpdateResult> {
  const real = loadSeedFacts();
  const facts = factsOfSize(real, LIVE_SIZE).sort(byId);
  // Facts to add: another seed's synthetic facts, under ids of their own.
  const extra = factsOfSize(real, real.length + CHANGES, 99)
    .slice(real.length)
    .map((f, i) => ({ ...f, id: `${f.id}-new-${i}` }));

  log(`  index rebuild at ${facts.length.toLocaleString('en')} facts…`);
  const builds: number[] = [];
  let search = new FactSearch(facts);
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    search = new FactSearch(facts);
    builds.push(performance.now() - t);
  }
  const rebuildMs = [...builds].sort((a, b) => a - b)[1]!;

  log(`  ${CHANGES} edits, adds and removals in place…`);
  const rng = prng(11);
  const targets = Array.from({ length: CHANGES }, () => facts[Math.floor(rng() * facts.length)]!);
  const edit = timeEach(targets, (f) => search.apply([{ id: f.id, fact: edited(f, 1) }]));
  const add = timeEach(extra, (f) => search.apply([{ id: f.id, fact: f }]));
  const remove = timeEach(extra, (f) => search.apply([{ id: f.id, fact: undefined }]));

  const questions = facts.slice(0, CHANGES).map((f) => f.title.split(' ').slice(0, 3).join(' '));
  const afterChange: number[] = [];
  questions.forEach((q, i) => {
    search.apply([{ id: targets[i]!.id, fact: edited(targets[i]!, 2) }]);
    const t = performance.now();
    search.search(q);
    afterChange.push(performance.now() - t);
  });
  const queryWarm = timeEach(questions, (q) => search.search(q));

  log('  KnowledgeBase.edit end to end, and the old refresh…');
  const store = openStore(facts);
  let kbEdit: Latency;
  let kbRefreshMs: number;
  try {
    const kb = await KnowledgeBase.open(kbStore(store.db));
    kbEdit = await timeEachAsync(targets.slice(0, 50), async (f) => {
      const stored = (await kb.stored(f.id))!;
      await kb.edit(f.id, edited(stored.fact, 3), stored.version, BENCH_MOD, 'bench');
    });
    const refreshes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await kb.refresh();
      refreshes.push(performance.now() - t);
    }
    kbRefreshMs = refreshes.sort((a, b) => a - b)[1]!;
  } finally {
    store.db.close();
    rmSync(store.dir, { recursive: true, force: true });
  }

  log(`  ${IMPORT_CHANGES.toLocaleString('en')}-change import, the old way and the new…`);
  const file = importFile(facts, extra);
  const before = openStore(facts);
  const after = openStore(facts);
  const followerDbs = [openDb(before.path), openDb(after.path)] as const;
  try {
    // The old applyImport: plan, write and rebuild in one synchronous go (writeFact reads each revision back).
    const oldKb = await KnowledgeBase.open(kbStore(before.db));
    const oldFollower = await KnowledgeBase.open(kbStore(followerDbs[0]));
    const importBefore = await watchBlocking(async () => {
      const { plan, facts: incoming } = await oldKb.planImport(file);
      const storedNow = new Map(listFacts(before.db).map((s) => [s.fact.id, s.fact]));
      const byIncoming = new Map(incoming.map((f) => [f.id, f]));
      before.db.transaction(() => {
        const at = new Date().toISOString();
        for (const id of [...plan.added, ...plan.changed])
          writeFact(before.db, {
            id,
            fact: byIncoming.get(id)!,
            deleted: false,
            action: 'import',
            actor: BENCH_MOD,
            reason: 'bench',
            at,
          });
        for (const id of plan.removed)
          writeFact(before.db, {
            id,
            fact: storedNow.get(id)!,
            deleted: true,
            action: 'import',
            actor: BENCH_MOD,
            reason: 'bench',
            at,
          });
      })();
      await oldKb.refresh();
    });
    const followerBefore = await watchBlocking(() => oldFollower.refresh());

    const write: WriteWindow = {};
    const newKb = await KnowledgeBase.open(watchWrites(kbStore(after.db), write));
    const follower = await KnowledgeBase.open(kbStore(followerDbs[1]));
    const importAfter = await watchBlocking(() => newKb.applyImport(file, BENCH_MOD, 'bench'), write);
    const followerAfter = await watchBlocking(async () => (await follower.catchUp()).done);
    if (follower.size !== newKb.size || newKb.size !== oldKb.size)
      throw new Error('the import did not reach every knowledge base');
    return {
      facts: facts.length,
      rebuildMs,
      edit,
      add,
      remove,
      queryAfterChange: latency(afterChange),
      queryWarm,
      kbEdit,
      kbRefreshMs,
      importBefore,
      importAfter,
      followerBefore,
      followerAfter,
    };
  } finally {
    for (const db of [...followerDbs, before.db, after.db]) db.close();
    rmSync(before.dir, { recursive: true, force: true });
    rmSync(after.dir, { recursive: true, force: true });
  }
}

export function liveUpdateTables(r: LiveUpdateResult): string {
  const row = (name: string, l: Latency) => [
    name,
    `${ms(l.p50)} / ${ms(l.p99)}`,
    `${(r.rebuildMs / l.p50).toFixed(0)}× / ${(r.rebuildMs / l.p99).toFixed(0)}×`,
    l.p99 < 10 ? 'met' : 'MISSED',
  ];
  const changes = table(
    [
      'change (FactSearch.apply, one fact)',
      'p50 / p99 (ms)',
      'full rebuild ÷ change (p50 / p99)',
      'target < 10 ms (p99)',
    ],
    [
      row(`edit (n=${r.edit.n})`, r.edit),
      row(`add (n=${r.add.n})`, r.add),
      row(`remove (n=${r.remove.n})`, r.remove),
      ['full rebuild (`new FactSearch`, median of 3)', ms(r.rebuildMs), '1×', ''],
    ],
  );
  const around = table(
    ['', 'p50 / p99 (ms)'],
    [
      [
        `search right after a change (n=${r.queryAfterChange.n})`,
        `${ms(r.queryAfterChange.p50)} / ${ms(r.queryAfterChange.p99)}`,
      ],
      ['the same searches, warm', `${ms(r.queryWarm.p50)} / ${ms(r.queryWarm.p99)}`],
      [`KnowledgeBase.edit end to end (store + index, n=${r.kbEdit.n})`, `${ms(r.kbEdit.p50)} / ${ms(r.kbEdit.p99)}`],
      ['before: the rebuild every edit ran (`refresh`, median of 3)', ms(r.kbRefreshMs)],
    ],
  );
  const run = (name: string, x: ImportRun) => [
    name,
    ms(x.longestBlockMs),
    x.writeBlockMs === undefined ? '' : ms(x.writeBlockMs),
    ms(x.histogramMaxMs),
    ms(x.totalMs),
  ];
  const imports = table(
    [
      '1,000-change import',
      'longest event-loop block (ms)',
      'of it, during the store write',
      'monitorEventLoopDelay max (ms)',
      'total (ms)',
    ],
    [
      run('before: applyImport (plan + write + rebuild at once)', r.importBefore),
      run(
        'after: applyImport (planned in slices, one write transaction on a worker thread, index in slices)',
        r.importAfter,
      ),
      run('another process, before: refresh (rebuild)', r.followerBefore),
      run('another process, after: catchUp (slices)', r.followerAfter),
    ],
  );
  return `${changes}\n\n${around}\n\n${imports}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureLiveUpdates((line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`\n${liveUpdateTables(r)}\n`);
}
