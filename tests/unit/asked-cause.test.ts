import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { causeCheck } from '../../src/knowledge/search/asked-cause.js';
import type { Fact } from '../../src/knowledge/schema.js';

const base = loadSeedFacts().find((f) => f.kind === 'figure')!;
const fact = (summary: string): Fact => ({ ...base, title: 'Harbour line riders', summary, details: '' });
const climbed = fact('Daily riders on the harbour line climbed from 2,000 to 9,000.');

describe('a question asking the cause of a change', () => {
  it('is not answered by a fact that states the same change without a cause', () => {
    expect(causeCheck('Why did harbour line ridership jump – what drove it?')!(climbed)).toBe(false);
  });
  it('is answered by a fact that gives a cause', () => {
    const caused = fact('Daily riders climbed from 2,000 to 9,000, driven by cheaper fares.');
    expect(causeCheck('Why did harbour line ridership jump?')!(caused)).toBe(true);
  });
  it('is answered by a fact that corrects its premise (the opposite change)', () => {
    expect(causeCheck('Why has harbour line ridership fallen?')!(climbed)).toBe(true);
  });
  it('asks nothing when no change is asked about, or an adverb only tells how', () => {
    expect(causeCheck('Why is the harbour line important?')).toBeUndefined();
    expect(causeCheck('Why are riders increasingly taking the harbour line?')).toBeUndefined();
  });
});
