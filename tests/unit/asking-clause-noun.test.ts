import { describe, expect, it } from 'vitest';
import { askingClause } from '../../src/knowledge/search/asking.js';

describe('the asking clause of a question with context before it', () => {
  it('is the last clause that asks and names something, even by a noun the general stopword list holds', () => {
    // "members" is in stopwords-iso's English list; before, the context sentence was taken as the asking clause.
    expect(
      askingClause('My teacher says RCEP is the largest trade pact. Is that right, and how many members does it have?'),
    ).toBe('and how many members does it have');
  });

  it('still passes over a clause that names only the source', () => {
    expect(askingClause('How long is the China-Laos Railway? Which article says so?')).toBe(
      'How long is the China-Laos Railway',
    );
  });
});

describe('an aside between commas', () => {
  it('"…, which took effect in 2020, …" is no second question: the clauses around it are the question', () => {
    expect(askingClause('Why did the harbour line, which opened back in 2020, end up so busy?')).toBe(
      'Why did the harbour line end up so busy',
    );
  });
  it('"which" before a noun still asks', () => {
    expect(askingClause('The harbour line opened in 2020, which ports does it serve?')).toBe(
      'which ports does it serve',
    );
  });
});
