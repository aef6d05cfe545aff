/**
 * Run in a fresh process per measurement (see startup.ts): opens the store exactly as the bot does at start-up
 * (openKnowledge: seed, load the facts, build the search index) over the shipped base or a seed folder, then answers
 * one question as /ask would, and prints time and memory as JSON. The first answer is measured apart because the
 * search loads its English word list (src/knowledge/search/english-words.ts) on the first word the base has not seen.
 */
import { openKnowledge } from '../src/knowledge/open.js';
import { checkQuestion } from '../src/knowledge/question.js';
import { FIRST_QUESTION } from './startup.js';

const [dbPath, seedDir] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: startup-child <dbPath> [seedDir]');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

gc();
const before = process.memoryUsage();
const t = performance.now();
// No seed folder = the shipped base, with its seed notes, as src/index.ts opens it.
const opened = seedDir ? openKnowledge(dbPath, { seedDir }) : openKnowledge(dbPath);
const readyMs = performance.now() - t;
// performance.now() counts from process start: Node, tsx and module loading included.
const sinceProcessStartMs = performance.now();
gc();
const after = process.memoryUsage();

const t2 = performance.now();
const check = checkQuestion(FIRST_QUESTION);
const answer = check.ok ? opened.kb.answer(check.question) : undefined;
const firstAnswerMs = performance.now() - t2;
gc();
const afterAnswer = process.memoryUsage();

// Keep the knowledge base alive until after the measurements.
const facts = opened.kb.size;
opened.db.close();
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
    firstAnswerMs,
    firstAnswerKind: answer?.kind ?? 'refused',
    rssAfterAnswer: afterAnswer.rss,
    heapAfterAnswer: afterAnswer.heapUsed,
  })}\n`,
);
