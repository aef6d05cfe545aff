import { describe, expect, it } from 'vitest';
import { tokenizeQuery, tokensOf } from '../../src/knowledge/search/normalize.js';

describe('the kept tokens of recent texts', () => {
  it('are the tokens the text gives without the cache', () => {
    for (const text of ['When did RCEP enter into force?', '中老铁路多长', 'how many members does it have']) {
      expect(tokenizeQuery(text)).toEqual(tokensOf(text));
      expect(tokenizeQuery(text, { keepStopwords: true })).toEqual(tokensOf(text, { keepStopwords: true }));
    }
  });

  it('give each call its own array, and tokens no caller can change', () => {
    const first = tokenizeQuery('how long is the China-Laos Railway');
    const length = first.length;
    first.pop();
    expect(tokenizeQuery('how long is the China-Laos Railway')).toHaveLength(length);
    expect(() => {
      (first[0] as { token: string }).token = 'changed';
    }).toThrow(TypeError);
  });
});
