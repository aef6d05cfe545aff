/** Two processes' knowledge bases on one file: a change through one is seen by the other after a poll. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteKnowledge } from '../helpers/sqlite-store.js';
import { upsertGuildSettings } from '../../src/knowledge/store/guild-settings.js';
import { watchFacts } from '../../src/knowledge/watch-facts.js';
import { tempDir } from '../helpers/temp.js';

const mod = { id: '400000000000000001', name: 'mod#0001' };
const newFact = {
  kind: 'figure',
  id: 'watch-figure',
  title: 'A figure only this test knows',
  summary: 'Zorblax widgets shipped.',
  value: 42,
  unit: 'widgets',
  period: '2025',
  asOf: '2025-06-30',
  sources: [{ publisher: 'Test Press', title: 'Widgets', date: '2025-07' }],
};

type Opened = Awaited<ReturnType<typeof openSqliteKnowledge>>;
const opened: Opened[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.db.close();
});

async function two(): Promise<[Opened, Opened]> {
  const path = join(tempDir(), 'bot.db');
  const a = await openSqliteKnowledge(path);
  const b = await openSqliteKnowledge(path);
  opened.push(a, b);
  return [a, b];
}

describe('watchFacts', () => {
  it("another process's add and remove reach this knowledge base at the next poll", async () => {
    const [a, b] = await two();
    const watch = await watchFacts({ store: b.store, kb: b.kb, subscribe: false });
    await a.kb.add(newFact, mod, 'test');
    expect(b.kb.get('watch-figure')).toBeUndefined();
    expect(await watch.check()).toBe(true);
    expect(b.kb.get('watch-figure')?.title).toBe(newFact.title);
    expect(b.kb.search('Zorblax').map((h) => h.fact.id)).toContain('watch-figure');
    await a.kb.remove('watch-figure', mod, 'test');
    expect(await watch.check()).toBe(true);
    expect(b.kb.get('watch-figure')).toBeUndefined();
    expect(await watch.check()).toBe(false);
  });

  it('writes that are not fact changes do not rebuild the index', async () => {
    const [a, b] = await two();
    const watch = await watchFacts({ store: b.store, kb: b.kb, subscribe: false });
    const rebuilds = b.kb.rebuilds;
    upsertGuildSettings(a.db, { guildId: 'g1', channelId: 'c1' });
    expect(await watch.check()).toBe(false);
    expect(b.kb.rebuilds).toBe(rebuilds);
  });

  it("this process's own change is not refreshed twice", async () => {
    const [a] = await two();
    const watch = await watchFacts({ store: a.store, kb: a.kb, subscribe: false });
    await a.kb.add(newFact, mod, 'test');
    const rebuilds = a.kb.rebuilds;
    expect(await watch.check()).toBe(false);
    expect(await a.kb.refreshIfChanged()).toBe(false);
    expect(a.kb.rebuilds).toBe(rebuilds);
  });
});
