/**
 * Run in a fresh process per measurement (see startup.ts), under tsx or transpiled to plain JavaScript: opens the
 * store exactly as the bot does at start-up (openKnowledge: seed, load the facts, build the search index) over the
 * shipped base or a seed folder, then answers one question as /ask would, and prints time and memory as JSON.
 * Between the two it loads the search's word lists as the bot does once READY (src/knowledge/search/dictionaries.ts),
 * timed and measured apart.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

// Notes whether the English word list is read, so the report can say the first answer really loaded it.
let wordListLoaded = false;
const readFileSync = fs.readFileSync;
fs.readFileSync = ((...args: Parameters<typeof readFileSync>) => {
  if (/word-list/.test(String(args[0]))) wordListLoaded = true;
  return readFileSync(...args);
}) as typeof readFileSync;
syncBuiltinESMExports();
const [modules, question, dbPath, seedDir] = process.argv.slice(2);
if (!modules || !question || !dbPath)
  throw new Error('usage: startup-child <modulesDirUrl> <question> <dbPath> [seedDir]');
// The bot's modules from src/ (under tsx) or dist/ (compiled, as npm start runs them), imported after the spy so the
// search's own `import { readFileSync }` sees it.
const load = async <T>(path: string) => (await import(new URL(path, modules).href)) as T;
const { openKnowledge } = await load<typeof import('../src/knowledge/open.js')>('knowledge/open.js');
const { checkQuestion } = await load<typeof import('../src/knowledge/question.js')>('knowledge/question.js');
const { loadDictionaries } = await load<typeof import('../src/knowledge/search/dictionaries.js')>(
  'knowledge/search/dictionaries.js',
);
const forcedGc = (globalThis as { gc?: () => void }).gc ?? (() => {});
// Twice: V8 hands the pages a collection freed back to the system only at the next one, so after one the RSS still
// holds what loading the word lists left behind (188 MB right after them, 171 MB after a second collection).
const gc = () => {
  forcedGc();
  forcedGc();
};

const loadedAtStart = wordListLoaded;
gc();
const before = process.memoryUsage();
const t = performance.now();
// No seed folder = the shipped base, with its seed notes, as src/index.ts opens it.
const opened = seedDir ? await openKnowledge(dbPath, { seedDir }) : await openKnowledge(dbPath);
const readyMs = performance.now() - t;
// performance.now() counts from process start: Node, tsx if any, and module loading included.
const sinceProcessStartMs = performance.now();
gc();
const after = process.memoryUsage();

// As the bot does once READY: the search's word lists, before any question.
const dictionariesMs = loadDictionaries();
gc();
const afterDictionaries = process.memoryUsage();

const t2 = performance.now();
const check = checkQuestion(question);
const answer = check.ok ? opened.kb.answer(check.question) : undefined;
const firstAnswerMs = performance.now() - t2;
gc();
const afterAnswer = process.memoryUsage();

// Keep the knowledge base alive until after the measurements.
const facts = opened.kb.size;
await opened.store.close();
process.stdout.write(
  `${JSON.stringify({
    facts,
    readyMs,
    sinceProcessStartMs,
    inserted: opened.seed.inserted,
    rssBefore: before.rss,
    rssAfter: after.rss,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    dictionariesMs,
    rssAfterDictionaries: afterDictionaries.rss,
    firstAnswerMs,
    firstAnswerKind: answer?.kind ?? 'refused',
    wordListLoadedBy: loadedAtStart ? 'start-up' : wordListLoaded ? 'word lists after ready' : 'nothing',
    rssAfterAnswer: afterAnswer.rss,
    heapAfterAnswer: afterAnswer.heapUsed,
  })}\n`,
);
