import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteKnowledge, knowledgeOf } from '../helpers/sqlite-store.js';
import { KnowledgeError } from '../../src/knowledge/knowledge-base.js';
import { openDb } from '../../src/knowledge/store/db.js';
import { seedFacts } from '../../src/knowledge/store/facts.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { tempDir } from '../helpers/temp.js';

const mod = { id: '400000000000000001', name: 'mod#0001' };
const other = { id: '400000000000000002', name: 'other#0002' };

async function fresh() {
  const dir = tempDir();
  const path = join(dir, 'kb.db');
  return { path, ...(await openSqliteKnowledge(path)) };
}

const newFact = {
  kind: 'figure',
  id: 'test-figure',
  title: 'A test figure',
  summary: 'A number that only exists in this test.',
  value: 42,
  unit: 'widgets',
  period: '2025',
  asOf: '2025-06-30',
  sources: [{ publisher: 'Test Press', title: 'Widgets', date: '2025-07' }],
};

describe('store and knowledge base', () => {
  it('opens in WAL mode with migrations recorded', async () => {
    const { db } = await fresh();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBeGreaterThanOrEqual(1);
    db.close();
  });

  it('seeds once and never overwrites a moderator edit on a later start', async () => {
    const { path, db, kb, seed } = await fresh();
    expect(seed.inserted).toBe(loadSeedFacts().length);
    const stored = (await kb.stored('rcep-in-force'))!;
    const edited = { ...stored.fact, summary: 'Edited by a moderator for the test.' };
    await kb.edit('rcep-in-force', edited, stored.version, mod, 'test edit');
    db.close();
    const again = await openSqliteKnowledge(path);
    expect(again.seed.inserted).toBe(0);
    expect(again.seed.keptModeratorVersion).toBe(1);
    expect(again.kb.get('rcep-in-force')?.summary).toBe('Edited by a moderator for the test.');
    again.db.close();
  });

  it('refreshes untouched seed facts when the shipped JSON changes', async () => {
    const dir = tempDir();
    const db = openDb(join(dir, 's.db'));
    const seeds = loadSeedFacts();
    seedFacts(db, seeds, '2026-01-01T00:00:00Z');
    const changed = seeds.map((f) => (f.id === 'rcep-signed' ? { ...f, summary: `${f.summary} Updated.` } : f));
    const report = seedFacts(db, changed, '2026-02-01T00:00:00Z');
    expect(report.refreshed).toBe(1);
    expect((await knowledgeOf(db)).get('rcep-signed')?.summary.endsWith('Updated.')).toBe(true);
    db.close();
  });

  it('adds, edits, removes, restores and reverts, keeping who/when/why', async () => {
    const { db, kb } = await fresh();
    await kb.add(newFact, mod, 'new data');
    expect(kb.search('widgets')[0]?.fact.id).toBe('test-figure');
    const v1 = (await kb.stored('test-figure'))!;
    await kb.edit('test-figure', { ...newFact, value: 43 }, v1.version, mod, 'corrected');
    await kb.remove('test-figure', other, 'duplicate');
    expect(kb.get('test-figure')).toBeUndefined();
    expect(kb.search('widgets')).toEqual([]);
    await kb.restore('test-figure', mod, 'not a duplicate');
    const history = await kb.history('test-figure');
    expect(history.map((r) => r.action)).toEqual(['add', 'edit', 'remove', 'restore']);
    expect(history[2]).toMatchObject({ actorId: other.id, actorName: other.name, reason: 'duplicate', after: null });
    expect(history[1]!.before).toMatchObject({ value: 42 });
    expect(history[1]!.after).toMatchObject({ value: 43 });
    await kb.revert('test-figure', history[0]!.id, mod, 'back to the original');
    expect(kb.get('test-figure')).toMatchObject({ value: 42 });
    expect((await kb.history('test-figure')).at(-1)).toMatchObject({
      action: 'revert',
      reason: `back to the original (to revision #${history[0]!.id})`,
    });
    db.close();
  });

  it('refuses a save made from a stale copy and changes nothing', async () => {
    const { db, kb } = await fresh();
    const base = (await kb.stored('rcep-in-force'))!;
    await kb.edit(
      'rcep-in-force',
      { ...base.fact, summary: 'First moderator saved this summary.' },
      base.version,
      mod,
      'first',
    );
    await expect(
      kb.edit(
        'rcep-in-force',
        { ...base.fact, summary: 'Second moderator from a stale copy.' },
        base.version,
        other,
        'second',
      ),
    ).rejects.toThrow(expect.objectContaining({ code: 'stale' }));
    expect(kb.get('rcep-in-force')?.summary).toBe('First moderator saved this summary.');
    db.close();
  });

  it('lists every problem of an invalid fact and changes nothing', async () => {
    const { db, kb } = await fresh();
    const before = kb.size;
    try {
      await kb.add({ ...newFact, value: 'lots', asOf: 'yesterday', related: ['nope'] }, mod, '');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(KnowledgeError);
      expect((err as KnowledgeError).problems.join('\n')).toMatch(/value/);
      expect((err as KnowledgeError).problems.join('\n')).toMatch(/asOf/);
    }
    expect(kb.size).toBe(before);
    expect(await kb.history('test-figure')).toEqual([]);
    db.close();
  });

  it('plans an import without touching the base, then applies it in one go', async () => {
    const { db, kb } = await fresh();
    const current = kb.facts();
    const unlinked = 'rcep-signed';
    const incoming = [
      ...current
        .filter((f) => f.id !== unlinked)
        .map((f) => ({ ...f, related: f.related.filter((r) => r !== unlinked) }))
        .map((f) => (f.id === 'rcep-in-force' ? { ...f, summary: `${f.summary} (imported)` } : f)),
      newFact,
    ];
    const revisionsBefore = db.prepare('SELECT count(*) FROM fact_revisions').pluck().get();
    const { plan } = await kb.planImport(incoming);
    expect(plan.added).toEqual(['test-figure']);
    expect(plan.removed).toEqual([unlinked]);
    expect(plan.changed).toContain('rcep-in-force');
    expect(db.prepare('SELECT count(*) FROM fact_revisions').pluck().get()).toBe(revisionsBefore);
    expect(kb.get(unlinked)).toBeDefined();
    await kb.applyImport(incoming, mod, 'quarterly update');
    expect(kb.get(unlinked)).toBeUndefined();
    expect(kb.get('test-figure')).toBeDefined();
    await expect(kb.planImport([{ ...newFact, id: 'Bad Id' }])).rejects.toThrow(KnowledgeError);
    await expect(kb.applyImport([], mod, 'oops')).rejects.toThrow(/no facts/);
    // Dropping a fact that others still link to is refused as a whole.
    await expect(kb.planImport(kb.facts().filter((f) => f.id !== 'china-laos-railway-opens'))).rejects.toThrow(
      expect.objectContaining({
        problems: expect.arrayContaining([expect.stringMatching(/unknown fact id "china-laos-railway-opens"/)]),
      }),
    );
    db.close();
  });
});
