/**
 * `npm run backup` during a write load, `npm run restore` into a fresh folder, and the restored facts, revisions
 * and post ledger compared with the source. The writer is a separate process (the bot's role); backup and
 * restore run as the real CLI commands.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteKnowledge } from '../helpers/sqlite-store.js';
import { backupDatabase, defaultBackupPath, pruneBackups, restoreDatabase } from '../../src/knowledge/store/backup.js';
import { claimAll, markSent } from '../../src/knowledge/store/post-ledger.js';
import { acquireRunLock, lockPath } from '../../src/knowledge/store/run-lock.js';
import { backupJob } from '../../src/scheduler/backup-job.js';
import { startJobs } from '../../src/scheduler/jobs.js';
import { tempDir } from '../helpers/temp.js';

const ROOT = join(import.meta.dirname, '..', '..');
const WRITER = join(ROOT, 'tests', 'helpers', 'crash-writer.ts');
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

function cli(script: 'backup' | 'restore' | 'migrate', args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', `${script}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DISCORD_TOKEN: '', ...env },
  });
}

type Row = Record<string, unknown>;
function tables(path: string): { facts: Row[]; revisions: Row[]; ledger: Row[] } {
  const db = new Database(path, { readonly: true });
  try {
    return {
      facts: db.prepare('SELECT * FROM facts ORDER BY id').all() as Row[],
      revisions: db.prepare('SELECT * FROM fact_revisions ORDER BY id').all() as Row[],
      ledger: db.prepare('SELECT * FROM post_ledger ORDER BY guild_id, occasion, year').all() as Row[],
    };
  } finally {
    db.close();
  }
}

/** A source database with the seed facts and a few ledger rows. */
async function seedSource(dbPath: string): Promise<void> {
  const { db } = await openSqliteKnowledge(dbPath);
  const at = new Date('2025-12-31T01:00:00Z');
  for (const g of ['100000000000000001', '100000000000000002']) {
    const keys = [{ guildId: g, occasion: 'asean-community:date', year: 2025 }];
    claimAll(db, keys, at);
    markSent(db, keys, `m-${g}`, at);
  }
  claimAll(db, [{ guildId: '100000000000000003', occasion: 'rcep-in-force:inForce', year: 2026 }], at);
  db.close();
}

describe('backup and restore', () => {
  it('backs up during a write load; the restore in a fresh folder is a consistent snapshot of facts, revisions and ledger', async () => {
    const dir = tempDir('corridor-backup-');
    const source = join(dir, 'live', 'corridor.db');
    await seedSource(source);

    const writer = spawn(process.execPath, ['--import', 'tsx', WRITER, source, 'load'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acks = 0;
    writer.stdout.on(
      'data',
      (chunk: Buffer) =>
        (acks += chunk
          .toString()
          .split('\n')
          .filter((l) => l.startsWith('ack ')).length),
    );
    try {
      await expect.poll(() => acks, { timeout: 45_000, interval: 20 }).toBeGreaterThan(20);
      const backupPath = join(dir, 'backups', 'during-load.db');
      const before = acks;
      const backup = cli('backup', [backupPath], { DATABASE_PATH: source });
      expect(backup.stderr).toBe('');
      expect(backup.status).toBe(0);
      expect(backup.stdout).toMatch(
        /^backed up .*corridor\.db to .*during-load\.db \(\d+ KiB, integrity_check ok\)\n$/,
      );
      // The writer kept committing while the backup ran (and after): this was a backup under load.
      await expect.poll(() => acks, { timeout: 45_000, interval: 20 }).toBeGreaterThan(before + 20);
      writer.kill('SIGKILL');
      await new Promise((resolve) => writer.once('exit', resolve));

      const fresh = join(dir, 'fresh-folder', 'corridor.db');
      const restore = cli('restore', [backupPath], { DATABASE_PATH: fresh });
      expect(restore.stderr).toBe('');
      expect(restore.status).toBe(0);
      expect(restore.stdout).toMatch(
        /^restored .*fresh-folder\/corridor\.db from .*during-load\.db \(integrity_check ok\)\. Start the bot/,
      );

      const live = tables(source);
      const restored = tables(fresh);
      // Revisions are append-only: the snapshot holds exactly the first k of the live ones, and the load went on after it.
      expect(restored.revisions.length).toBeGreaterThan(0);
      expect(restored.revisions.length).toBeLessThan(live.revisions.length);
      expect(restored.revisions).toEqual(live.revisions.slice(0, restored.revisions.length));
      // Each fact and its revision are written in one transaction: in the snapshot every fact is at its last revision.
      const lastVersion = new Map<unknown, unknown>();
      for (const r of restored.revisions) lastVersion.set(r.fact_id, r.version);
      for (const f of restored.facts) expect(f.version, String(f.id)).toBe(lastVersion.get(f.id));
      expect(restored.facts.length).toBe(new Set(restored.revisions.map((r) => r.fact_id)).size);
      // The ledger did not change during the load: identical.
      expect(restored.ledger).toEqual(live.ledger);
      expect(restored.ledger).toHaveLength(3);
      // And the restored file opens as a working knowledge base.
      const reopened = await openSqliteKnowledge(fresh);
      expect(reopened.kb.size).toBe(restored.facts.filter((f) => f.deleted === 0).length);
      reopened.db.close();
    } finally {
      writer.kill('SIGKILL');
    }

    // At rest, a second backup restores to exactly the live state.
    const atRest = join(dir, 'backups', 'at-rest.db');
    await backupDatabase(source, atRest);
    const again = join(dir, 'fresh-2', 'corridor.db');
    restoreDatabase(atRest, again);
    expect(tables(again)).toEqual(tables(source));
  }, 150_000); // child processes under a loaded 2-core CI (the PostgreSQL tests run beside it): a ceiling, not a speed check

  it('restore refuses while a bot runs on the database, and accepts once it stopped or crashed', async () => {
    const dir = tempDir('corridor-restore-');
    const target = join(dir, 'corridor.db');
    await seedSource(target);
    const backupPath = join(dir, 'b.db');
    await backupDatabase(target, backupPath);

    const lock = acquireRunLock(target); // this test process plays the running bot
    const refused = cli('restore', [backupPath], { DATABASE_PATH: target });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `error: Corridor is running on ${target} (pid ${process.pid}); stop it first (e.g. systemctl stop corridor), then restore\n`,
    );
    expect(readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
    lock.release();
    expect(existsSync(lockPath(target))).toBe(false);

    // A crashed bot leaves its pid file behind; a dead pid does not block the restore.
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    writeFileSync(lockPath(target), `${dead}\n`);
    const { previous } = restoreDatabase(backupPath, target, new Date('2026-01-02T03:04:05Z'));
    expect(previous).toBe(`${target}.before-restore-20260102-030405Z`);
    expect(existsSync(previous!)).toBe(true);
    expect(tables(target)).toEqual(tables(previous!));
  });

  it('restore refuses a corrupt or foreign file and changes nothing', async () => {
    const dir = tempDir('corridor-restore-bad-');
    const target = join(dir, 'corridor.db');
    await seedSource(target);
    const before = tables(target);

    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 7)]));
    const bad = cli('restore', [corrupt], { DATABASE_PATH: target });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^error: .*corrupt\.db (is not a readable SQLite database|failed integrity_check)/);

    const foreign = join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (id INTEGER)');
    other.close();
    expect(() => restoreDatabase(foreign, target)).toThrow(
      /not a Corridor database \(missing facts, fact_revisions, post_ledger, guild_settings\)/,
    );
    expect(cli('restore', [], { DATABASE_PATH: target }).stderr).toMatch(
      /^error: usage: npm run restore -- BACKUP_FILE/,
    );

    expect(tables(target)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.includes('before-restore') || f.endsWith('.restoring'))).toEqual([]);
  });

  it('npm run migrate brings a database to the current schema and refuses while the bot runs', async () => {
    const dir = tempDir('corridor-migrate-');
    const target = join(dir, 'new', 'corridor.db');
    const run = cli('migrate', [], { DATABASE_PATH: target });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/corridor\.db: schema at version \d+ \(\d+ migrations applied\)\n$/);
    expect(Object.keys(tables(target))).toEqual(['facts', 'revisions', 'ledger']);
    const lock = acquireRunLock(target);
    try {
      const refused = cli('migrate', [], { DATABASE_PATH: target });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/Corridor is running on .*stop it before migrating/);
    } finally {
      lock.release();
    }
  });

  it('the daily job writes named backups and keeps only the newest N', async () => {
    const dir = tempDir('corridor-backup-job-');
    const { db } = await openSqliteKnowledge(join(dir, 'corridor.db'));
    let now = new Date('2026-01-01T03:30:00Z');
    const jobs = startJobs(
      [backupJob({ db, dir: join(dir, 'backups'), keep: 2, schedule: '30 3 * * *', log: quiet, clock: () => now })],
      { log: quiet, clock: () => now },
    );
    try {
      for (let day = 0; day < 4; day++) {
        now = new Date(Date.UTC(2026, 0, 1 + day, 3, 30));
        expect(await jobs.runNow('backup')).toEqual({
          at: now,
          ok: true,
          detail: `wrote ${defaultBackupPath(join(dir, 'backups'), now)}`,
        });
      }
      expect(jobs.status()).toEqual([
        {
          name: 'backup',
          schedule: '30 3 * * *',
          lastRun: { at: now, ok: true, detail: expect.stringContaining('wrote') },
        },
      ]);
    } finally {
      await jobs.stop();
      db.close();
    }
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual([
      'corridor-20260103-033000Z.db',
      'corridor-20260104-033000Z.db',
    ]);
    expect(pruneBackups(join(dir, 'backups'), 5)).toEqual([]);
  });
});
