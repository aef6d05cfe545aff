/**
 * The knowledge base takes fact changes into its index in place (its own, and other processes' through the
 * revisions table) and must then answer exactly as a knowledge base opened fresh on the same store. Large change
 * sets go in slices with turns of the event loop between them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteKnowledge, knowledgeOf } from '../helpers/sqlite-store.js';
import { KnowledgeBase, KnowledgeError } from '../../src/knowledge/knowledge-base.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { watchFacts } from '../../src/knowledge/watch-facts.js';
import { factsOfSize } from '../../bench/synthetic.js';
import { tempDir } from '../helpers/temp.js';
import { prng } from '../support/prng.js';

const mod = { id: '400000000000000001', name: 'mod#0001' };
// Development sets only; every fifth question keeps this quick (search-incremental.test.ts checks every one).
const QUESTIONS = ['questions', 'dev-en', 'dev-zh']
  .flatMap((set) =>
    (JSON.parse(readFileSync(new URL(`../eval/${set}.json`, import.meta.url), 'utf8')) as { q: string }[]).map(
      (e) => e.q,
    ),
  )
  .filter((_, i) => i % 5 === 0);

type Opened = Awaited<ReturnType<typeof openSqliteKnowledge>>;
const opened: Opened[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.db.close();
});

async function open(path = join(tempDir(), 'bot.db')): Promise<Opened & { path: string }> {
  const k = await openSqliteKnowledge(path);
  opened.push(k);
  return { ...k, path };
}

/** What members and moderators see, for comparing two knowledge bases. */
function view(kb: KnowledgeBase): string {
  return JSON.stringify([
    kb.facts().map((f) => f.id),
    kb.suggest('', 25).map((f) => f.id),
    ...QUESTIONS.map((q) => [kb.search(q, { limit: 8 }), kb.answer(q), kb.suggest(q.slice(0, 4)).map((f) => f.id)]),
  ]);
}

/** Facts for imports: the shipped ones plus synthetic ones (valid, made from the shipped words). */
function importable(base: readonly Fact[], extra: number): Fact[] {
  return factsOfSize(base, base.length + extra, 11);
}

describe('live fact updates', () => {
  it('after random moderator changes the index answers as a fresh knowledge base on the same store', async () => {
    const { db, kb } = await open();
    const rng = prng(42);
    const pool = importable(kb.facts(), 40).slice(kb.size);
    const ids = () => kb.facts().map((f) => f.id);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
    const removed: string[] = [];
    let applied = 0;
    for (let step = 0; step < 40; step++) {
      const roll = rng();
      try {
        if (roll < 0.3) {
          const id = pick(ids());
          const stored = (await kb.stored(id))!;
          const other = pick(kb.facts());
          const fact = {
            ...stored.fact,
            aliases: [other.title],
            summary: `${other.summary.slice(0, 400)} ${stored.fact.summary.slice(0, 400)}`,
          };
          await kb.edit(id, fact, stored.version, mod, 'test edit');
        } else if (roll < 0.55) {
          await kb.add({ ...pool[step % pool.length]!, related: [] }, mod, 'test add');
        } else if (roll < 0.8) {
          const id = pick(ids());
          await kb.remove(id, mod, 'test remove');
          removed.push(id);
        } else if (removed.length) {
          await kb.restore(removed.pop()!, mod, 'test restore');
        }
        applied++;
      } catch (error) {
        // A change the rules refuse (a related fact is gone) changes nothing.
        if (!(error instanceof KnowledgeError)) throw error;
      }
    }
    expect(applied).toBeGreaterThan(25);
    expect(view(kb)).toBe(view(await knowledgeOf(db)));
  });

  it("another process's large import goes in slices, with the event loop turning in between", async () => {
    const a = await open();
    const b = await open(a.path);
    const incoming = importable(a.kb.facts(), 150).map((f, i) =>
      i % 7 === 0 && i < a.kb.size ? { ...f, summary: `${f.summary} (revised)` } : f,
    );
    await a.kb.applyImport(incoming, mod, 'big import');
    const states: number[] = [];
    // Counts the facts b's index holds at each turn of the event loop while it catches up.
    let watching = true;
    const watchTurns = () => {
      states.push(b.kb.size);
      if (watching) setImmediate(watchTurns);
    };
    setImmediate(watchTurns);
    const { changed, done } = await b.kb.catchUp({ items: 10, ms: Infinity });
    expect(changed).toBe(true);
    expect(b.kb.size).toBeLessThan(a.kb.size);
    await done;
    watching = false;
    // Sizes seen between slices: more than one distinct partial state, each at most one slice apart.
    const partial = new Set(states.filter((n) => n < a.kb.size));
    expect(partial.size).toBeGreaterThan(5);
    expect(b.kb.size).toBe(a.kb.size);
    expect(b.kb.revisionId).toBe(a.kb.revisionId);
    expect(view(b.kb)).toBe(view(await knowledgeOf(b.db)));
  });

  it('a poll that finds a large change set reports it at once and has it all in the index when settled', async () => {
    const a = await open();
    const b = await open(a.path);
    const watch = await watchFacts({ store: b.store, kb: b.kb, subscribe: false });
    await a.kb.applyImport(importable(a.kb.facts(), 300), mod, 'big import');
    expect(await watch.check()).toBe(true);
    await watch.settled();
    expect(await watch.check()).toBe(false);
    expect(view(b.kb)).toBe(view(await knowledgeOf(b.db)));
  });

  it('a change set above the rebuild share is rebuilt, not updated fact by fact, when taken in at once', async () => {
    const a = await open();
    const b = await open(a.path);
    await a.kb.applyImport(importable(a.kb.facts(), 200), mod, 'big import');
    const rebuilds = b.kb.rebuilds;
    expect(await b.kb.refreshIfChanged()).toBe(true);
    expect(b.kb.rebuilds).toBe(rebuilds + 1);
    expect(b.kb.size).toBe(a.kb.size);
  });
});
