import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { HanOverlap } from '../../src/knowledge/search/chinese.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { coversYears } from '../../src/knowledge/search/period.js';
import { countedThing } from '../../src/knowledge/search/asked-for.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const answer = (q: string) => answerQuestion(search, q);
const ids = (q: string) => answerIds(answer(q));
const fact = (id: string) => facts.find((f) => f.id === id)!;

describe('near misses: the subject is known, what is asked of it is not', () => {
  it('"how many X" needs a fact that puts a number next to X', () => {
    expect(countedThing('how many ports does the corridor use')).toEqual(['port']);
    expect(answer('how many ports does the land-sea trade corridor use').kind).toBe('none');
    expect(answer('how many zones does the sihanoukville sez have').kind).toBe('none');
    expect(ids('how many countries and regions can the china-laos railway reach')).toEqual([
      'china-laos-railway-rail-links-19-countries',
    ]);
    // "Which 19 countries and regions" is one question (not "which 19 countries" + "regions …"), and the count is no list.
    expect(answer('Which 19 countries and regions do the rail links reach?').kind).toBe('none');
  });
  it('a figure does not answer for a year outside its period', () => {
    expect(coversYears(fact('china-asean-goods-trade-2021'), [2019])).toBe(false);
    expect(coversYears(fact('china-laos-railway-opens'), [2019])).toBe(true);
    expect(answer('what was china-asean goods trade in 2019').kind).toBe('none');
    expect(answer('china asean goods trade 2026').kind).toBe('none');
    expect(ids('china-asean goods trade in 2021')).toEqual(['china-asean-goods-trade-2021']);
  });
  it('"how far" needs a distance, a price an amount, a statistic a figure, a lone word a name', () => {
    expect(ids('how far is vientiane from kunming by rail')).toEqual(['china-laos-railway-length']);
    expect(ids('how far is rayong from bangkok')).toEqual(['rayong-industrial-zone']);
    expect(answer('how far is chongqing from the beibu gulf').kind).toBe('none');
    expect(answer('what is the distance from chongqing to singapore').kind).toBe('none');
    expect(answer('rcep trade volume').kind).toBe('none');
    expect(ids('what did the cambodia expressway cost')).toEqual(['phnom-penh-sihanoukville-expressway-opens']);
    expect(answer('shipping fees on the land-sea trade corridor').kind).toBe('none');
    expect(answer('who won the final').kind).toBe('none');
  });
  it('"who is the <role> of …" needs a fact that names the role', () => {
    expect(answer('who is the manager of the long jiang industrial park').kind).toBe('none');
    expect(ids('who was the developer of the sihanoukville special economic zone')).toEqual(['sihanoukville-sez']);
  });
});

describe('phrasing that names no fact', () => {
  it('words about the source being read are neutral', () => {
    expect(ids('according to the article, when did rcep take effect')).toEqual(['rcep-in-force']);
  });
  it('"and" between two parties does not split the question; 分别 does split a Chinese one', () => {
    expect(answer('when did china and laos open their railway').kind).toBe('fact');
    // One fact, not two: as dialogue partners (30 years, the fact's own example questions) or trading partners.
    const partners = ids('how long have china and asean been partners');
    expect(partners).toHaveLength(1);
    expect(['china-asean-dialogue-three-decades', 'china-asean-largest-trading-partner-15-years']).toContain(
      partners[0],
    );
    expect(ids('RCEP和中老铁路分别是哪年生效的')).toEqual(['rcep-in-force', 'china-laos-railway-opens']);
  });
  it('took effect, came into force and went live meet; a demonym names its country', () => {
    expect(ids('when did the china-asean fta come into force')).toEqual(['acfta-in-force']);
    expect(ids('the laotian railway opened when')).toEqual(['china-laos-railway-opens']);
    expect(ids('cambodian industrial zone')).toEqual(['sihanoukville-sez']);
  });
  it('a swap of neighbouring letters is corrected even where fuse.js scores it too far', () => {
    expect(search.analyze('cambodia raod').terms.map((t) => t.text)).toContain('raod');
    expect(search.analyze('cambodia raod').unseen).toEqual([]);
  });
});

describe('Chinese words the segmenter cut differently', () => {
  const overlap = new HanOverlap(() => ['运营', '铁路', '写', '一天']);
  it('meet base words sharing two characters, or the word without a glued particle', () => {
    expect(overlap.matches('营运')).toEqual([{ token: '运营', share: 1 }]);
    expect(overlap.matches('写的')).toEqual([{ token: '写', share: 1 }]);
    expect(overlap.matches('天气')).toEqual([]);
    expect(HanOverlap.isNoise('都有')).toBe(true);
  });
});
