/**
 * The Store contract: the same cases run against every backend (sqlite.test.ts, postgres.test.ts). Each case gets
 * a fresh empty database; opening it twice gives two stores on one database, which is what two bot processes see.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { SYSTEM_ACTOR, type Actor } from '../../src/knowledge/store/facts.js';
import { GuildSettingsError } from '../../src/knowledge/store/guild-settings.js';
import type { LedgerKey } from '../../src/knowledge/store/post-ledger.js';
import type { Store } from '../../src/knowledge/store/store.js';

export interface TestDatabase {
  /** Another store on the same database; `migrate: false` leaves the schema to `store.migrate()`. */
  open(options?: { migrate?: boolean }): Promise<Store>;
}

export interface StoreHarness {
  /** How many migrations a fresh database gets on this backend. */
  migrations: number;
  freshDatabase(): Promise<TestDatabase>;
}

const mod: Actor = { id: '1234', name: 'Mod' };
/** The fields every write of an import shares. */
const IMPORT_WRITE = {
  deleted: false,
  action: 'import' as const,
  actor: mod,
  reason: 'import',
  at: '2026-01-01T00:00:00.000Z',
};
const seeds = loadSeedFacts();
const base = seeds[0]!;
/** The fact with another summary (`tag` marks which write it came from). */
const edited = (f: Fact, tag: string): Fact => ({ ...f, summary: `Edited summary, ${tag}` });

const at = new Date('2026-07-01T01:00:00Z');
const key: LedgerKey = { guildId: 'g1', occasion: 'acfta:inForce', year: 2026 };
const key2: LedgerKey = { guildId: 'g1', occasion: 'acfta:signed', year: 2026 };

export function storeContract(harness: () => StoreHarness): void {
  const opened: Store[] = [];
  afterEach(async () => {
    while (opened.length) await opened.pop()!.close();
  });

  async function fresh(): Promise<TestDatabase> {
    const db = await harness().freshDatabase();
    return {
      async open(options) {
        const store = await db.open(options);
        opened.push(store);
        return store;
      },
    };
  }
  async function oneStore(): Promise<Store> {
    return (await fresh()).open();
  }
  async function twoStores(): Promise<[Store, Store]> {
    const db = await fresh();
    return [await db.open(), await db.open()];
  }

  describe('migrations', () => {
    it('a fresh database gets every migration once; migrating again applies nothing', async () => {
      const store = await (await fresh()).open({ migrate: false });
      expect(await store.migrate()).toBe(harness().migrations);
      expect(await store.migrate()).toBe(0);
      expect(await store.facts.list()).toEqual([]);
    });

    it('two stores migrating one database at once: one applies everything, the other nothing, both work', async () => {
      const db = await fresh();
      const [a, b] = [await db.open({ migrate: false }), await db.open({ migrate: false })];
      const counts = await Promise.all([a.migrate(), b.migrate()]);
      expect([...counts].sort((x, y) => x - y)).toEqual([0, harness().migrations]);
      expect(await a.leases.acquire('x', 'A', 0, 10)).toBe(true);
      expect(await b.leases.get('x')).toEqual({ name: 'x', holder: 'A', expiresAt: 10 });
    });
  });

  describe('facts and revisions', () => {
    it('writes a fact with its revision, lists it, and reads it back', async () => {
      const store = await oneStore();
      const rev = await store.facts.write({
        id: base.id,
        fact: base,
        deleted: false,
        action: 'add',
        actor: mod,
        reason: 'new',
        at: '2026-01-01T00:00:00.000Z',
      });
      expect(rev).toMatchObject({
        factId: base.id,
        version: 1,
        action: 'add',
        actorId: '1234',
        actorName: 'Mod',
        reason: 'new',
        before: null,
        after: base,
      });
      expect(await store.facts.get(base.id)).toEqual({
        fact: base,
        version: 1,
        deleted: false,
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
      expect((await store.facts.list()).map((s) => s.fact.id)).toEqual([base.id]);
      expect(await store.facts.revision(rev!.id)).toEqual(rev);
      expect(await store.facts.latestRevisionId()).toBe(rev!.id);
      expect(await store.facts.get('no-such-fact')).toBeUndefined();
    });

    it('edit, remove and restore bump the version and keep the history in order', async () => {
      const store = await oneStore();
      const w = { id: base.id, actor: mod, reason: 'r', at: '2026-01-01T00:00:00.000Z' };
      await store.facts.write({ ...w, fact: base, deleted: false, action: 'add', expectedVersion: 0 });
      const changed = edited(base, 'Edited summary.');
      await store.facts.write({ ...w, fact: changed, deleted: false, action: 'edit', expectedVersion: 1 });
      await store.facts.write({ ...w, fact: changed, deleted: true, action: 'remove', expectedVersion: 2 });
      expect(await store.facts.list()).toEqual([]);
      expect((await store.facts.list(true)).map((s) => [s.fact.id, s.deleted])).toEqual([[base.id, true]]);
      await store.facts.write({ ...w, fact: changed, deleted: false, action: 'restore', expectedVersion: 3 });
      const history = await store.facts.revisions(base.id);
      expect(history.map((r) => [r.version, r.action])).toEqual([
        [1, 'add'],
        [2, 'edit'],
        [3, 'remove'],
        [4, 'restore'],
      ]);
      expect(history[1]).toMatchObject({ before: base, after: changed });
      expect(history[2]).toMatchObject({ before: changed, after: null });
      expect(history[3]).toMatchObject({ before: null, after: changed });
      expect((await store.facts.get(base.id))?.version).toBe(4);
    });

    it('a stale expected version writes nothing (someone saved in between)', async () => {
      const [a, b] = await twoStores();
      const w = { id: base.id, deleted: false, actor: mod, reason: 'r', at: '2026-01-01T00:00:00.000Z' };
      await a.facts.write({ ...w, fact: base, action: 'add', expectedVersion: 0 });
      expect(await b.facts.write({ ...w, fact: base, action: 'add', expectedVersion: 0 })).toBeNull();
      expect(
        await a.facts.write({ ...w, fact: edited(base, 'A.'), action: 'edit', expectedVersion: 1 }),
      ).not.toBeNull();
      expect(await b.facts.write({ ...w, fact: edited(base, 'B.'), action: 'edit', expectedVersion: 1 })).toBeNull();
      expect((await b.facts.get(base.id))?.fact).toEqual(edited(base, 'A.'));
      expect(await b.facts.revisions(base.id)).toHaveLength(2);
    });

    it('two stores editing from the same version at once: exactly one edit lands', async () => {
      const [a, b] = await twoStores();
      const w = { id: base.id, deleted: false, actor: mod, reason: 'r', at: '2026-01-01T00:00:00.000Z' };
      await a.facts.write({ ...w, fact: base, action: 'add' });
      const results = await Promise.all([
        a.facts.write({ ...w, fact: edited(base, 'A.'), action: 'edit', expectedVersion: 1 }),
        b.facts.write({ ...w, fact: edited(base, 'B.'), action: 'edit', expectedVersion: 1 }),
      ]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      expect((await a.facts.get(base.id))?.version).toBe(2);
    });

    it('revert: the state a revision left is written back as a new revision', async () => {
      const store = await oneStore();
      const w = { id: base.id, actor: mod, reason: 'r', at: '2026-01-01T00:00:00.000Z' };
      const first = await store.facts.write({ ...w, fact: base, deleted: false, action: 'add' });
      await store.facts.write({ ...w, fact: edited(base, 'Wrong.'), deleted: false, action: 'edit' });
      await store.facts.write({ ...w, fact: edited(base, 'Wrong.'), deleted: true, action: 'remove' });
      // As KnowledgeBase.revert does it: the target's `after` (null means the fact was removed by it).
      const target = (await store.facts.revision(first!.id))!;
      const current = (await store.facts.get(base.id))!;
      const rev = await store.facts.write({
        ...w,
        fact: target.after ?? target.before ?? current.fact,
        deleted: target.after === null,
        action: 'revert',
        reason: `r (to revision #${target.id})`,
        expectedVersion: current.version,
      });
      expect(rev).toMatchObject({ version: 4, action: 'revert', before: null, after: base });
      expect(await store.facts.get(base.id)).toMatchObject({ fact: base, deleted: false, version: 4 });
      expect((await store.facts.revisions(base.id)).map((r) => r.action)).toEqual(['add', 'edit', 'remove', 'revert']);
    });

    it('writeMany is all or nothing', async () => {
      const store = await oneStore();
      const [f1, f2] = [seeds[1]!, seeds[2]!];
      const w = IMPORT_WRITE;
      expect(
        await store.facts.writeMany([
          { ...w, id: f1.id, fact: f1, expectedVersion: 0 },
          { ...w, id: f2.id, fact: f2, expectedVersion: 5 },
        ]),
      ).toBeNull();
      expect(await store.facts.list(true)).toEqual([]);
      expect(await store.facts.latestRevisionId()).toBe(0);
      const revisions = await store.facts.writeMany([
        { ...w, id: f1.id, fact: f1 },
        { ...w, id: f2.id, fact: f2 },
      ]);
      expect(revisions?.map((r) => r.factId)).toEqual([f1.id, f2.id]);
      expect((await store.facts.list()).map((s) => s.fact.id).sort()).toEqual([f1.id, f2.id].sort());
      // The revisions returned are the ones stored, a second write's `before` included.
      const again = await store.facts.writeMany([
        { ...w, id: f1.id, fact: edited(f1, 'import 2'), expectedVersion: 1 },
      ]);
      for (const r of [...revisions!, ...again!]) expect(await store.facts.revision(r.id)).toEqual(r);
      expect(again![0]).toMatchObject({ version: 2, before: f1, after: edited(f1, 'import 2') });
    });

    it('a writeMany as large as an import is all or nothing, and every store reads it once it resolves', async () => {
      // 150 writes: above the size SQLite hands to a worker thread's connection (WRITE_MANY_WORKER_AT).
      const [a, b] = await twoStores();
      const many = Array.from({ length: 150 }, (_, i) => ({ ...seeds[i % seeds.length]!, id: `bulk-${i}` }));
      const w = IMPORT_WRITE;
      const writes = many.map((f) => ({ ...w, id: f.id, fact: f, expectedVersion: 0 }));
      // The last write's expected version fails: nothing of the 149 before it is kept.
      expect(await a.facts.writeMany([...writes.slice(0, -1), { ...writes.at(-1)!, expectedVersion: 3 }])).toBeNull();
      expect(await a.facts.list(true)).toEqual([]);
      expect(await b.facts.latestRevisionId()).toBe(0);

      const revisions = (await a.facts.writeMany(writes))!;
      expect(revisions.map((r) => r.factId)).toEqual(many.map((f) => f.id));
      for (const store of [a, b]) {
        expect(await store.facts.latestRevisionId()).toBe(revisions.at(-1)!.id);
        expect((await store.facts.list()).length).toBe(150);
      }
      for (const r of [revisions[0]!, revisions[149]!]) expect(await b.facts.revision(r.id)).toEqual(r);
      // The same writes again expect version 0: every one is now at 1, so the whole write is refused.
      expect(await a.facts.writeMany(writes)).toBeNull();
      const again = (await a.facts.writeMany(
        writes.map((x) => ({ ...x, fact: edited(x.fact, 'again'), expectedVersion: 1 })),
      ))!;
      expect(again[0]).toMatchObject({ version: 2, before: many[0], after: edited(many[0]!, 'again') });
      expect(await b.facts.get(many[149]!.id)).toMatchObject({ version: 2, fact: edited(many[149]!, 'again') });
    });

    it('changedSince names the facts changed after a revision; page reads rows unparsed, by id', async () => {
      const [a, b] = await twoStores();
      const [f1, f2, f3] = [seeds[1]!, seeds[2]!, seeds[3]!];
      const w = { deleted: false, action: 'add' as const, actor: mod, reason: 'r', at: '2026-01-01T00:00:00.000Z' };
      const r1 = (await a.facts.write({ ...w, id: f1.id, fact: f1 }))!;
      const r2 = (await a.facts.write({ ...w, id: f2.id, fact: f2 }))!;
      await a.facts.write({ ...w, id: f2.id, fact: edited(f2, 'again'), action: 'edit' });
      const r4 = (await a.facts.write({ ...w, id: f3.id, fact: f3, deleted: true, action: 'remove' }))!;
      expect(await b.facts.changedSince(0, 0)).toEqual([]);
      expect((await b.facts.changedSince(r1.id, r4.id)).sort()).toEqual([f2.id, f3.id].sort());
      expect(await b.facts.changedSince(0, r1.id)).toEqual([f1.id]);
      expect(await b.facts.changedSince(r2.id, r2.id)).toEqual([]);

      const ids = [f1.id, f2.id, f3.id].sort();
      const all = await b.facts.page('', 10);
      expect(all.map((r) => r.id)).toEqual(ids);
      const row2 = all.find((r) => r.id === f2.id)!;
      expect(row2).toEqual({ id: f2.id, data: JSON.stringify(edited(f2, 'again')), version: 2, deleted: false });
      expect(all.find((r) => r.id === f3.id)).toMatchObject({ version: 1, deleted: true });
      expect((await b.facts.page('', 2)).map((r) => r.id)).toEqual(ids.slice(0, 2));
      expect((await b.facts.page(ids[1]!, 2)).map((r) => r.id)).toEqual([ids[2]]);
      expect(await b.facts.page(ids[2]!, 2)).toEqual([]);
    });

    it('ping answers while the store is open', async () => {
      const store = await oneStore();
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it("seeding inserts new facts, refreshes untouched seeds, and keeps moderators' versions", async () => {
      const store = await oneStore();
      const three = seeds.slice(0, 3);
      expect(await store.facts.seed(three, '2026-01-01T00:00:00.000Z')).toEqual({
        inserted: 3,
        refreshed: 0,
        keptModeratorVersion: 0,
      });
      expect(await store.facts.seed(three, '2026-01-02T00:00:00.000Z')).toEqual({
        inserted: 0,
        refreshed: 0,
        keptModeratorVersion: 0,
      });
      // A moderator edits the first; the shipped data changes for the first two.
      await store.facts.write({
        id: three[0]!.id,
        fact: edited(three[0]!, 'Moderated.'),
        deleted: false,
        action: 'edit',
        actor: mod,
        reason: 'fix',
        at: '2026-01-03T00:00:00.000Z',
      });
      const shipped = [edited(three[0]!, 'Shipped 2.'), edited(three[1]!, 'Shipped 2.'), three[2]!];
      expect(await store.facts.seed(shipped, '2026-01-04T00:00:00.000Z')).toEqual({
        inserted: 0,
        refreshed: 1,
        keptModeratorVersion: 1,
      });
      expect((await store.facts.get(three[0]!.id))?.fact).toEqual(edited(three[0]!, 'Moderated.'));
      expect((await store.facts.get(three[1]!.id))?.fact).toEqual(edited(three[1]!, 'Shipped 2.'));
      const history = await store.facts.revisions(three[1]!.id);
      expect(history.map((r) => [r.action, r.actorId])).toEqual([
        ['seed', SYSTEM_ACTOR.id],
        ['seed', SYSTEM_ACTOR.id],
      ]);
    });

    it('onFactsChanged hears a write committed by another store on the same database', async () => {
      const [writer, watcher] = await twoStores();
      let resolve!: (id: number) => void;
      const heard = new Promise<number>((r) => (resolve = r));
      const unsubscribe = await watcher.onFactsChanged((id) => resolve(id));
      const rev = await writer.facts.write({
        id: base.id,
        fact: base,
        deleted: false,
        action: 'add',
        actor: mod,
        reason: 'r',
        at: '2026-01-01T00:00:00.000Z',
      });
      // No timing assertion: the case waits for the notification (the test timeout is the only clock).
      expect(await heard).toBe(rev!.id);
      unsubscribe();
    });
  });

  describe('guild settings', () => {
    it('upsert validates, fills defaults, keeps untouched fields and reads back', async () => {
      const store = await oneStore();
      await expect(store.guilds.upsert({ guildId: 'g1', postTime: '25:00' })).rejects.toBeInstanceOf(
        GuildSettingsError,
      );
      await expect(store.guilds.upsert({ guildId: 'g1', enabled: true })).rejects.toThrow(/channel/);
      expect(await store.guilds.get('g1')).toBeNull();
      const s = await store.guilds.upsert(
        { guildId: 'g1', channelId: 'c1', postTime: '9:30', timezone: 'asia/singapore' },
        at,
      );
      expect(s).toMatchObject({
        guildId: 'g1',
        channelId: 'c1',
        postTime: '09:30',
        timezone: 'Asia/Singapore',
        enabled: true,
        countdownDays: 0,
        factOfTheDay: false,
        language: null,
      });
      await store.guilds.upsert({ guildId: 'g1', countdownDays: 7, factOfTheDay: true, language: 'zh-CN' }, at);
      expect(await store.guilds.get('g1')).toEqual({ ...s, countdownDays: 7, factOfTheDay: true, language: 'zh-CN' });
      expect(await store.guilds.disable('g1', at)).toBe(true);
      expect(await store.guilds.disable('nobody', at)).toBe(false);
      expect(await store.guilds.listEnabled()).toEqual([]);
    });

    it('records and clears the last posting error; a channel change clears it too', async () => {
      const store = await oneStore();
      await store.guilds.upsert({ guildId: 'g1', channelId: 'c1' }, at);
      await store.guilds.recordError('g1', 'x'.repeat(600), at);
      expect((await store.guilds.get('g1'))?.lastError).toHaveLength(500);
      await store.guilds.clearError('g1');
      expect(await store.guilds.get('g1')).toMatchObject({ lastError: null, lastErrorAt: null });
      await store.guilds.recordError('g1', 'Missing Access', at);
      await store.guilds.upsert({ guildId: 'g1', channelId: 'c2' }, at);
      expect((await store.guilds.get('g1'))?.lastError).toBeNull();
    });

    it('due listing follows next_post_ms; a settings change makes the server due at once', async () => {
      const store = await oneStore();
      for (const g of ['g3', 'g1', 'g2']) await store.guilds.upsert({ guildId: g, channelId: 'c' }, at);
      await store.guilds.upsert({ guildId: 'g4', channelId: 'c', enabled: false }, at);
      expect((await store.guilds.listDue(0)).map((s) => s.guildId)).toEqual(['g1', 'g2', 'g3']);
      const g1 = (await store.guilds.get('g1'))!;
      expect(await store.guilds.setNextPostAt(g1, 5_000)).toBe(true);
      expect(await store.guilds.setNextPostAt(g1, 5_000)).toBe(false); // unchanged: not written
      expect(await store.guilds.setNextPostAt({ guildId: 'g2', updatedAt: 'stale' }, 5_000)).toBe(false);
      expect(await store.guilds.getNextPostAt('g1')).toBe(5_000);
      expect(await store.guilds.getNextPostAt('nobody')).toBeNull();
      expect((await store.guilds.listDue(4_999)).map((s) => s.guildId)).toEqual(['g2', 'g3']);
      expect((await store.guilds.listDue(5_000)).map((s) => s.guildId)).toEqual(['g1', 'g2', 'g3']);
      expect(await store.guilds.nextPostTimes()).toEqual(
        new Map([
          ['g1', 5_000],
          ['g2', 0],
          ['g3', 0],
        ]),
      );
      await store.guilds.upsert({ guildId: 'g1', postTime: '10:00' }, at);
      expect(await store.guilds.getNextPostAt('g1')).toBe(0);
      expect((await store.guilds.listEnabled()).map((s) => s.guildId)).toEqual(['g1', 'g2', 'g3']);
    });
  });

  describe('post ledger', () => {
    it('claims at most once, then sent; a second claim loses', async () => {
      const store = await oneStore();
      expect(await store.ledger.claim({ ...key, at })).toBe(true);
      expect(await store.ledger.claim({ ...key, at })).toBe(false);
      expect(await store.ledger.get(key)).toMatchObject({
        status: 'claimed',
        claimedAt: at.toISOString(),
        sentAt: null,
        messageId: null,
      });
      await store.ledger.markSent(key, 'm1', at);
      expect(await store.ledger.get(key)).toMatchObject({
        status: 'sent',
        sentAt: at.toISOString(),
        messageId: 'm1',
        detail: null,
      });
      expect(await store.ledger.claim({ ...key, at })).toBe(false);
      expect(await store.ledger.postsSentSince(new Date(0))).toBe(1);
    });

    it('two stores racing to claim the same occasion: exactly one wins', async () => {
      const [a, b] = await twoStores();
      for (let year = 2030; year < 2040; year++) {
        const k = { ...key, year };
        const wins = await Promise.all([
          a.ledger.claim({ ...k, at }),
          b.ledger.claim({ ...k, at }),
          a.ledger.claimAll([k, { ...key2, year }], at),
        ]);
        expect(wins.filter(Boolean)).toHaveLength(1);
      }
    });

    it('two stores claiming overlapping sets in opposite orders: one wins whole, the other claims nothing', async () => {
      const [a, b] = await twoStores();
      for (let year = 2030; year < 2040; year++) {
        const [k1, k2, k3] = [
          { ...key, year },
          { ...key2, year },
          { ...key, occasion: 'other', year },
        ];
        const wins = await Promise.all([a.ledger.claimAll([k1, k2, k3], at), b.ledger.claimAll([k3, k2, k1], at)]);
        expect(wins.filter(Boolean)).toHaveLength(1);
        expect(await a.ledger.existingKeys([k1, k2, k3])).toHaveProperty('size', 3);
      }
    });

    it('claimAll is all or nothing, records the fact of the day with the claim, and an empty list claims nothing', async () => {
      const store = await oneStore();
      expect(await store.ledger.claimAll([], at)).toBe(false);
      await store.ledger.claim({ ...key2, at });
      const pick = { guildId: 'g1', localDate: '2026-07-01', factId: 'f1' };
      expect(await store.ledger.claimAll([key, key2], at, pick)).toBe(false);
      expect(await store.ledger.get(key)).toBeNull();
      expect(await store.factOfTheDay.recent('g1', '2026-07-02')).toEqual(new Set());
      const k3 = { ...key, year: 2027 };
      expect(await store.ledger.claimAll([key, k3], at, pick)).toBe(true);
      expect(await store.ledger.existingKeys([key, k3, { ...key, year: 1999 }])).toEqual(
        new Set(['g1|acfta:inForce|2026', 'g1|acfta:inForce|2027']),
      );
      expect(await store.factOfTheDay.recent('g1', '2026-07-02')).toEqual(new Set(['f1']));
    });

    it('failed, skipped and release keep their rules', async () => {
      const store = await oneStore();
      await store.ledger.claimAll([key, key2], at);
      await store.ledger.markFailed([key, key2], 'y'.repeat(700));
      expect((await store.ledger.get(key))?.detail).toHaveLength(500);
      expect((await store.ledger.get(key2))?.status).toBe('failed');
      // Release deletes only rows still claimed.
      await store.ledger.release(key);
      expect((await store.ledger.get(key))?.status).toBe('failed');
      const k3 = { ...key, year: 2027 };
      await store.ledger.claim({ ...k3, at });
      await store.ledger.release([k3]);
      expect(await store.ledger.get(k3)).toBeNull();
      expect(await store.ledger.claim({ ...k3, at })).toBe(true);
      // Skipped: only keys without a row are recorded, in the caller's order.
      const k4 = { ...key, year: 2028 };
      const k5 = { ...key, year: 2029 };
      expect(await store.ledger.markSkipped([k5, key, k4], 'missed', at)).toEqual([k5, k4]);
      expect(await store.ledger.markSkipped(k4, 'missed', at)).toEqual([]);
      expect(await store.ledger.get(k4)).toMatchObject({ status: 'skipped', detail: 'missed' });
      expect(await store.ledger.claim({ ...k4, at })).toBe(false);
    });

    it('the sweep marks only old claims interrupted; they are never claimable again', async () => {
      const store = await oneStore();
      const old = new Date('2026-07-01T00:00:00Z');
      await store.ledger.claim({ ...key, at: old });
      await store.ledger.claim({ ...key2, at });
      await store.ledger.markSent(key2, 'm', at);
      const k3 = { ...key, year: 2027 };
      await store.ledger.claim({ ...k3, at: new Date('2026-07-01T02:00:00Z') });
      expect(await store.ledger.markInterrupted(new Date('2026-07-01T01:30:00Z'))).toBe(1);
      expect(await store.ledger.get(key)).toMatchObject({
        status: 'failed',
        detail: expect.stringMatching(/interrupted/),
      });
      expect((await store.ledger.get(k3))?.status).toBe('claimed');
      expect((await store.ledger.get(key2))?.status).toBe('sent');
      expect(await store.ledger.claim({ ...key, at })).toBe(false);
      expect(await store.ledger.markInterrupted(new Date('2026-07-01T01:30:00Z'))).toBe(0);
    });

    it('history is newest first, then by occasion, and bounded', async () => {
      const store = await oneStore();
      await store.ledger.claim({ ...key2, at });
      await store.ledger.claim({ ...key, at });
      await store.ledger.claim({ ...key, year: 2025, at: new Date('2025-07-01T00:00:00Z') });
      await store.ledger.claim({ guildId: 'other', occasion: 'x', year: 2026, at });
      expect((await store.ledger.history('g1')).map((e) => `${e.occasion}/${e.year}`)).toEqual([
        'acfta:inForce/2026',
        'acfta:signed/2026',
        'acfta:inForce/2025',
      ]);
      expect(await store.ledger.history('g1', 1)).toHaveLength(1);
    });
  });

  describe('leases', () => {
    it('one holder at a time; renew only while held; takeover after expiry; release', async () => {
      const [a, b] = await twoStores();
      const TTL = 30_000;
      expect(await a.leases.acquire('scheduler', 'A', 1_000, TTL)).toBe(true);
      expect(await b.leases.acquire('scheduler', 'B', 1_000 + TTL - 1, TTL)).toBe(false);
      expect(await a.leases.renew('scheduler', 'A', 20_000, TTL)).toBe(true);
      expect(await b.leases.get('scheduler')).toEqual({ name: 'scheduler', holder: 'A', expiresAt: 20_000 + TTL });
      expect(await b.leases.renew('scheduler', 'B', 20_000, TTL)).toBe(false);
      // Expired: B takes over, and A (stalled) can no longer renew.
      expect(await b.leases.acquire('scheduler', 'B', 20_000 + TTL, TTL)).toBe(true);
      expect(await a.leases.renew('scheduler', 'A', 20_000 + TTL, TTL)).toBe(false);
      expect(await a.leases.release('scheduler', 'A')).toBe(false);
      expect(await b.leases.release('scheduler', 'B')).toBe(true);
      expect(await a.leases.get('scheduler')).toBeNull();
      expect(await a.leases.acquire('scheduler', 'A', 0, TTL)).toBe(true);
    });

    it('two stores racing for a free lease: exactly one holds it', async () => {
      const [a, b] = await twoStores();
      for (let i = 0; i < 10; i++) {
        const wins = await Promise.all([
          a.leases.acquire(`job${i}`, 'A', 0, 1_000),
          b.leases.acquire(`job${i}`, 'B', 0, 1_000),
        ]);
        expect(wins.filter(Boolean)).toHaveLength(1);
        expect((await a.leases.get(`job${i}`))?.holder).toBe(wins[0] ? 'A' : 'B');
      }
    });
  });

  describe('reports', () => {
    const report = {
      factId: 'f1',
      guildId: 'g1',
      userId: 'u1',
      userName: 'User',
      note: '  The figure is out of date.  ',
      at: '2026-07-01T00:00:00.000Z',
    };

    it('adds, lists open, counts and resolves', async () => {
      const store = await oneStore();
      const r1 = await store.reports.add(report);
      const r2 = await store.reports.add({ ...report, guildId: null });
      expect(r1).toMatchObject({ note: 'The figure is out of date.', status: 'open' });
      expect(r2.id).toBeGreaterThan(r1.id);
      expect((await store.reports.open()).map((r) => r.id)).toEqual([r1.id, r2.id]);
      expect(await store.reports.countOpen()).toBe(2);
      expect(await store.reports.resolve(r1.id)).toBe(true);
      expect(await store.reports.resolve(r1.id)).toBe(false);
      expect(await store.reports.open()).toEqual([{ ...r2, guildId: null }]);
    });

    it('submit refuses short notes and enforces the per-member limit, even for concurrent submits', async () => {
      const [a, b] = await twoStores();
      expect(await a.reports.submit({ ...report, note: ' hi ' })).toEqual({ ok: false, reason: 'too-short' });
      const limit = { max: 3, windowMs: 3_600_000 };
      const outcomes = await Promise.all([0, 1, 2, 3, 4].map((i) => (i % 2 ? a : b).reports.submit(report, limit)));
      expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
      expect(outcomes.filter((o) => !o.ok && o.reason === 'rate-limited')).toHaveLength(2);
      expect((await a.reports.submit({ ...report, userId: 'u2' }, limit)).ok).toBe(true);
    });
  });

  describe('unanswered questions', () => {
    const entry = {
      question: 'When did the  ACFTA enter into force?',
      guildId: 'g1',
      source: 'none' as const,
      nearest: ['acfta-in-force', 'x'],
      at: '2026-07-01T00:00:00.000Z',
    };

    it('groups near-identical questions, finds them by number or text, and removes a group', async () => {
      const store = await oneStore();
      await store.unanswered.record(entry);
      await store.unanswered.record({
        ...entry,
        question: 'when did ACFTA enter into force',
        source: 'report',
        at: '2026-07-02T00:00:00.000Z',
      });
      await store.unanswered.record({ ...entry, question: 'Railway length?', nearest: [] });
      await store.unanswered.record({ ...entry, question: '   ' });
      expect(await store.unanswered.count()).toBe(3);
      expect(await store.unanswered.countGroups()).toBe(2);
      const [top, second] = await store.unanswered.groups();
      expect(top).toMatchObject({
        count: 2,
        reports: 1,
        nearest: ['acfta-in-force'],
        lastAt: '2026-07-02T00:00:00.000Z',
        text: 'when did ACFTA enter into force',
      });
      expect(top!.variants).toHaveLength(2);
      expect(second).toMatchObject({ count: 1, text: 'Railway length?', nearest: [] });
      expect(await store.unanswered.find(`#${top!.ref}`)).toEqual(top);
      expect(await store.unanswered.find('WHEN did acfta enter into force??')).toEqual(top);
      expect(await store.unanswered.find('nothing like it')).toBeUndefined();
      expect(await store.unanswered.removeGroup(top!)).toBe(2);
      expect(await store.unanswered.count()).toBe(1);
    });

    it('keeps at most `cap` rows, and clear stops at the id the moderator saw', async () => {
      const store = await oneStore();
      for (let i = 0; i < 5; i++) await store.unanswered.record({ ...entry, question: `question number ${i}` }, 3);
      expect(await store.unanswered.count()).toBe(3);
      const seen = await store.unanswered.lastId();
      await store.unanswered.record({ ...entry, question: 'asked after the moderator looked' }, 3);
      expect(await store.unanswered.clear(seen)).toBe(2);
      expect((await store.unanswered.groups()).map((g) => g.text)).toEqual(['asked after the moderator looked']);
      expect(await store.unanswered.clear()).toBe(1);
      expect(await store.unanswered.lastId()).toBe(0);
    });
  });

  describe('stored sessions', () => {
    interface Draft {
      ownerId: string;
      text: string;
    }

    it('create, get, set, take; expired sessions are invisible', async () => {
      const [a, b] = await twoStores();
      let now = 1_000;
      const options = { ttlMs: 100, max: 10, maxPerOwner: 3, clock: () => now };
      const sa = a.sessions.scope<Draft>('form', options);
      const sb = b.sessions.scope<Draft>('form', options);
      const k = await sa.create({ ownerId: 'o1', text: 'draft' });
      expect(await sb.get(k)).toEqual({ ownerId: 'o1', text: 'draft' });
      expect(await b.sessions.scope<Draft>('import', options).get(k)).toBeUndefined();
      await sb.set(k, { ownerId: 'o1', text: 'edited' });
      expect(await sa.size()).toBe(1);
      const taken = await Promise.all([sa.take(k), sb.take(k)]);
      expect(taken.filter((t) => t !== undefined)).toEqual([{ ownerId: 'o1', text: 'edited' }]);
      expect(await sa.get(k)).toBeUndefined();
      const k2 = await sa.create({ ownerId: 'o1', text: 'short-lived' });
      now += 100;
      expect(await sa.get(k2)).toBeUndefined();
      expect(await sa.take(k2)).toBeUndefined();
      expect(await sa.size()).toBe(0);
    });

    it('keeps at most maxPerOwner per owner and max per scope, dropping the oldest', async () => {
      const store = await oneStore();
      let now = 0;
      const s = store.sessions.scope<Draft>('form', { ttlMs: 1_000_000, max: 4, maxPerOwner: 2, clock: () => now++ });
      const o1 = [
        await s.create({ ownerId: 'o1', text: '1' }),
        await s.create({ ownerId: 'o1', text: '2' }),
        await s.create({ ownerId: 'o1', text: '3' }),
      ];
      expect(await s.get(o1[0]!)).toBeUndefined();
      expect((await s.get(o1[2]!))?.text).toBe('3');
      for (const owner of ['o2', 'o3']) await s.create({ ownerId: owner, text: owner });
      await s.create({ ownerId: 'o4', text: 'o4' });
      expect(await s.size()).toBe(4);
      expect(await s.get(o1[1]!)).toBeUndefined(); // the oldest in the scope went first
    });
    it('sweepExpired deletes expired sessions of every scope, and only those', async () => {
      const [a, b] = await twoStores();
      let now = 1_000;
      const options = { ttlMs: 100, max: 10, maxPerOwner: 5, clock: () => now };
      const forms = a.sessions.scope<Draft>('form', options);
      const imports = a.sessions.scope<Draft>('import', { ...options, ttlMs: 1_000 });
      await forms.create({ ownerId: 'o1', text: 'old form' });
      await imports.create({ ownerId: 'o1', text: 'import' });
      now += 50;
      const fresh = await forms.create({ ownerId: 'o1', text: 'new form' });
      expect(await b.sessions.sweepExpired(now)).toBe(0);
      now = 1_100;
      expect(await b.sessions.sweepExpired(now)).toBe(1);
      expect(await b.sessions.sweepExpired(now)).toBe(0);
      expect(await forms.size()).toBe(1);
      expect((await forms.get(fresh))?.text).toBe('new form');
      now = 5_000;
      expect(await b.sessions.sweepExpired(now)).toBe(2);
    });
  });

  describe('fact of the day', () => {
    it('remembers picks for the no-repeat window only', async () => {
      const store = await oneStore();
      await store.factOfTheDay.record('g1', '2026-06-01', 'old');
      await store.factOfTheDay.record('g1', '2026-06-30', 'yesterday');
      await store.factOfTheDay.record('g1', '2026-07-01', 'first');
      await store.factOfTheDay.record('g1', '2026-07-01', 'today'); // a retried post replaces its pick
      await store.factOfTheDay.record('g2', '2026-06-30', 'other server');
      expect(await store.factOfTheDay.recent('g1', '2026-07-01')).toEqual(new Set(['yesterday']));
      expect(await store.factOfTheDay.recent('g1', '2026-07-02')).toEqual(new Set(['yesterday', 'today']));
    });
  });
}
