import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../src/knowledge/store/db.js';
import {
  claim,
  claimAll,
  getEntry,
  history,
  markFailed,
  markInterrupted,
  markSent,
  markSkipped,
  release,
} from '../../src/knowledge/store/post-ledger.js';

const at = new Date('2026-07-01T01:00:00Z');
const key = { guildId: 'g1', occasion: 'acfta:inForce', year: 2026 };

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-ledger-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'bot.db');
}

describe('post ledger', () => {
  it('a second claim loses; other years and guilds are separate', () => {
    const db = openDb(':memory:');
    expect(claim(db, { ...key, at })).toBe(true);
    expect(claim(db, { ...key, at })).toBe(false);
    expect(claim(db, { ...key, year: 2027, at })).toBe(true);
    expect(claim(db, { ...key, guildId: 'g2', at })).toBe(true);
    expect(getEntry(db, key)).toMatchObject({ status: 'claimed', claimedAt: at.toISOString(), messageId: null });
  });

  it('claimAll is all-or-nothing', () => {
    const db = openDb(':memory:');
    const a = { guildId: 'g', occasion: 'a:date', year: 2026 };
    const b = { guildId: 'g', occasion: 'b:date', year: 2026 };
    const c = { guildId: 'g', occasion: 'c:date', year: 2026 };
    expect(claim(db, { ...b, at })).toBe(true);
    expect(claimAll(db, [a, b, c], at)).toBe(false);
    expect(getEntry(db, a)).toBeNull();
    expect(getEntry(db, c)).toBeNull();
    expect(claimAll(db, [a, c], at)).toBe(true);
    expect(claimAll(db, [], at)).toBe(false);
  });

  it('sent, failed, skipped and release', () => {
    const db = openDb(':memory:');
    claim(db, { ...key, at });
    markSent(db, key, 'm1', new Date('2026-07-01T01:00:05Z'));
    expect(getEntry(db, key)).toMatchObject({ status: 'sent', messageId: 'm1', sentAt: '2026-07-01T01:00:05.000Z' });
    release(db, key); // only claimed rows are released
    expect(getEntry(db, key)!.status).toBe('sent');

    const k2 = { ...key, occasion: 'other:date' };
    claim(db, { ...k2, at });
    markFailed(db, [k2], 'forbidden: Missing Access');
    expect(getEntry(db, k2)).toMatchObject({ status: 'failed', detail: 'forbidden: Missing Access' });

    const k3 = { ...key, occasion: 'third:date' };
    claim(db, { ...k3, at });
    release(db, [k3]);
    expect(getEntry(db, k3)).toBeNull();
    expect(claim(db, { ...k3, at })).toBe(true);

    const k4 = { ...key, occasion: 'fourth:date' };
    expect(markSkipped(db, [k4, k3], 'missed', at)).toEqual([k4]);
    expect(markSkipped(db, [k4], 'missed', at)).toEqual([]);
    expect(getEntry(db, k4)).toMatchObject({ status: 'skipped', detail: 'missed' });
    expect(getEntry(db, k3)!.status).toBe('claimed');
    expect(claim(db, { ...k4, at })).toBe(false);

    expect(
      history(db, 'g1')
        .map((e) => e.occasion)
        .sort(),
    ).toEqual(['acfta:inForce', 'fourth:date', 'other:date', 'third:date']);
    expect(history(db, 'nobody')).toEqual([]);
  });

  it('a long failure detail is cut to 500 characters, ending in …; a short one is kept whole', () => {
    const db = openDb(':memory:');
    claim(db, { ...key, at });
    markFailed(db, key, 'x'.repeat(600));
    expect(getEntry(db, key)!.detail).toBe(`${'x'.repeat(499)}…`);
    markFailed(db, key, 'y'.repeat(500));
    expect(getEntry(db, key)!.detail).toBe('y'.repeat(500));
  });

  it('markInterrupted turns stale claims into failed, never into retries', () => {
    const db = openDb(':memory:');
    claim(db, { ...key, at });
    expect(markInterrupted(db, new Date(at.getTime() - 1))).toBe(0);
    expect(markInterrupted(db, new Date(at.getTime() + 1))).toBe(1);
    expect(getEntry(db, key)).toMatchObject({ status: 'failed' });
    expect(getEntry(db, key)!.detail).toMatch(/interrupted/);
    release(db, key);
    expect(claim(db, { ...key, at })).toBe(false);
  });

  it('two connections to the same file (two instances): exactly one claim wins', () => {
    const file = tempFile();
    const one: Db = openDb(file);
    const two: Db = openDb(file);
    cleanups.unshift(() => {
      one.close();
      two.close();
    });
    let wins = 0;
    for (let year = 2000; year < 2050; year++) {
      const k = { guildId: 'g', occasion: 'x:date', year };
      // Alternate who goes first; the loser must see the winner's committed row.
      const [first, second] = year % 2 ? [one, two] : [two, one];
      const r1 = claim(first, { ...k, at });
      const r2 = claim(second, { ...k, at });
      expect(r1).toBe(true);
      expect(r2).toBe(false);
      wins += Number(r1) + Number(r2);
    }
    expect(wins).toBe(50);

    // A transaction held open by one connection makes the other wait (busy_timeout) rather than double-claim.
    const k = { guildId: 'g', occasion: 'held:date', year: 2026 };
    one.exec('BEGIN IMMEDIATE');
    one
      .prepare(
        `INSERT INTO post_ledger (guild_id, occasion, year, status, claimed_at) VALUES ('g','held:date',2026,'claimed','x')`,
      )
      .run();
    two.pragma('busy_timeout = 0');
    expect(() => claim(two, { ...k, at })).toThrow(/locked|busy/i);
    one.exec('COMMIT');
    expect(claim(two, { ...k, at })).toBe(false);
    expect(getEntry(two, k)!.status).toBe('claimed');
  });
});
