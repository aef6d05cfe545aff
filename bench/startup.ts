/** Start-up time to ready and memory at each size, each measured in a fresh child process for honest RSS. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fact } from '../src/knowledge/schema.js';

/** Asked once after ready: "kick" is in no fact, so answering it looks the word up in the English word list. */
export const FIRST_QUESTION = 'When did RCEP kick in?';

export interface StartupSample {
  facts: number;
  /** openKnowledge() alone. */
  readyMs: number;
  /** From process start (Node, tsx, module loading) to ready. */
  sinceProcessStartMs: number;
  inserted: number;
  rssBefore: number;
  rssAfter: number;
  heapBefore: number;
  heapAfter: number;
  /** Loading the search's word lists after ready (as the bot does), and memory after it. */
  dictionariesMs: number;
  rssAfterDictionaries: number;
  /** The first /ask answer after that, and memory after it. */
  firstAnswerMs: number;
  firstAnswerKind: string;
  /** What read the English word list in this process: 'start-up', 'first answer' or 'nothing'. */
  wordListLoadedBy: string;
  rssAfterAnswer: number;
  heapAfterAnswer: number;
}

export interface StartupResult {
  /** Fact count, or 'shipped' for the shipped seed base. */
  size: number | 'shipped';
  /** First start: empty database, every fact seeded. */
  first: StartupSample;
  /** Restart: the database exists; seed facts are only compared. */
  restart: StartupSample;
}

const CHILD = fileURLToPath(new URL('./startup-child.ts', import.meta.url));

function runChild(dbPath: string, seedDir?: string): StartupSample {
  const args = ['--expose-gc', '--import', 'tsx', CHILD, dbPath, ...(seedDir ? [seedDir] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
  const line = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as StartupSample;
}

/** Start-up over the given facts, or over the shipped seed base (src/knowledge/seed, with its notes) when none are given. */
export function measureStartup(size: number | 'shipped', facts?: readonly Fact[]): StartupResult {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-bench-'));
  try {
    let seedDir: string | undefined;
    if (facts) {
      seedDir = join(dir, 'seed');
      mkdirSync(seedDir);
      writeFileSync(join(seedDir, 'facts.json'), JSON.stringify(facts));
    }
    const dbPath = join(dir, 'bench.db');
    const first = runChild(dbPath, seedDir);
    const restart = runChild(dbPath, seedDir);
    return { size, first, restart };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
