/** "Tariff cuts for electronics", "duties on rice": the goods a tariff is asked of must be named (asked-goods.ts). */
import { describe, expect, it } from 'vitest';
import { goodsCheck } from '../../src/knowledge/search/asked-goods.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const forms = madeUpFact('The Harbour line deal cuts tariffs and moves customs to electronic forms.');
const fruit = madeUpFact('The Harbour line deal cuts tariffs on durians and mangoes.');

describe('goodsCheck on the goods a tariff is asked of', () => {
  it('needs a fact that names those goods, not an adjective of the same root', () => {
    expect(goodsCheck('what tariff cuts does the harbour line deal bring for electronics')!(forms)).toBe(false);
    expect(goodsCheck('what duties does the harbour line deal set on durians?')!(fruit)).toBe(true);
    expect(goodsCheck('what duties does the harbour line deal set on durians?')!(forms)).toBe(false);
    expect(goodsCheck('tariffs on mangoes going into Laos')!(fruit)).toBe(true);
  });
  it('leaves tariffs on a place or a party to the other rules', () => {
    expect(goodsCheck('what tariffs does the deal cut for ASEAN')).toBeUndefined();
    expect(goodsCheck('does the deal cut tariffs on China')).toBeUndefined();
  });
});
