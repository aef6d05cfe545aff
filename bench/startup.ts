/** Start-up time to ready and memory at each size, each measured in a fresh child process for honest RSS. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Fact } from '../src/knowledge/schema.js';

/** Asked once after ready: "kick" is in no fact, so answering it looks the word up in the English word list. */
export const FIRST_QUESTION = 'When did RCEP kick in?';

export interface StartupSample {
  facts: number;
  /** openKnowledge() alone. */
  readyMs: number;
  /** From process start (Node, tsx if any, module loading) to ready. */
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

/** How the child runs the bot's modules: src/ through tsx, or dist/ on plain Node as `npm start` runs them. */
export type Runtime = 'tsx' | 'compiled';

export interface StartupResult {
  /** Fact count, or 'shipped' for the shipped seed base. */
  size: number | 'shipped';
  runtime: Runtime;
  /** First start: empty database, every fact seeded. */
  first: StartupSample;
  /** Restart: the database exists; seed facts are only compared. */
  restart: StartupSample;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHILD = fileURLToPath(new URL('./startup-child.ts', import.meta.url));

/** The child as plain JavaScript in dir (types erased by TypeScript's transpiler): the compiled run loads no tsx. */
let built = false;
async function childScript(runtime: Runtime, dir: string): Promise<string> {
  if (runtime === 'tsx') return CHILD;
  if (!built) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  built = true;
  const ts = (await import('typescript')).default;
  const { outputText } = ts.transpileModule(readFileSync(CHILD, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = join(dir, 'startup-child.mjs');
  writeFileSync(file, outputText);
  return file;
}

function runChild(runtime: Runtime, child: string, dbPath: string, seedDir?: string): StartupSample {
  const modules = pathToFileURL(join(ROOT, runtime === 'tsx' ? 'src' : 'dist') + '/').href;
  const loader = runtime === 'tsx' ? ['--import', 'tsx'] : [];
  const args = ['--expose-gc', ...loader, child, modules, FIRST_QUESTION, dbPath, ...(seedDir ? [seedDir] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000, cwd: ROOT });
  const line = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as StartupSample;
}

/** Start-up over the given facts, or over the shipped seed base (src/knowledge/seed, with its notes) when none are given. */
export async function measureStartup(
  size: number | 'shipped',
  facts?: readonly Fact[],
  runtime: Runtime = 'tsx',
): Promise<StartupResult> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-bench-'));
  try {
    const child = await childScript(runtime, dir);
    let seedDir: string | undefined;
    if (facts) {
      seedDir = join(dir, 'seed');
      mkdirSync(seedDir);
      writeFileSync(join(seedDir, 'facts.json'), JSON.stringify(facts));
    }
    const dbPath = join(dir, 'bench.db');
    const first = runChild(runtime, child, dbPath, seedDir);
    const restart = runChild(runtime, child, dbPath, seedDir);
    return { size, runtime, first, restart };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
