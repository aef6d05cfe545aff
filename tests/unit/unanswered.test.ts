import { describe, expect, it } from 'vitest';
import { openSqliteKnowledge, storeOf } from '../helpers/sqlite-store.js';
import { attachUnanswered } from '../../src/knowledge/attach-question.js';
import { fitsForm } from '../../src/knowledge/fact-form.js';
import { KnowledgeError } from '../../src/knowledge/knowledge-base.js';
import { openDb, type Db } from '../../src/knowledge/store/db.js';
import {
  clearUnanswered,
  countUnanswered,
  findUnansweredGroup,
  groupKey,
  lastUnansweredId,
  MAX_UNANSWERED,
  recordUnanswered,
  removeUnansweredGroup,
  unansweredGroups,
  type UnansweredEntry,
} from '../../src/knowledge/store/unanswered.js';

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
const entry = (question: string, over: Partial<UnansweredEntry> = {}): UnansweredEntry => ({
  question,
  guildId: 'g1',
  source: 'none',
  nearest: [],
  at: at(0),
  ...over,
});
const MOD = { id: '42', name: 'mod#0001' };
const SLEEPER = 'is there a sleeper train to vientiane';

describe('unanswered log (store)', () => {
  it('stores question, server, source, time and nearest ids, and has no user column at all', async () => {
    const db = openDb(':memory:');
    recordUnanswered(db, entry('  who   runs the port?  ', { nearest: ['a', 'b', 'c', 'd'], at: at(5) }));
    const row = db.prepare('SELECT * FROM unanswered').get() as Record<string, unknown>;
    expect(row).toMatchObject({
      question: 'who runs the port?',
      group_key: groupKey('who runs the port?'),
      guild_id: 'g1',
      source: 'none',
      nearest: '["a","b","c"]',
      at: at(5),
    });
    const columns = (db.prepare('PRAGMA table_info(unanswered)').all() as { name: string }[]).map((c) => c.name);
    expect(columns.sort()).toEqual(['at', 'group_key', 'guild_id', 'id', 'nearest', 'question', 'source']);
    expect(columns.some((c) => /user|member|author/.test(c))).toBe(false);
  });

  it('ignores a blank question', async () => {
    const db = openDb(':memory:');
    recordUnanswered(db, entry('   '));
    expect(countUnanswered(db)).toBe(0);
  });

  it('keeps at most the cap, dropping the oldest first', async () => {
    const db = openDb(':memory:');
    for (let i = 1; i <= 7; i++) recordUnanswered(db, entry(`question ${i}`), 5);
    expect(countUnanswered(db)).toBe(5);
    expect(db.prepare('SELECT question FROM unanswered ORDER BY id').pluck().all()).toEqual([
      'question 3',
      'question 4',
      'question 5',
      'question 6',
      'question 7',
    ]);
  });

  it('the default cap is 10,000 rows', async () => {
    const db = openDb(':memory:');
    expect(MAX_UNANSWERED).toBe(10_000);
    db.transaction(() => {
      for (let i = 0; i <= MAX_UNANSWERED; i++) recordUnanswered(db, entry(`q${i}`));
    })();
    expect(countUnanswered(db)).toBe(MAX_UNANSWERED);
    expect(db.prepare('SELECT question FROM unanswered ORDER BY id LIMIT 1').pluck().get()).toBe('q1');
  });

  it('groups near-identical wordings (case, punctuation, spacing, word forms, word order), most asked first', async () => {
    const db = openDb(':memory:');
    recordUnanswered(
      db,
      entry('Toll on the Phnom Penh expressway?', { nearest: ['phnom-penh-expressway'], at: at(1) }),
    );
    recordUnanswered(db, entry('phnom penh expressway toll', { nearest: ['phnom-penh-expressway'], at: at(2) }));
    recordUnanswered(db, entry('  PHNOM-PENH   expressway tolls!! ', { nearest: ['x'], at: at(3), source: 'report' }));
    recordUnanswered(db, entry('phnom penh expressway toll', { nearest: ['phnom-penh-expressway'], at: at(4) }));
    recordUnanswered(db, entry('who is thailand prime minister', { at: at(5) }));
    const groups = unansweredGroups(db);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({
      text: 'phnom penh expressway toll',
      count: 4,
      reports: 1,
      nearest: ['phnom-penh-expressway', 'x'],
      lastAt: at(4),
    });
    expect(groups[0]!.variants).toHaveLength(3);
    expect(groups[1]).toMatchObject({ text: 'who is thailand prime minister', count: 1, reports: 0, nearest: [] });
  });

  it('keeps questions apart when a question word or a content word differs', async () => {
    expect(groupKey('When did the railway open?')).toBe(groupKey('the railway opened when'));
    expect(groupKey('when did the railway open')).not.toBe(groupKey('where did the railway open'));
    expect(groupKey('first train to vientiane')).not.toBe(groupKey('last train to vientiane'));
  });

  it('groups and lists questions in astral-plane scripts (no half surrogate pairs in a key)', async () => {
    const db = openDb(':memory:');
    const question = '𨾄䠽 𡀢𤣼 who';
    recordUnanswered(db, entry(question));
    recordUnanswered(db, entry(question.slice(0, 1)));
    expect(groupKey(question)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    const groups = unansweredGroups(db);
    expect(groups.map((g) => g.text)).toEqual(['\ufffd', question]);
    expect(findUnansweredGroup(db, question)?.count).toBe(1);
  });

  it('ties on count go to the most recently asked', async () => {
    const db = openDb(':memory:');
    recordUnanswered(db, entry('older question here'));
    recordUnanswered(db, entry('newer question here'));
    expect(unansweredGroups(db).map((g) => g.text)).toEqual(['newer question here', 'older question here']);
  });

  it('finds a group by its stable number or by near-identical text, and removes all its wordings', async () => {
    const db = openDb(':memory:');
    recordUnanswered(db, entry('rail tickets price'));
    recordUnanswered(db, entry('Price of rail tickets?'));
    recordUnanswered(db, entry('unrelated thing'));
    const group = unansweredGroups(db).find((g) => g.count === 2)!;
    expect(group.ref).toBe(1);
    expect(findUnansweredGroup(db, '#1')).toEqual(group);
    expect(findUnansweredGroup(db, '1')).toEqual(group);
    expect(findUnansweredGroup(db, 'TICKETS price rail')).toEqual(group);
    expect(findUnansweredGroup(db, '99')).toBeUndefined();
    expect(findUnansweredGroup(db, 'nothing like it')).toBeUndefined();
    expect(removeUnansweredGroup(db, group)).toBe(2);
    expect(unansweredGroups(db).map((g) => g.text)).toEqual(['unrelated thing']);
  });

  it('a group keeps its number while new questions arrive', async () => {
    const db = openDb(':memory:');
    recordUnanswered(db, entry('alpha beta'));
    recordUnanswered(db, entry('gamma delta'));
    recordUnanswered(db, entry('gamma delta'));
    const ref = findUnansweredGroup(db, 'alpha beta')!.ref;
    recordUnanswered(db, entry('Beta alpha'));
    expect(findUnansweredGroup(db, String(ref))!.count).toBe(2);
  });

  it('clear empties the log up to a row, keeping what came later, and says how many went', async () => {
    const db: Db = openDb(':memory:');
    expect(lastUnansweredId(db)).toBe(0);
    recordUnanswered(db, entry('one question'));
    recordUnanswered(db, entry('two question'));
    const shown = lastUnansweredId(db);
    expect(shown).toBe(2);
    recordUnanswered(db, entry('three question'));
    expect(clearUnanswered(db, shown)).toBe(2);
    expect(unansweredGroups(db).map((g) => g.text)).toEqual(['three question']);
    expect(clearUnanswered(db)).toBe(1);
    expect(countUnanswered(db)).toBe(0);
    expect(unansweredGroups(db)).toEqual([]);
  });
});

describe('attaching an unanswered question to a fact', () => {
  const setup = async () => {
    const { db, kb } = await openSqliteKnowledge(':memory:');
    recordUnanswered(db, entry(SLEEPER, { nearest: ['china-laos-railway-opens'] }));
    recordUnanswered(db, entry('Is there a sleeper train to Vientiane?'));
    recordUnanswered(db, entry('other question entirely'));
    return { db, kb };
  };

  it('as an example question: a revision with who and why; the group leaves the list; the question is now answered', async () => {
    const { db, kb } = await setup();
    expect(kb.answer(SLEEPER).kind).toBe('none');
    const before = (await kb.stored('china-laos-railway-opens'))!;
    const result = await attachUnanswered(kb, storeOf(db), {
      group: '1',
      factId: 'china-laos-railway-opens',
      as: 'question',
      actor: MOD,
    });
    expect(result.text).toBe('Is there a sleeper train to Vientiane?');
    expect(result.removed).toBe(2);
    const after = (await kb.stored('china-laos-railway-opens'))!;
    expect(after.version).toBe(before.version + 1);
    expect(after.fact.questions).toEqual([...before.fact.questions, 'Is there a sleeper train to Vientiane?']);
    expect(after.fact.aliases).toEqual(before.fact.aliases);
    const rev = (await kb.history('china-laos-railway-opens')).at(-1)!;
    expect(rev).toMatchObject({ action: 'edit', actorId: '42', actorName: 'mod#0001' });
    expect(rev.reason).toBe(
      'attached unanswered question (question "Is there a sleeper train to Vientiane?", asked 2 times)',
    );
    expect(unansweredGroups(db).map((g) => g.text)).toEqual(['other question entirely']);
    const answer = kb.answer(SLEEPER);
    expect(answer.kind === 'fact' && answer.fact.id).toBe('china-laos-railway-opens');
  });

  it('as an alias, with the moderator reason; revertible like any edit', async () => {
    const { db, kb } = await setup();
    const before = (await kb.stored('china-laos-railway-opens'))!;
    const { change, undoRevisionId } = await attachUnanswered(kb, storeOf(db), {
      group: SLEEPER,
      factId: 'china-laos-railway-opens',
      as: 'alias',
      actor: MOD,
      reason: 'members ask this',
    });
    expect((await kb.stored('china-laos-railway-opens'))!.fact.aliases.at(-1)).toBe(
      'Is there a sleeper train to Vientiane?',
    );
    expect(change.revision.reason).toMatch(/^members ask this \(alias /);
    expect(undoRevisionId).toBe((await kb.history('china-laos-railway-opens')).at(-2)!.id);
    await kb.revert('china-laos-railway-opens', undoRevisionId, MOD, 'undo');
    expect((await kb.stored('china-laos-railway-opens'))!.fact).toEqual(before.fact);
  });

  it('refuses an unknown group, an unknown fact, a duplicate and an over-long alias, changing nothing', async () => {
    const { db, kb } = await setup();
    recordUnanswered(db, entry('x'.repeat(150)));
    const facts = JSON.stringify(db.prepare('SELECT * FROM facts').all());
    const log = countUnanswered(db);
    const refusal = async (group: string, factId: string, as: 'question' | 'alias') => {
      try {
        await attachUnanswered(kb, storeOf(db), { group, factId, as, actor: MOD });
      } catch (error) {
        expect(error).toBeInstanceOf(KnowledgeError);
        return (error as Error).message;
      }
      throw new Error('expected a refusal');
    };
    expect(await refusal('77', 'china-laos-railway-opens', 'question')).toMatch(/No unanswered question matches "77"/);
    expect(await refusal('1', 'no-such-fact', 'question')).toMatch(/no fact with id "no-such-fact"/);
    expect(await refusal('x'.repeat(150), 'china-laos-railway-opens', 'alias')).toMatch(
      /150 characters; a fact's alias must be 1–100\. Attach it as a question instead\./,
    );
    const existing = kb.get('china-laos-railway-opens')!.questions[0]!;
    recordUnanswered(db, entry(existing.toUpperCase()));
    expect(await refusal(existing, 'china-laos-railway-opens', 'question')).toMatch(/already has that question/);
    expect(JSON.stringify(db.prepare('SELECT * FROM facts').all())).toBe(facts);
    // A question that would push the fact past what the edit form's box holds (4,000 characters).
    const stored = (await kb.stored('china-laos-railway-opens'))!;
    const filler: string[] = [];
    const withFiller = () => ({ ...stored.fact, questions: [...stored.fact.questions, ...filler] });
    while (fitsForm(withFiller()).ok) filler.push(`${filler.length} ${'q'.repeat(150)}?`);
    const last = filler.pop()!;
    await kb.edit('china-laos-railway-opens', withFiller(), stored.version, MOD, 'fill');
    const full = JSON.stringify(db.prepare('SELECT * FROM facts').all());
    recordUnanswered(db, entry(last));
    expect(await refusal(last, 'china-laos-railway-opens', 'question')).toMatch(
      /cannot take another question: the \/facts edit form could no longer hold its questions/,
    );
    expect(JSON.stringify(db.prepare('SELECT * FROM facts').all())).toBe(full);
    expect(countUnanswered(db)).toBe(log + 2);
  });
});
