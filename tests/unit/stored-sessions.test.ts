import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORM_TTL_MS,
  IMPORT_TTL_MS,
  moderationSessions,
  type FormSession,
  type PendingImport,
} from '../../src/commands/facts/sessions.js';
import { openDb, type Db } from '../../src/knowledge/store/db.js';
import { tempDir } from '../helpers/temp.js';
import { storeOf } from '../helpers/sqlite-store.js';

/** A bot's sessions over this database, on this clock. */
function sessionsOn(db: Db, clock: { now: number }) {
  return moderationSessions(storeOf(db), () => new Date(clock.now));
}

const draft: FormSession = {
  ownerId: '400000000000000101',
  mode: 'edit',
  kind: 'milestone',
  factId: 'rcep-in-force',
  version: 3,
  reason: 'clearer summary',
  values: {
    title: 'RCEP enters into force',
    text: 'typed but not yet valid',
    specifics: '2022-01-01',
    sources: '',
    more: '',
  },
};
const pending: PendingImport = {
  ownerId: '400000000000000101',
  raw: [{ id: 'x', nested: { ok: true } }],
  fileName: 'facts.json',
  plan: { added: ['x'], changed: [], removed: ['y'], unchanged: 41 },
  reason: 'quarterly refresh',
};

describe('drafts and pending imports are kept in SQLite with their expiry', () => {
  it('a draft and a pending import survive closing and reopening the store (a restart)', async () => {
    const path = join(tempDir(), 'sessions.db');
    const clock = { now: Date.UTC(2025, 0, 1, 9) };
    const first = openDb(path);
    const formKey = await sessionsOn(first, clock).forms.create(draft);
    const importKey = await sessionsOn(first, clock).imports.create(pending);
    first.close();

    clock.now += 5 * 60_000;
    const reopened = openDb(path);
    const after = sessionsOn(reopened, clock);
    expect(await after.forms.get(formKey)).toEqual(draft);
    expect(await after.imports.get(importKey)).toEqual(pending);
    // Taken once: a double press, even from another process, acts on it only once.
    expect(await after.imports.take(importKey)).toEqual(pending);
    expect(await after.imports.take(importKey)).toBeUndefined();
    reopened.close();
  });

  it('expired ones are gone after a restart, and their rows are swept', async () => {
    const path = join(tempDir(), 'sessions.db');
    const clock = { now: Date.UTC(2025, 0, 1, 9) };
    const first = openDb(path);
    const formKey = await sessionsOn(first, clock).forms.create(draft);
    const importKey = await sessionsOn(first, clock).imports.create(pending);
    first.close();

    const reopened = openDb(path);
    const after = sessionsOn(reopened, clock);
    clock.now += IMPORT_TTL_MS;
    expect(await after.imports.get(importKey)).toBeUndefined();
    expect(await after.imports.take(importKey)).toBeUndefined();
    expect(await after.forms.get(formKey)).toEqual(draft);
    clock.now += FORM_TTL_MS;
    expect(await after.forms.get(formKey)).toBeUndefined();
    await after.forms.create({ ...draft, ownerId: 'someone else' });
    expect(reopened.prepare("SELECT count(*) FROM sessions WHERE scope = 'form'").pluck().get()).toBe(1);
    reopened.close();
  });

  it('saving a draft again restarts its hour', async () => {
    const db = openDb(':memory:');
    const clock = { now: 0 };
    const { forms } = sessionsOn(db, clock);
    const key = await forms.create(draft);
    clock.now = FORM_TTL_MS - 1;
    await forms.set(key, { ...draft, reason: 'second try' });
    clock.now = FORM_TTL_MS + 1000;
    expect((await forms.get(key))?.reason).toBe('second try');
  });

  it('one moderator’s many drafts drop their own oldest, never another moderator’s', async () => {
    const db = openDb(':memory:');
    const clock = { now: 0 };
    const { forms } = sessionsOn(db, clock);
    const theirs = await forms.create({ ...draft, ownerId: 'other' });
    const mine: string[] = [];
    for (let n = 0; n < 600; n++) {
      clock.now++;
      mine.push(await forms.create(draft));
    }
    expect((await forms.get(theirs))?.ownerId).toBe('other');
    expect((await Promise.all(mine.map((k) => forms.get(k)))).filter(Boolean).length).toBe(20);
    expect(await forms.get(mine.at(-1)!)).toBeDefined();
    expect(await forms.size()).toBe(21);
  });
});
