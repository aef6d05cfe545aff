import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteKnowledge } from '../helpers/sqlite-store.js';
import { openDb } from '../../src/knowledge/store/db.js';
import { Fact } from '../../src/knowledge/schema.js';
import { tempDir } from '../helpers/temp.js';

const WRITER = join(import.meta.dirname, '..', 'helpers', 'crash-writer.ts');
const ROOT = join(import.meta.dirname, '..', '..');

interface Ack {
  n: number;
  factId: string;
  version: number;
  revisionId: number;
}

/** Runs the writer until it has acknowledged `killAfter` changes, then kill -9s it; returns the acks it printed. */
function runAndKill(
  dbPath: string,
  tag: string,
  killAfter: number,
): Promise<{ acks: Ack[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // node + tsx's loader directly (not the tsx CLI, which would run the writer in a grandchild that SIGKILL misses).
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dbPath, tag], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let buffer = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`writer produced only ${acks.length} acks in time; stderr: ${stderr}`));
    }, 25_000);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const m = /^ack (\d+) (\S+) (\d+) (\d+)$/.exec(line);
        if (!m) continue;
        acks.push({ n: Number(m[1]), factId: m[2]!, version: Number(m[3]), revisionId: Number(m[4]) });
        if (!killed && acks.length >= killAfter) {
          killed = true;
          child.kill('SIGKILL'); // mid-way through the batch: the writer never stops by itself
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ acks, signal, stderr });
    });
  });
}

interface FactRow {
  id: string;
  data: string;
  version: number;
  deleted: number;
}
interface RevisionRow {
  id: number;
  fact_id: string;
  version: number;
  reason: string;
  after: string | null;
}

describe('crash safety: kill -9 mid-batch loses no acknowledged change', () => {
  it('three rounds of writes killed at random points leave a consistent store with every ack in it', async () => {
    const dbPath = join(tempDir('corridor-crash-'), 'crash.db');
    (await openSqliteKnowledge(dbPath)).db.close(); // seed once, as the bot would

    for (const [round, killAfter] of [
      [1, 7],
      [2, 23 + Math.floor(Math.random() * 20)],
      [3, 41 + Math.floor(Math.random() * 30)],
    ] as const) {
      const tag = `r${round}`;
      const { acks, signal, stderr } = await runAndKill(dbPath, tag, killAfter);
      expect(signal, stderr).toBe('SIGKILL');
      expect(acks.length).toBeGreaterThanOrEqual(killAfter);

      const db = openDb(dbPath);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);

        const facts = db.prepare('SELECT id, data, version, deleted FROM facts').all() as FactRow[];
        const revisions = db
          .prepare('SELECT id, fact_id, version, reason, after FROM fact_revisions ORDER BY id')
          .all() as RevisionRow[];
        const byFact = new Map<string, RevisionRow[]>();
        for (const r of revisions) byFact.set(r.fact_id, [...(byFact.get(r.fact_id) ?? []), r]);

        // No half-written fact: its version is the number of its revisions, and the newest revision is its state.
        for (const f of facts) {
          const revs = byFact.get(f.id) ?? [];
          expect(
            revs.map((r) => r.version),
            f.id,
          ).toEqual(revs.map((_, i) => i + 1));
          expect(f.version, f.id).toBe(revs.length);
          const last = revs.at(-1)!;
          expect(last.after, f.id).toBe(f.deleted ? null : f.data);
          expect(() => Fact.parse(JSON.parse(f.data))).not.toThrow();
        }
        expect([...byFact.keys()].every((id) => facts.some((f) => f.id === id))).toBe(true);

        // Every acknowledged change is there, exactly as acknowledged.
        const byId = new Map(revisions.map((r) => [r.id, r]));
        for (const ack of acks) {
          const rev = byId.get(ack.revisionId);
          expect(rev, `ack ${ack.n}`).toBeDefined();
          expect(rev).toMatchObject({ fact_id: ack.factId, version: ack.version, reason: `${tag}#${ack.n}` });
        }
        // And the round's changes have no holes: 1..M, M at least the last ack (at most one unacknowledged extra).
        const done = revisions
          .filter((r) => r.reason.startsWith(`${tag}#`))
          .map((r) => Number(r.reason.slice(tag.length + 1)));
        expect(done).toEqual(done.map((_, i) => i + 1));
        expect(done.length).toBeGreaterThanOrEqual(acks.length);
        expect(done.length).toBeLessThanOrEqual(acks.length + 1);
      } finally {
        db.close();
      }
      // The bot can start on it again.
      const reopened = await openSqliteKnowledge(dbPath);
      expect(reopened.kb.size).toBeGreaterThan(0);
      reopened.db.close();
    }
  }, 90_000);
});
