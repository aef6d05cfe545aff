import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { goodsCheck } from '../../src/knowledge/search/asked-goods.js';
import { loadEnglishWords } from '../../src/knowledge/search/english-words.js';
import type { Fact } from '../../src/knowledge/schema.js';

loadEnglishWords();
const base = loadSeedFacts().find((f) => f.kind === 'figure')!;
const fact = (summary: string): Fact => ({ ...base, title: 'Harbour trade', aliases: [], summary, details: '' });
const total = fact('Trade between the island and the mainland passed 10 billion dollars.');

describe('goods named before a flow of trade', () => {
  it('a fact that does not name the goods states another flow', () => {
    expect(goodsCheck('how much is island-mainland nickel trade worth')!(total)).toBe(false);
    expect(goodsCheck('how much is island-mainland nickel trade worth')!(fact('Nickel trade reached 2 billion.'))).toBe(
      true,
    );
  });
  it('reads no subject of the verb, no adjective and no slip as goods', () => {
    expect(goodsCheck('which countries trade more than 10 billion dollars')).toBeUndefined();
    expect(goodsCheck('what share of overseas trade is the island')).toBeUndefined();
    expect(goodsCheck('what share of foriegn trade is the island')).toBeUndefined();
  });
});

describe('a noun after the flow', () => {
  it('a route or hub of trade is what is asked of, not goods', () => {
    expect(goodsCheck('which cities anchor the multimodal trade route to the island')).toBeUndefined();
    expect(goodsCheck('where is the new nickel export port')).toBeUndefined();
  });
  it('an amount of the flow still asks of the goods', () => {
    expect(goodsCheck('what is the nickel trade volume with the island')!(total)).toBe(false);
    expect(goodsCheck('how big is the nickel trade surplus')!(fact('Nickel trade left a surplus of 2 billion.'))).toBe(
      true,
    );
  });
});
