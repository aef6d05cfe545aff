import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Analysis } from '../../src/knowledge/search/engine.js';
import { factVersions, versionFirst } from '../../src/knowledge/search/asked-version.js';
import type { Fact } from '../../src/knowledge/schema.js';

const base = loadSeedFacts().find((f) => f.kind === 'milestone')!;
const fact = (id: string, title: string, summary = ''): Fact => ({
  ...base,
  id,
  title,
  aliases: [],
  summary,
  details: '',
});
const analysis = (facts: Fact[]): Analysis => ({
  hits: facts.map((f, i) => ({ fact: f, score: 1 - i / 10, named: 1, coverage: 1 })),
  unseen: [],
  covered: facts.map(() => new Set<string>()),
  partial: facts.map(() => new Map<string, number>()),
  terms: [],
});

describe('asked version: a fact about another version only is no answer', () => {
  const first = fact('v1', 'Harbour pact Version 1.0');
  const third = fact('v3', 'Harbour pact 3.0 upgrade');
  const plain = fact('plain', 'Harbour pact anniversary', 'Trade under the pact reached USD 2.0 billion.');
  it('reads versions, not amounts', () => {
    expect([...factVersions(first)]).toEqual(['1']);
    expect([...factVersions(plain)]).toEqual([]);
  });
  it('moves facts of another version after the rest', () => {
    const ids = (a: Analysis) => a.hits.map((h) => h.fact.id);
    expect(
      ids(versionFirst('what does version 3.0 of the harbour pact cover', analysis([first, plain, third]))),
    ).toEqual(['plain', 'v3', 'v1']);
    expect(ids(versionFirst('what does the harbour pact cover', analysis([first, plain, third])))).toEqual([
      'v1',
      'plain',
      'v3',
    ]);
  });
});
