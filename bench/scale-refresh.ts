/**
 * Live fact updates across processes (issue 12, item 4, SQLite side): what a poll with nothing changed costs, and
 * what taking in one fact another process changed costs (read it, update the search index in place; before the
 * in-place updates this re-read the store and rebuilt the index: see bench/results-scale.md for those numbers).
 * Run: npx tsx bench/scale-refresh.ts  (prints a Markdown table; bench/results-scale.md records it)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { SqliteStore } from '../src/knowledge/store/sqlite-store.js';
import { loadSeedFacts } from '../src/knowledge/load-facts.js';
import { openDb } from '../src/knowledge/store/db.js';
import { seedFacts } from '../src/knowledge/store/facts.js';
import { watchFacts } from '../src/knowledge/watch-facts.js';
import { factsOfSize } from './synthetic.js';

const mod = { id: '400000000000000001', name: 'bench' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchRefresh(
  size: number,
  runs = 5,
): Promise<{ size: number; idlePollUs: number; refreshMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-bench-'));
  try {
    const path = join(dir, 'bot.db');
    const real = loadSeedFacts();
    const writer = openDb(path);
    seedFacts(writer, factsOfSize(real, size), new Date().toISOString());
    const reader = openDb(path);
    const writerKb = await KnowledgeBase.open(new SqliteStore(writer, { ownsDb: false }));
    const kb = await KnowledgeBase.open(new SqliteStore(reader, { ownsDb: false }));
    const watch = await watchFacts({ store: kb.store, kb, subscribe: false });
    const polls = 2000;
    let t = performance.now();
    for (let i = 0; i < polls; i++) await watch.check();
    const idlePollUs = ((performance.now() - t) / polls) * 1000;
    const times: number[] = [];
    const target = real[0]!;
    for (let i = 0; i < runs; i++) {
      const stored = (await writerKb.stored(target.id))!;
      await writerKb.edit(target.id, { ...stored.fact, title: `${target.title} ${i}` }, stored.version, mod, 'bench');
      t = performance.now();
      if (!(await watch.check())) throw new Error('the change was not seen');
      times.push(performance.now() - t);
    }
    writer.close();
    reader.close();
    return { size: kb.size, idlePollUs, refreshMs: median(times) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('| facts | poll, nothing changed | refresh after another process edits one fact (median of 5) |');
  console.log('|---:|---:|---:|');
  for (const size of [55, 10_000]) {
    const r = await benchRefresh(size);
    console.log(`| ${r.size.toLocaleString('en')} | ${r.idlePollUs.toFixed(1)} µs | ${r.refreshMs.toFixed(1)} ms |`);
  }
}
