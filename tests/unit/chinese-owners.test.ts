/** 中国是东盟最大贸易伙伴 and 东盟是中国最大贸易伙伴 are two facts: the owner a Chinese question names picks between them. */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { chineseOwners } from '../../src/knowledge/search/chinese-owners.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

describe('chineseOwners', () => {
  it('reads the owner before 的 or before a rank', () => {
    expect(chineseOwners('越南的首都在哪里')).toEqual(['越南']);
    expect(chineseOwners('中国是东盟最大贸易伙伴')).toEqual(['东盟']);
    expect(chineseOwners('东盟连续4年成为中国第一大贸易伙伴')).toEqual(['中国']);
    expect(chineseOwners('谁是東盟的頭號貿易夥伴')).toEqual(['东盟']);
  });
  it('reads whose point of view the question takes', () => {
    expect(chineseOwners('对东盟来说，中国排第几')).toEqual(['东盟']);
    expect(chineseOwners('在老挝看来这条铁路怎么样')).toEqual(['老挝']);
  });
  it('takes no pronoun, verb or particle for an owner', () => {
    expect(chineseOwners('中国当它头号贸易伙伴多少年了')).toEqual([]);
    expect(chineseOwners('中国和东盟是不是互为最大贸易伙伴')).toEqual([]);
    expect(chineseOwners('这是真的吗')).toEqual([]);
    expect(chineseOwners("China's largest partner")).toEqual([]);
  });
  it('keeps an owner within its clause', () => {
    expect(chineseOwners('说到东盟，最大的港口在哪')).toEqual([]);
  });
});

describe('ranking by the owner a Chinese question names', () => {
  const search = new FactSearch(loadSeedFacts());
  const top = (q: string) => search.search(q)[0]?.fact.id;
  it('puts the fact whose Chinese name has the same owner first', () => {
    expect(top('东盟做中国的头号贸易伙伴几年了')).toBe('asean-china-largest-trading-partner-4-years');
    expect(top('中国做东盟的头号贸易伙伴几年了')).toBe('china-asean-largest-trading-partner-15-years');
  });
});
