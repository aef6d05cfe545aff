/**
 * Run in a fresh process per measurement (see startup.ts): opens the store over a seed folder, seeds it and builds
 * the search index exactly as the bot does at start-up (openKnowledge), then prints time and memory as JSON.
 */
import { openKnowledge } from '../src/knowledge/open.js';

const [dbPath, seedDir] = process.argv.slice(2);
if (!dbPath || !seedDir) throw new Error('usage: startup-child <dbPath> <seedDir>');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

gc();
const before = process.memoryUsage();
const t = performance.now();
const opened = openKnowledge(dbPath, { seedDir });
const readyMs = performance.now() - t;
gc();
const after = process.memoryUsage();
// Keep the knowledge base alive until after the measurement.
const facts = opened.kb.size;
opened.db.close();
process.stdout.write(
  `${JSON.stringify({ facts, readyMs, inserted: opened.seed.inserted, rssBefore: before.rss, rssAfter: after.rss, heapBefore: before.heapUsed, heapAfter: after.heapUsed })}\n`,
);
