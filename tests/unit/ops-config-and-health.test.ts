import { describe, expect, it } from 'vitest';
import { storeOf } from '../helpers/sqlite-store.js';
import { loadConfig } from '../../src/config.js';
import { openDb } from '../../src/knowledge/store/db.js';
import { checkHealth, HealthState, rememberingErrors } from '../../src/ops/health.js';
import { createLogger, registerSecret } from '../../src/logger.js';

describe('operations configuration', () => {
  it('defaults: metrics off, loopback host, JSON-or-TTY logs, backups in data/backups with no daily job', () => {
    expect(loadConfig({})).toMatchObject({
      metricsPort: undefined,
      metricsHost: '127.0.0.1',
      logFormat: 'auto',
      discordApiUrl: undefined,
      backupDir: 'data/backups',
      backupKeep: 0,
      backupSchedule: '30 3 * * *',
    });
    expect(
      loadConfig({ METRICS_PORT: '9464', DISCORD_API_URL: 'http://127.0.0.1:8080/api', BACKUP_KEEP: '7' }),
    ).toMatchObject({
      metricsPort: 9464,
      discordApiUrl: 'http://127.0.0.1:8080/api',
      backupKeep: 7,
    });
  });

  it('names each bad operations variable', () => {
    const bad = {
      METRICS_PORT: '70000',
      METRICS_HOST: 'local host',
      LOG_FORMAT: 'xml',
      DISCORD_API_URL: 'ftp://x',
      BACKUP_KEEP: '-1',
      BACKUP_SCHEDULE: 'daily',
    };
    for (const [name, value] of Object.entries(bad)) {
      expect(() => loadConfig({ [name]: value }), name).toThrow(new RegExp(`\\b${name}:`));
    }
  });
});

describe('health', () => {
  const ready = { ready: true, status: 'Ready' };

  it('is ok only with a ready gateway and a database that answers', async () => {
    const db = openDb(':memory:');
    const store = storeOf(db);
    expect(await checkHealth(ready, store)).toEqual({ ok: true, reason: 'ok' });
    expect(await checkHealth({ ready: false, status: 'Reconnecting' }, store)).toEqual({
      ok: false,
      reason: 'gateway not ready (status: Reconnecting)',
    });
    db.close();
    const closed = await checkHealth(ready, store);
    expect(closed.ok).toBe(false);
    expect(closed.reason).toMatch(/^database not answering: .*not open/);
    expect(closed.reason).not.toContain('\n');
  });

  it('remembers the last error line, redacted, and counts posts today from the ledger', async () => {
    let now = new Date('2025-12-31T10:00:00Z');
    const health = new HealthState(() => now);
    const lines: string[] = [];
    const log = rememberingErrors(
      createLogger('debug', (l) => lines.push(l)),
      health,
    );
    const secret = 'a-registered-secret-for-health';
    registerSecret(secret);
    log.warn('just a warning');
    log.error('reminders: tick could not start', { error: `disk on fire ${secret}` });
    const db = openDb(':memory:');
    const insert = db.prepare(
      `INSERT INTO post_ledger (guild_id, occasion, year, status, claimed_at, sent_at, message_id) VALUES (?, ?, 2025, ?, ?, ?, ?)`,
    );
    insert.run('1', 'a:date', 'sent', '2025-12-31T01:00:00.000Z', '2025-12-31T01:00:01.000Z', 'm1');
    insert.run('1', 'b:date', 'sent', '2025-12-31T01:00:00.000Z', '2025-12-31T01:00:01.000Z', 'm1'); // same message
    insert.run('2', 'a:date', 'sent', '2025-12-30T01:00:00.000Z', '2025-12-30T23:59:59.000Z', 'm0'); // yesterday (UTC)
    insert.run('3', 'a:date', 'failed', '2025-12-31T01:00:00.000Z', null, null);
    health.recordTick();
    const facts = await health.facts(storeOf(db));
    expect(facts).toEqual({
      lastTickAt: now,
      postsToday: 1,
      lastError: { message: 'reminders: tick could not start: disk on fire [redacted]', at: now },
    });
    now = new Date('2026-01-01T00:00:00Z');
    expect((await health.facts(storeOf(db))).postsToday).toBe(0);
    db.close();
    expect((await health.facts(storeOf(db))).postsToday).toBeNull();
    expect(lines).toHaveLength(2);
  });
});
