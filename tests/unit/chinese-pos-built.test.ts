/**
 * The not-nominal word list `npm run build` writes next to the compiled module is read back at start-up instead of
 * walking jieba's dictionary: what is read back must be exactly what the dictionary gives.
 */
import { describe, expect, it } from 'vitest';
import { fromDictionary, unpack } from '../../src/knowledge/search/chinese-pos.js';

describe('the built Chinese part-of-speech list', () => {
  it('reads back to the same words and word starts as the dictionary walk', () => {
    const walked = fromDictionary();
    // jieba's dictionary ships with @node-rs/jieba: tens of thousands of verbs, adverbs and the like are kept.
    expect(walked.starts.length).toBeGreaterThan(50_000);
    const read = unpack(walked.text);
    expect(read.text).toBe(walked.text);
    expect(Array.from(read.starts)).toEqual(Array.from(walked.starts));
  });

  it('an empty list (no dictionary at build time) reads back as no words', () => {
    expect(Array.from(unpack('').starts)).toEqual([0]);
  });
});
