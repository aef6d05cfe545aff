/**
 * Live fact updates on PostgreSQL (issue #12 asks for the same numbers on both backends; `npm run bench:live` is the
 * SQLite side): KnowledgeBase.edit end to end, how long until a second "process" (its own PgStore and knowledge base,
 * following LISTEN/NOTIFY) answers with the edit, and a 1,000-change import's longest event-loop block in the
 * importing process and in that follower. 10,000 facts, a throwaway local server (tests/helpers/postgres-cluster.ts,
 * fsync off). `npm run bench:live:pg` prints the Markdown.
 */
import { KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { loadSeedFacts } from '../src/knowledge/load-facts.js';
import { PgStore } from '../src/knowledge/store/pg/pg-store.js';
import { watchFacts } from '../src/knowledge/watch-facts.js';
import { startPostgres } from '../tests/helpers/postgres-cluster.js';
import {
  BENCH_MOD,
  byId,
  edited,
  importFile,
  LIVE_SIZE,
  timeEachAsync,
  watchBlocking,
  watchWrites,
  type ImportRun,
  type Latency,
  type WriteWindow,
} from './live-updates.js';
import { ms, percentile, table } from './stats.js';
import { factsOfSize, prng } from './synthetic.js';

const EDITS = 50;

export interface LivePostgresResult {
  facts: number;
  kbEdit: Latency;
  /** From the start of the edit until the follower's index answers with it (LISTEN/NOTIFY + catchUp). */
  seenByOther: Latency;
  importAfter: ImportRun;
  followerAfter: ImportRun;
}

export async function measureLivePostgres(log: (line: string) => void = () => {}): Promise<LivePostgresResult> {
  const real = loadSeedFacts();
  const facts = factsOfSize(real, LIVE_SIZE).sort(byId);
  const extra = factsOfSize(real, real.length + 200, 99)
    .slice(real.length)
    .map((f, i) => ({ ...f, id: `${f.id}-new-${i}` }));
  log('  starting PostgreSQL…');
  const cluster = await startPostgres();
  const url = await cluster.createDatabase();
  const stores = [new PgStore({ connectionString: url, max: 4 }), new PgStore({ connectionString: url, max: 4 })];
  try {
    const [mine, theirs] = stores as [PgStore, PgStore];
    await mine.migrate();
    log(`  seeding ${facts.length.toLocaleString('en')} facts…`);
    await mine.facts.seed(facts, new Date().toISOString());
    const write: WriteWindow = {};
    const kb = await KnowledgeBase.open(watchWrites(mine, write));
    const follower = await KnowledgeBase.open(theirs);
    const watch = await watchFacts({ store: theirs, kb: follower });

    log(`  ${EDITS} edits end to end, each until the other knowledge base has it…`);
    const rng = prng(11);
    const targets = Array.from({ length: EDITS }, () => facts[Math.floor(rng() * facts.length)]!);
    const seen: number[] = [];
    const kbEdit = await timeEachAsync(targets, async (f) => {
      const stored = (await kb.stored(f.id))!;
      const next = edited(stored.fact, stored.version);
      const started = performance.now();
      await kb.edit(f.id, next, stored.version, BENCH_MOD, 'bench');
      // From the start of the edit: the notification can arrive before the edit's own promise has resolved. The
      // follower runs on this event loop, as another process would on its own.
      void (async () => {
        while (follower.get(f.id)?.title !== next.title) await new Promise((resolve) => setTimeout(resolve, 1));
        seen.push(performance.now() - started);
      })();
    });
    const deadline = Date.now() + 30_000;
    while (seen.length < EDITS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    if (seen.length < EDITS) throw new Error(`the follower saw ${seen.length} of ${EDITS} edits within 30 s`);

    log('  1,000-change import, and the follower taking it in…');
    watch.stop();
    const file = importFile(facts, extra);
    const importAfter = await watchBlocking(() => kb.applyImport(file, BENCH_MOD, 'bench'), write);
    const followerAfter = await watchBlocking(async () => (await follower.catchUp()).done);
    if (follower.size !== kb.size) throw new Error('the import did not reach the follower');
    const sorted = [...seen].sort((a, b) => a - b);
    return {
      facts: facts.length,
      kbEdit,
      seenByOther: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length },
      importAfter,
      followerAfter,
    };
  } finally {
    for (const store of stores) await store.close();
    await cluster.stop();
  }
}

export function livePostgresTables(r: LivePostgresResult): string {
  return [
    table(
      ['PostgreSQL, 10,000 facts', 'p50 / p99 (ms)'],
      [
        [`KnowledgeBase.edit end to end (store + index, n=${r.kbEdit.n})`, `${ms(r.kbEdit.p50)} / ${ms(r.kbEdit.p99)}`],
        [
          `edit started → another knowledge base answers with it (LISTEN/NOTIFY, n=${r.seenByOther.n})`,
          `${ms(r.seenByOther.p50)} / ${ms(r.seenByOther.p99)}`,
        ],
      ],
    ),
    table(
      [
        '1,000-change import, PostgreSQL',
        'longest event-loop block (ms)',
        'of it, during the store write',
        'total (ms)',
      ],
      [
        [
          'importing process: applyImport',
          ms(r.importAfter.longestBlockMs),
          ms(r.importAfter.writeBlockMs ?? 0),
          ms(r.importAfter.totalMs),
        ],
        ['another process: catchUp (slices)', ms(r.followerAfter.longestBlockMs), '', ms(r.followerAfter.totalMs)],
      ],
    ),
  ].join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureLivePostgres((line) => console.error(line));
  console.log(livePostgresTables(result));
}
