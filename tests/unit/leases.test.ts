/** The scheduler lease: one holder at a time across connections to one file, takeover only after expiry. */
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/knowledge/store/db.js';
import { acquireLease, getLease, releaseLease, renewLease } from '../../src/knowledge/store/leases.js';
import { startLeadership } from '../../src/scheduler/leader.js';
import { storeOf } from '../helpers/sqlite-store.js';
import { tempDir } from '../helpers/temp.js';

const TTL = 30_000;
const opened: Db[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

/** Two connections to one file: what two processes on one machine see. */
function twoHandles(): [Db, Db] {
  const path = `${tempDir()}/bot.db`;
  const a = openDb(path);
  const b = openDb(path);
  opened.push(a, b);
  return [a, b];
}

const quiet = { info: () => {}, warn: () => {} };

describe('leases', () => {
  it('one holder at a time across two handles on one file', () => {
    const [a, b] = twoHandles();
    expect(acquireLease(a, 'scheduler', 'A', 1_000, TTL)).toBe(true);
    expect(acquireLease(b, 'scheduler', 'B', 1_000, TTL)).toBe(false);
    expect(acquireLease(b, 'scheduler', 'B', 1_000 + TTL - 1, TTL)).toBe(false);
    expect(getLease(b, 'scheduler')).toEqual({ name: 'scheduler', holder: 'A', expiresAt: 1_000 + TTL });
    // The holder extends its own lease, so B still waits.
    expect(renewLease(a, 'scheduler', 'A', 20_000, TTL)).toBe(true);
    expect(acquireLease(b, 'scheduler', 'B', 1_000 + TTL, TTL)).toBe(false);
    expect(getLease(b, 'scheduler')!.expiresAt).toBe(20_000 + TTL);
  });

  it('another handle takes over once the lease has expired', () => {
    const [a, b] = twoHandles();
    acquireLease(a, 'scheduler', 'A', 0, TTL);
    expect(acquireLease(b, 'scheduler', 'B', TTL, TTL)).toBe(true);
    expect(getLease(a, 'scheduler')).toMatchObject({ holder: 'B', expiresAt: 2 * TTL });
  });

  it('a stale holder cannot renew after another took over, nor after its own expiry', () => {
    const [a, b] = twoHandles();
    acquireLease(a, 'scheduler', 'A', 0, TTL);
    expect(renewLease(a, 'scheduler', 'A', TTL, TTL)).toBe(false);
    acquireLease(b, 'scheduler', 'B', TTL + 1, TTL);
    expect(renewLease(a, 'scheduler', 'A', TTL + 2, TTL)).toBe(false);
    expect(acquireLease(a, 'scheduler', 'A', TTL + 2, TTL)).toBe(false);
    expect(getLease(a, 'scheduler')!.holder).toBe('B');
  });

  it('release frees the lease at once, but only for its holder', () => {
    const [a, b] = twoHandles();
    acquireLease(a, 'scheduler', 'A', 0, TTL);
    expect(releaseLease(b, 'scheduler', 'B')).toBe(false);
    expect(releaseLease(a, 'scheduler', 'A')).toBe(true);
    expect(acquireLease(b, 'scheduler', 'B', 1, TTL)).toBe(true);
  });
});

describe('leadership', () => {
  it('one leader of two; the other takes over after the leader stops renewing, and the old one steps down', async () => {
    const [a, b] = twoHandles();
    let now = 0;
    const clock = () => now;
    const leads: string[] = [];
    const one = await startLeadership({
      store: storeOf(a),
      log: quiet,
      holder: 'A',
      leaseMs: TTL,
      clock,
      timer: false,
      onLead: () => leads.push('A'),
    });
    const two = await startLeadership({
      store: storeOf(b),
      log: quiet,
      holder: 'B',
      leaseMs: TTL,
      clock,
      timer: false,
      onLead: () => leads.push('B'),
    });
    expect([one.isLeader(), two.isLeader()]).toEqual([true, false]);
    now = 10_000;
    expect([await one.check(), await two.check()]).toEqual([true, false]);
    // A stalls (no checks): its own clock says it no longer leads once its lease has run out.
    now = 10_000 + TTL;
    expect(one.isLeader()).toBe(false);
    expect(await two.check()).toBe(true);
    expect(await one.check()).toBe(false);
    expect(leads).toEqual(['A', 'B']);
    await one.stop();
    await two.stop();
  });

  it('stop releases the lease so the other process leads at its next check', async () => {
    const [a, b] = twoHandles();
    const clock = () => 5;
    const one = await startLeadership({
      store: storeOf(a),
      log: quiet,
      holder: 'A',
      leaseMs: TTL,
      clock,
      timer: false,
    });
    const two = await startLeadership({
      store: storeOf(b),
      log: quiet,
      holder: 'B',
      leaseMs: TTL,
      clock,
      timer: false,
    });
    await one.stop();
    expect(one.isLeader()).toBe(false);
    expect(await two.check()).toBe(true);
    await two.stop();
  });
});
