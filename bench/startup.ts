/** Start-up time to ready and memory at each size, each measured in a fresh child process for honest RSS. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fact } from '../src/knowledge/schema.js';

export interface StartupSample {
  facts: number;
  readyMs: number;
  inserted: number;
  rssBefore: number;
  rssAfter: number;
  heapBefore: number;
  heapAfter: number;
}

export interface StartupResult {
  size: number;
  /** First start: empty database, every fact seeded. */
  first: StartupSample;
  /** Restart: the database exists; seed facts are only compared. */
  restart: StartupSample;
}

const CHILD = fileURLToPath(new URL('./startup-child.ts', import.meta.url));

function runChild(dbPath: string, seedDir: string): StartupSample {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, dbPath, seedDir], { encoding: 'utf8', timeout: 120_000 });
  const line = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as StartupSample;
}

export function measureStartup(size: number, facts: readonly Fact[]): StartupResult {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-bench-'));
  try {
    const seedDir = join(dir, 'seed');
    mkdirSync(seedDir);
    writeFileSync(join(seedDir, 'facts.json'), JSON.stringify(facts));
    const dbPath = join(dir, 'bench.db');
    const first = runChild(dbPath, seedDir);
    const restart = runChild(dbPath, seedDir);
    return { size, first, restart };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
