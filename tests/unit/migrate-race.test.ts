import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/knowledge/store/migrations.js';
import { tempDir } from '../helpers/temp.js';

const OPENER = join(process.cwd(), 'tests', 'helpers', 'racing-opener.ts');
const PROCESSES = 8;

function run(dbPath: string, startAt: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', OPENER, dbPath, String(startAt)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('start-up on a new database', () => {
  it(`${PROCESSES} processes started at once on a new file all migrate and seed without error`, async () => {
    const dbPath = join(tempDir(), 'race.db');
    // Far enough ahead that every child has loaded its modules and is spinning when the instant comes.
    const startAt = Date.now() + 6_000;
    const results = await Promise.all(Array.from({ length: PROCESSES }, () => run(dbPath, startAt)));

    for (const r of results) expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const counts = new Set(results.map((r) => r.stdout.trim()));
    expect(counts.size).toBe(1);
    expect([...counts][0]).toMatch(/^ok [1-9]\d*$/);

    const db = new Database(dbPath, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    const seeds = db.prepare("SELECT COUNT(*) FROM fact_revisions WHERE action = 'seed'").pluck().get();
    expect(seeds).toBe(Number([...counts][0]!.slice(3)));
    db.close();
  }, 60_000);
});
