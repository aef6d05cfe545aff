import { describe, expect, it } from 'vitest';
import { SubstringDistance } from '../../src/knowledge/search/substring-distance.js';

/** The textbook table (Sellers): the fewest edits from the pattern to any part of the text. */
function reference(pattern: string, text: string): number {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = pattern.length;
  for (const c of text) {
    const cur = [0];
    for (let i = 1; i <= pattern.length; i++) {
      cur.push(Math.min(prev[i - 1]! + (pattern[i - 1] === c ? 0 : 1), prev[i]! + 1, cur[i - 1]! + 1));
    }
    best = Math.min(best, cur[pattern.length]!);
    prev = cur;
  }
  return best;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('SubstringDistance', () => {
  const distance = new SubstringDistance();
  const at = (pattern: string, text: string, cutoff = 32): number => {
    distance.setPattern(pattern);
    return distance.to(text, cutoff);
  };

  it('counts the edits to the closest part of the text', () => {
    expect(at('rcep', 'the rcep agreement')).toBe(0);
    expect(at('expresway', 'phnom penh-sihanoukville expressway')).toBe(1);
    expect(at('phnom pen', 'phnom penh')).toBe(0);
    expect(at('laos', 'china–laos railway')).toBe(0);
    expect(at('lao railwya', 'china–laos railway')).toBe(2);
    expect(at('abc', '')).toBe(3);
    expect(at('', 'anything')).toBe(0);
  });

  it('reports anything over the cutoff as cutoff + 1', () => {
    expect(at('abcdef', 'xyz', 2)).toBe(3);
    expect(at('abcdef', 'abxdef', 2)).toBe(1);
  });

  it('handles characters outside ASCII (CJK, dashes) like any other', () => {
    expect(at('中老铁路', '中老铁路开通')).toBe(0);
    expect(at('中老铁路', '中国老挝铁路')).toBe(2);
    expect(at('china–laos', 'china-laos')).toBe(1);
  });

  it('agrees with the textbook table on random patterns up to 32 units', () => {
    const next = random(7);
    const letters = 'aabcde 中–';
    const word = (max: number): string =>
      Array.from({ length: Math.floor(next() * max) }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (let k = 0; k < 3000; k++) {
      const pattern = word(33).slice(0, 32) || 'a';
      const text = word(60);
      expect(at(pattern, text), `${JSON.stringify(pattern)} in ${JSON.stringify(text)}`).toBe(reference(pattern, text));
    }
  });

  it('refuses a pattern longer than one 32-bit word', () => {
    expect(() => distance.setPattern('x'.repeat(33))).toThrow(RangeError);
  });
});
