import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { englishGlosses } from '../../src/knowledge/search/chinese-english.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());

describe('English glosses of Chinese words (CC-CEDICT)', () => {
  it('gives the English words of a word, lower case', () => {
    expect(englishGlosses('多边主义')).toContain('multilateralism');
    expect(englishGlosses('海港')).toContain('seaport');
    expect(englishGlosses('一体化')).toEqual(expect.arrayContaining(['integrate', 'unify']));
  });
  it('keeps only the main sense of an entry', () => {
    // 高峰: "peak/summit/height"; the base's "summit" is a meeting.
    expect(englishGlosses('高峰')).toEqual(['peak']);
  });
  it('leaves out usage notes and knows nothing of single characters, other scripts or unknown strings', () => {
    for (const w of ['港', 'peak', '', '铁铁铁铁']) expect(englishGlosses(w)).toEqual([]);
    // 条约's entry carries a classifier note (CL:個|个).
    expect(englishGlosses('条约')).not.toContain('cl');
    expect(englishGlosses('条约')).toContain('treaty');
  });
});

describe('an unseen Chinese word meets a fact through its English text', () => {
  const analysis = search.analyze('中老铁路客流顶峰', { limit: 8 });
  it('stays unseen, and is partial evidence only for the facts whose English uses its translation', () => {
    expect(analysis.unseen).toContain('顶峰');
    const at = analysis.hits.findIndex((h) => h.fact.id === 'china-laos-railway-passenger-peak');
    expect(at).toBe(0);
    const credit = analysis.partial[at]!.get('顶峰')!;
    expect(credit).toBeGreaterThan(0);
    expect(credit).toBeLessThan(1);
    analysis.hits.forEach((h, i) => {
      if (!/peak/i.test(JSON.stringify(h.fact))) expect(analysis.partial[i]!.has('顶峰')).toBe(false);
    });
  });
  it('a word whose translation the base never uses stays unseen, with no evidence', () => {
    const other = search.analyze('中老铁路沿线的天气', { limit: 8 });
    expect(other.unseen).toContain('天气');
    expect(other.partial.every((p) => !p.has('天气'))).toBe(true);
  });
});

describe("a known Chinese word missing from the meant fact's translation meets it through its English", () => {
  it('东南 ("southeast") covers a fact whose translation only says 东盟 but whose English says Southeast Asia', () => {
    const fact = loadSeedFacts().find((f) => f.id === 'hard-connectivity')!;
    expect(JSON.stringify(fact.i18n)).not.toContain('东南');
    expect(JSON.stringify(fact).toLowerCase()).toContain('southeast');
    const analysis = search.analyze('东南亚硬联通', { limit: 8 });
    expect(analysis.unseen).not.toContain('东南');
    const at = analysis.hits.findIndex((h) => h.fact.id === fact.id);
    expect(at).toBe(0);
    expect(analysis.covered[at]!.has('东南')).toBe(true);
  });
});
