import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactFileError, loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { datePrecision, Fact } from '../../src/knowledge/schema.js';
import { tempDir } from '../helpers/temp.js';

const facts = loadSeedFacts();

describe('the curated fact base', () => {
  it('holds 40+ facts of every kind, each valid, with unique ids', () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    for (const kind of ['milestone', 'figure', 'agreement'] as const)
      expect(facts.some((f) => f.kind === kind)).toBe(true);
    for (const f of facts) expect(Fact.safeParse(f).success).toBe(true);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it('links only to facts that exist', () => {
    const ids = new Set(facts.map((f) => f.id));
    for (const f of facts) for (const r of f.related) expect(ids.has(r), `${f.id} -> ${r}`).toBe(true);
  });

  it('cites the seed articles by their publishers', () => {
    const publishers = new Set(facts.flatMap((f) => f.sources.map((s) => s.publisher)));
    expect(publishers.has('TROIB News')).toBe(true);
    expect(publishers.has('China Economic Net')).toBe(true);
  });

  it('gives every fact at least four example questions of its own, not its title', () => {
    const seen = new Map<string, string>();
    for (const f of facts) {
      expect(f.questions.length, f.id).toBeGreaterThanOrEqual(4);
      for (const q of f.questions) {
        expect(q.toLowerCase(), f.id).not.toBe(f.title.toLowerCase());
        const key = q.toLowerCase();
        expect(seen.get(key), `"${q}" is on ${f.id} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, f.id);
      }
    }
  });

  it('has the full-dated anchors anniversaries count from', () => {
    const byId = new Map(facts.map((f) => [f.id, f]));
    const acfta = byId.get('acfta-in-force');
    expect(acfta?.kind === 'agreement' && acfta.date).toBe('2010-01-01');
    const railway = byId.get('china-laos-railway-opens');
    expect(railway?.kind === 'milestone' && railway.date).toBe('2021-12-03');
    const rcep = byId.get('rcep-in-force');
    expect(rcep?.kind === 'agreement' && rcep.inForce).toBe('2022-01-01');
  });
});

describe('schema', () => {
  const valid = {
    kind: 'milestone',
    id: 'example-milestone',
    title: 'An example',
    summary: 'Something happened on this day.',
    date: '2021-12-03',
    sources: [{ publisher: 'Example Press', title: 'A report', date: '2021-12' }],
  };

  it('knows date precision', () => {
    expect(datePrecision('2021')).toBe('year');
    expect(datePrecision('2021-12')).toBe('month');
    expect(datePrecision('2021-12-03')).toBe('day');
  });

  it('rejects impossible dates, missing sources and bad ids', () => {
    expect(Fact.safeParse(valid).success).toBe(true);
    expect(Fact.safeParse({ ...valid, date: '2021-02-30' }).success).toBe(false);
    expect(Fact.safeParse({ ...valid, date: '03/12/2021' }).success).toBe(false);
    expect(Fact.safeParse({ ...valid, sources: [] }).success).toBe(false);
    expect(Fact.safeParse({ ...valid, id: 'Not A Slug' }).success).toBe(false);
    expect(Fact.safeParse({ ...valid, kind: 'figure' }).success).toBe(false);
  });

  it('names the file, the fact id and the field of a bad fact file', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ ...valid, id: 'broken-fact', date: '2021-13-01' }]));
    expect(() => loadSeedFacts(dir)).toThrow(FactFileError);
    expect(() => loadSeedFacts(dir)).toThrow(/bad\.json: fact "broken-fact" \(#1\): date: /);
  });

  it('reports related ids that point nowhere, across files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), JSON.stringify([{ ...valid, related: ['missing-one'] }]));
    expect(() => loadSeedFacts(dir)).toThrow(/related: unknown fact id "missing-one"/);
  });
});
