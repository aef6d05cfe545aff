import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { wholeCheck } from '../../src/knowledge/search/asked-whole.js';
import type { Fact } from '../../src/knowledge/schema.js';

const figure = loadSeedFacts().find((f) => f.kind === 'figure')!;
const share = (title: string, unit: string): Fact => ({ ...figure, title, unit });

describe('a share is of the whole the question names', () => {
  const ofPort = share("The island's share of the port's cargo", "% of the port's cargo");
  it('refuses the reverse share', () => {
    expect(wholeCheck("what share of the island's cargo goes through the port")!(ofPort)).toBe(false);
  });
  it('keeps the share of the named whole', () => {
    expect(wholeCheck("what percentage of the port's cargo is the island's")!(ofPort)).toBe(true);
  });
  it('judges no fact that names no whole, and asks nothing of a question without one', () => {
    expect(wholeCheck("what share of the island's cargo goes through the port")!(share('Port cargo', 'tonnes'))).toBe(
      true,
    );
    expect(wholeCheck('how much cargo does the port handle')).toBeUndefined();
  });
});
