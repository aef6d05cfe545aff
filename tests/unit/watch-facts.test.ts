/** Two processes' knowledge bases on one file: a change through one is seen by the other after a poll. */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openKnowledge, type OpenedKnowledge } from '../../src/knowledge/open.js';
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

const opened: OpenedKnowledge[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.db.close();
});

function two(): [OpenedKnowledge, OpenedKnowledge] {
  const path = join(tempDir(), 'bot.db');
  const a = openKnowledge(path);
  const b = openKnowledge(path);
  opened.push(a, b);
  return [a, b];
}

describe('watchFacts', () => {
  it("another process's add and remove reach this knowledge base at the next poll", () => {
    const [a, b] = two();
    const watch = watchFacts({ db: b.db, kb: b.kb, timer: false });
    a.kb.add(newFact, mod, 'test');
    expect(b.kb.get('watch-figure')).toBeUndefined();
    expect(watch.check()).toBe(true);
    expect(b.kb.get('watch-figure')?.title).toBe(newFact.title);
    expect(b.kb.search('Zorblax').map((h) => h.fact.id)).toContain('watch-figure');
    a.kb.remove('watch-figure', mod, 'test');
    expect(watch.check()).toBe(true);
    expect(b.kb.get('watch-figure')).toBeUndefined();
    expect(watch.check()).toBe(false);
  });

  it('writes that are not fact changes do not rebuild the index', () => {
    const [a, b] = two();
    const watch = watchFacts({ db: b.db, kb: b.kb, timer: false });
    const refresh = vi.spyOn(b.kb, 'refresh');
    upsertGuildSettings(a.db, { guildId: 'g1', channelId: 'c1' });
    expect(watch.check()).toBe(false);
    expect(refresh).not.toHaveBeenCalled();
  });

  it("this process's own change is not refreshed twice", () => {
    const [a] = two();
    const watch = watchFacts({ db: a.db, kb: a.kb, timer: false });
    a.kb.add(newFact, mod, 'test');
    const refresh = vi.spyOn(a.kb, 'refresh');
    expect(watch.check()).toBe(false);
    expect(a.kb.refreshIfChanged()).toBe(false);
    expect(refresh).not.toHaveBeenCalled();
  });
});
