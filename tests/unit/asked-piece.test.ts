import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/knowledge/schema.js';
import { pieceFirst } from '../../src/knowledge/search/asked-piece.js';
import { askCoverages } from '../../src/knowledge/search/asking.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const source = (url: string) => ({ publisher: 'Harbour Gazette', title: 'A piece', date: '2025-01-01', url });
const PIECE = 'https://example.org/harbour-column';

const fact = (id: string, title: string, summary: string, urls: string[], tags: string[] = []): Fact => ({
  ...madeUpFact(summary),
  id,
  title,
  tags,
  sources: urls.map(source),
});

const facts = [
  fact(
    'thesis',
    'Opinion: the harbour line as a boost for Bellmouth',
    'A writer argued that ferries lift trade.',
    [PIECE],
    ['opinion'],
  ),
  fact(
    'view',
    'Ferry pact sends a signal for open shipping',
    'Officials said the ferry pact is a signal for open trade.',
    ['https://example.org/news', PIECE],
  ),
  fact(
    'report',
    'Bay shipping pact enters into force',
    'The bay shipping pact, the largest open shipping zone in the bay, took effect. It has been in force since 2022.',
    ['https://example.org/wire'],
  ),
];
const search = new FactSearch(facts);

function ranked(question: string) {
  const analysis = search.analyze(question, { limit: 8 });
  return { analysis, coverage: askCoverages(question, analysis) };
}

describe('a question about what an opinion piece says', () => {
  it('puts a close fact drawn from the piece before a report that shares its words', () => {
    const question = 'How does the column describe open shipping in the bay?';
    const before = ranked(question);
    expect(before.analysis.hits[0]?.fact.id).toBe('report');
    const after = pieceFirst(search, question, before, () => true);
    expect(after.analysis.hits[0]?.fact.id).toBe('view');
    // The word that names the piece counts as covered by the fact drawn from it.
    expect(after.coverage[0]).toBeGreaterThanOrEqual(
      before.coverage[before.analysis.hits.findIndex((h) => h.fact.id === 'view')]!,
    );
  });
  it('leaves a question that names no piece alone', () => {
    const question = 'How is open shipping in the bay described?';
    const before = ranked(question);
    expect(pieceFirst(search, question, before, () => true)).toBe(before);
  });
  it('leaves the ranking alone when no fact drawn from the piece fits', () => {
    const question = 'How does the column describe open shipping in the bay?';
    const before = ranked(question);
    expect(pieceFirst(search, question, before, (h) => h.fact.id === 'report').analysis.hits[0]?.fact.id).toBe(
      'report',
    );
  });
});

describe('"since when" asks a date', () => {
  it('its "since" is no word of the question', () => {
    const terms = (q: string) => search.analyze(q, { limit: 3 }).terms.map((t) => t.text);
    expect(terms('Since when has the bay shipping pact been in force?')).not.toContain('sinc');
    expect(terms('What has the bay shipping pact done since 2022?')).toContain('sinc');
  });
});
