import { describe, expect, it } from 'vitest';
import { englishGlosses } from '../../src/knowledge/search/chinese-english.js';
import { isNotNominal } from '../../src/knowledge/search/chinese-pos.js';
import { loadDictionaries } from '../../src/knowledge/search/dictionaries.js';
import { isEnglishWord } from '../../src/knowledge/search/english-words.js';
import { isLikelyNoun } from '../../src/knowledge/search/likely-nouns.js';
import { isPersonWord } from '../../src/knowledge/search/person-words.js';
import { frequencyRank } from '../../src/knowledge/search/word-frequency.js';

describe('loading the search word lists after READY', () => {
  it('reports the time by the clock it is given, and leaves every list answering', () => {
    const readings = [1_000, 1_320];
    expect(loadDictionaries(() => readings.shift()!)).toBe(320);
    expect(readings).toEqual([]);
    expect(isEnglishWord('railway')).toBe(true);
    expect(isPersonWord('journalist')).toBe(true);
    expect(isNotNominal('越来越')).toBe(true);
    expect(englishGlosses('高峰')).toEqual(['peak']);
    expect(isLikelyNoun('ticket')).toBe(true);
    expect(frequencyRank('the')).toBeLessThan(10);
  });
});
