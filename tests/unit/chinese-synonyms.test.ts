import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { ChineseSynonyms } from '../../src/knowledge/search/chinese-synonyms.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

describe('Chinese synonyms among the base words (a shared CC-CEDICT gloss)', () => {
  const synonyms = new ChineseSynonyms(() => ['扩大', '扩展', '差异', '合作', '港', 'rcep']);
  it('finds the base words that share an English gloss with the word', () => {
    expect(synonyms.of('拓展')).toEqual(expect.arrayContaining(['扩大', '扩展']));
    expect(synonyms.of('差别')).toEqual(['差异']);
  });
  it('finds nothing for a word of another meaning, without glosses, or not Chinese', () => {
    expect(synonyms.of('天气')).toEqual([]);
    expect(synonyms.of('铁铁铁铁')).toEqual([]);
    expect(synonyms.of('expand')).toEqual([]);
  });
  it('never gives the word itself', () => {
    expect(new ChineseSynonyms(() => ['扩大', '扩充']).of('扩大')).toEqual(['扩充']);
  });
  it('ignores an English word that too many base words translate to', () => {
    // Five of these gloss as "extend"; 延伸 also as "expand", which it alone does.
    const crowded = new ChineseSynonyms(() => ['扩展', '扩建', '推广', '伸长', '延伸']);
    expect(crowded.of('拓展')).toEqual(['延伸']);
    expect(new ChineseSynonyms(() => ['扩展']).of('拓展')).toEqual(['扩展']);
  });
});

describe('an unseen Chinese word meets the facts through its synonym', () => {
  const search = new FactSearch(loadSeedFacts());
  it('stays unseen, and is partial evidence only for facts holding a synonym', () => {
    // 扩充: no fact and no example question holds it (拓展 served here until an example question brought it in).
    const analysis = search.analyze('中国与东盟扩充合作', { limit: 8 });
    expect(analysis.unseen).toContain('扩充');
    const credited = analysis.hits.filter((_, i) => analysis.partial[i]!.has('扩充'));
    expect(credited.length).toBeGreaterThan(0);
    for (const h of credited) {
      const text = JSON.stringify(h.fact);
      expect(/扩大|扩展|expand|extend|broaden/i.test(text)).toBe(true);
    }
  });
});
