import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factChoices } from '../../src/commands/shared/autocomplete.js';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { parseRange } from '../../src/knowledge/lists.js';
import { checkQuestion } from '../../src/knowledge/question.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { tokenize } from '../../src/knowledge/search/normalize.js';
import { openDb } from '../../src/knowledge/store/db.js';
import { seedFacts } from '../../src/knowledge/store/facts.js';
import { SqliteStore } from '../../src/knowledge/store/sqlite-store.js';
import { searchTimeZones } from '../../src/knowledge/local-time.js';
import { clip, defuseMentions } from '../../src/render/limits.js';
import { hostileString, RAW_MENTION } from './hostile-input.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const db = openDb(':memory:');
seedFacts(db, facts, '2026-01-01T00:00:00Z');
const kb = await KnowledgeBase.open(new SqliteStore(db));
const RUNS = { numRuns: 1500, seed: 20261122 };

describe('the pure core under hostile input', () => {
  it('search, nearest and suggest never throw and stay within their bounds', () => {
    fc.assert(
      fc.property(hostileString(), (text) => {
        const hits = search.search(text, { limit: 5 });
        expect(hits.length).toBeLessThanOrEqual(5);
        for (const h of hits) (expect(h.score).toBeGreaterThan(0), expect(h.score).toBeLessThan(1));
        expect(search.nearest(text, 3).length).toBeLessThanOrEqual(3);
        expect(search.suggest(text, 25).length).toBeLessThanOrEqual(25);
        tokenize(text);
      }),
      RUNS,
    );
  });

  it('autocomplete choices always fit Discord: at most 25, names 1–100, values 1–100', () => {
    fc.assert(
      fc.property(hostileString(), (text) => {
        const choices = factChoices(kb, text);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThanOrEqual(1);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeGreaterThanOrEqual(1);
          expect(c.value.length).toBeLessThanOrEqual(100);
        }
        const zones = searchTimeZones(text, 25);
        expect(zones.length).toBeLessThanOrEqual(25);
        for (const z of zones) expect(z.length).toBeLessThanOrEqual(100);
      }),
      RUNS,
    );
  });

  it('question and date checks answer every input with a verdict, never an exception', () => {
    fc.assert(
      fc.property(hostileString(), hostileString(), (a, b) => {
        const q = checkQuestion(a);
        if (q.ok) {
          expect(q.question.length).toBeGreaterThan(0);
          expect([...q.question].length).toBeLessThanOrEqual(300);
        } else expect(q.error.length).toBeGreaterThan(0);
        const r = parseRange(a, b);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('clip and defuseMentions keep text within limits and ping-free', () => {
    fc.assert(
      fc.property(hostileString(), fc.integer({ min: 1, max: 4096 }), (text, max) => {
        expect(clip(text, max).length).toBeLessThanOrEqual(max);
        expect(defuseMentions(text)).not.toMatch(RAW_MENTION);
      }),
      RUNS,
    );
  });
});
