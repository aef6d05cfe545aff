import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { fold, stem, tokenize } from '../../src/knowledge/search/normalize.js';

const search = new FactSearch(loadSeedFacts());
const top = (q: string) => search.search(q)[0]?.fact.id;

describe('normalisation', () => {
  it('folds case, dashes and punctuation', () => {
    expect(tokenize('China–Laos Railway!')).toEqual(tokenize('china-laos railway'));
    expect(fold('China—ASEAN')).toBe('china asean');
  });
  it('keeps a one-letter prefix on its word (e-commerce is not commerce)', () => {
    expect(fold('cross-border e-commerce, E-visa')).toBe('cross border ecommerce evisa');
    expect(tokenize('e-commerce')).not.toContain(stem('commerce'));
    expect(fold('Land-Sea, X-ray')).toBe('land sea xray');
  });
  it('maps acronyms and spelled-out names to the same token', () => {
    expect(tokenize('CAFTA')).toContain('acfta');
    expect(tokenize('China-ASEAN Free Trade Area')).toContain('acfta');
    expect(tokenize('Regional Comprehensive Economic Partnership')).toContain('rcep');
    expect(tokenize('version 3')).toEqual(tokenize('3.0'));
  });
  it('meets plural and singular, and verb forms (WordNet irregular forms, then the stemmer)', () => {
    expect(stem('railways')).toBe(stem('railway'));
    expect(stem('agreements')).toBe(stem('agreement'));
    expect(stem('countries')).toBe(stem('country'));
    expect(stem('began')).toBe(stem('begin'));
    expect(stem('members')).toBe(stem('member'));
    expect(stem('negotiations')).toBe(stem('negotiation'));
    expect(stem('entered')).toBe(stem('enter'));
    expect(stem('railway')).not.toBe(stem('rail'));
  });
  it('drops question words but keeps numbers', () => {
    expect(tokenize('When did RCEP enter into force in 2022?')).toEqual(['rcep', stem('enter'), stem('force'), '2022']);
  });
});

describe('search', () => {
  it('finds facts by acronym, typo and alias', () => {
    expect(top('RCEP')).toBe('rcep-in-force');
    expect(top('chian laos railwya')).toBe('china-laos-railway-opens');
    expect(top('CAFTA')).toBe('acfta-in-force');
  });
  it('returns nothing for empty, punctuation-only or unrelated input', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('?!... ---')).toEqual([]);
    expect(search.search('who won the football world cup')).toEqual([]);
  });
  it('scores lie in (0, 1) and come best first', () => {
    const hits = search.search('china laos railway passengers', { limit: 5 });
    expect(hits.length).toBeGreaterThan(1);
    for (const h of hits) (expect(h.score).toBeGreaterThan(0), expect(h.score).toBeLessThan(1));
    expect([...hits].sort((a, b) => b.score - a.score).map((h) => h.fact.id)).toEqual(hits.map((h) => h.fact.id));
  });
  it('filters by kind', () => {
    const hits = search.search('RCEP', { kind: 'figure', limit: 10 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.fact.kind === 'figure')).toBe(true);
  });
  it('suggests while typing: partial words, at most 25, and titles for an empty box', () => {
    expect(search.suggest('china-la').map((f) => f.id)).toContain('china-laos-railway-opens');
    expect(search.suggest('rce').map((f) => f.id)).toContain('rcep-in-force');
    expect(search.suggest('')).toHaveLength(25);
    expect(search.suggest('a'.repeat(5000)).length).toBeLessThanOrEqual(25);
  });
  it('ranks names that start with what is typed first, and drops the weak tail', () => {
    const railway = search.suggest('china-la');
    expect(railway.slice(0, 5).every((f) => f.title.startsWith('China-Laos Railway'))).toBe(true);
    expect(railway.length).toBeLessThan(25);
    expect(search.suggest('rcep sig')[0]!.id).toBe('rcep-signed');
  });
  it('fills a one-letter box with names that have a word starting with it, kept only until the base changes', () => {
    const starts = (letter: string) => (f: { title: string; aliases: string[] }) =>
      [f.title, ...f.aliases].some((n) => new RegExp(`(^|[^\\p{L}\\p{N}])${letter}`, 'iu').test(n));
    for (const letter of ['s', 'L']) {
      const found = search.suggest(letter);
      expect(found.length).toBeGreaterThanOrEqual(5);
      expect(found.every(starts(letter))).toBe(true);
    }
    const local = new FactSearch(loadSeedFacts());
    expect(local.suggest('x')).toEqual([]);
    const base = loadSeedFacts()[0]!;
    local.apply([{ id: 'xiamen-port', fact: { ...base, id: 'xiamen-port', title: 'Xiamen port', aliases: [] } }]);
    expect(local.suggest('x').map((f) => f.id)).toEqual(['xiamen-port']);
  });
  it('shows the empty-box list while only words that name nothing are typed', () => {
    const empty = search.suggest('').map((f) => f.id);
    for (const typed of ['when ', 'tell me about ', 'is it true that '])
      expect(search.suggest(typed).map((f) => f.id)).toEqual(empty);
    expect(search.suggest('when rcep')[0]!.id).not.toBe(empty[0]);
  });
  it('offers nearest titles even when it cannot answer', () => {
    expect(search.nearest('railway bridges of laos', 3).length).toBeGreaterThan(0);
  });
});
