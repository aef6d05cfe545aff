import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteKnowledge, knowledgeOf } from '../helpers/sqlite-store.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { Fact } from '../../src/knowledge/schema.js';
import { loadSeedNotes, noteFor, statementHash } from '../../src/knowledge/seed-notes.js';
import { openDb } from '../../src/knowledge/store/db.js';
import { seedFacts, SYSTEM_ACTOR } from '../../src/knowledge/store/facts.js';
import { tempDir } from '../helpers/temp.js';
import { OLD_FACTS } from '../helpers/old-facts.js';

const seeds = loadSeedFacts();
const notes = loadSeedNotes();
const byId = new Map(seeds.map((f) => [f.id, f]));
const oldOpens = Fact.parse(OLD_FACTS['china-laos-railway-opens']);

/** The shipped base with one fact swapped for its old text, as an older install would have seeded it. */
const withOld = (old: Fact) => seeds.map((f) => (f.id === old.id ? old : f));

describe('seed notes: why each shipped fact changed', () => {
  it('has one note per corrected fact, each tied to the version shipped now', async () => {
    for (const n of notes) {
      const fact = byId.get(n.id);
      expect(fact, `note for unknown fact ${n.id}`).toBeDefined();
      // A stale hash means the fact changed again: update the note's hash (or its reason) to this value.
      expect(n.hash, `stale note for ${n.id}`).toBe(statementHash(fact!));
    }
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
    const corrected = [
      'acfta-3-0-standards-chapters',
      'china-laos-railway-passenger-peak',
      'china-laos-railway-opens',
      'acfta-in-force',
      'acfta-3-0-strong-signal',
      'acfta-early-harvest-begins',
      'long-jiang-industrial-park',
      'asean-community-established',
      'rcep-in-force',
    ];
    for (const id of corrected) expect(noteFor(notes, id, statementHash(byId.get(id)!)), id).toMatch(/^Correction/);
  });

  it('re-seeding an old database records the correction and its source as the revision reason', async () => {
    const path = join(tempDir(), 'old.db');
    const db = openDb(path);
    seedFacts(db, withOld(oldOpens), '2025-01-01T00:00:00Z');
    expect((await knowledgeOf(db)).get('china-laos-railway-opens')?.details).toMatch(/about 10 hours/);
    db.close();

    const { db: again, kb, seed } = await openSqliteKnowledge(path, { now: () => new Date('2026-01-01T00:00:00Z') });
    expect(seed.refreshed).toBe(1);
    const last = (await kb.history('china-laos-railway-opens')).at(-1)!;
    expect(last).toMatchObject({ action: 'seed', actorId: SYSTEM_ACTOR.id, at: '2026-01-01T00:00:00.000Z' });
    expect(last.reason).toBe(
      noteFor(notes, 'china-laos-railway-opens', statementHash(byId.get('china-laos-railway-opens')!)),
    );
    expect(last.reason).toMatch(/10\.5 hours.*Sources?: /);
    expect(last.before?.details).toMatch(/about 10 hours/);
    expect(last.after?.details).toMatch(/10\.5 hours/);
    again.close();
  });

  it('keeps the generic reason for a change no note explains', async () => {
    const db = openDb(join(tempDir(), 'generic.db'));
    const oldSigned = { ...byId.get('rcep-signed')!, summary: 'An older summary of the RCEP signing, for the test.' };
    seedFacts(db, withOld(oldSigned), '2025-01-01T00:00:00Z');
    seedFacts(db, seeds, '2026-01-01T00:00:00Z', notes);
    expect((await (await knowledgeOf(db)).history('rcep-signed')).at(-1)!.reason).toBe('updated seed data');
    db.close();
  });

  it("does not give a correction's reason to a refresh that only adds example questions or translations", async () => {
    const db = openDb(join(tempDir(), 'aids.db'));
    const current = byId.get('china-laos-railway-opens')!;
    seedFacts(db, withOld({ ...current, questions: current.questions.slice(1) }), '2025-01-01T00:00:00Z');
    seedFacts(db, seeds, '2026-01-01T00:00:00Z', notes);
    const last = (await (await knowledgeOf(db)).history('china-laos-railway-opens')).at(-1)!;
    expect(last.reason).toBe('updated seed data (example questions or translations)');
    expect(last.after?.questions).toEqual(current.questions);
    db.close();
  });

  it('never touches a fact a moderator edited, note or not', async () => {
    const db = openDb(join(tempDir(), 'moderated.db'));
    seedFacts(db, withOld(oldOpens), '2025-01-01T00:00:00Z');
    const kb = await knowledgeOf(db);
    const stored = (await kb.stored('china-laos-railway-opens'))!;
    await kb.edit(
      'china-laos-railway-opens',
      { ...stored.fact, summary: 'A moderator rewrote this summary for the test.' },
      stored.version,
      { id: 'm1', name: 'Mod' },
      'local wording',
    );
    const report = seedFacts(db, seeds, '2026-01-01T00:00:00Z', notes);
    expect(report).toMatchObject({ refreshed: 0, keptModeratorVersion: 1 });
    expect(kb.get('china-laos-railway-opens')?.summary).toBe('A moderator rewrote this summary for the test.');
    expect((await kb.history('china-laos-railway-opens')).at(-1)!.reason).toBe('local wording');
    db.close();
  });
});
