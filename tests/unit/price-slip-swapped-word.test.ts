import { describe, expect, it } from 'vitest';
import { askedTypes } from '../../src/knowledge/search/value-type-checks.js';

const asksMoney = (q: string) => askedTypes(q).some((a) => a.types.includes('money'));

describe('a slip of a price word that is two swapped letters of another word', () => {
  it('reads "peice" as a piece of writing, not a price', () => {
    expect(asksMoney('who penned that peice about the railway')).toBe(false);
    expect(asksMoney('when was the opinion peice published')).toBe(false);
  });

  it('still reads slips of price words as asking for money', () => {
    expect(asksMoney('what is the prcie of a train ticket')).toBe(true);
    expect(asksMoney('how much is the tol on the new road')).toBe(true);
    expect(asksMoney('what does the ferry cost')).toBe(true);
  });
});
