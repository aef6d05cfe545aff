import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { crowdedGroup } from '../../src/knowledge/search/crowded-group.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));
const crowded = (q: string) =>
  crowdedGroup(search.analyze(q, { limit: 8 }), search.byTag, () => true, [], 8)?.facts.map((f) => f.id);
const ZONES = [
  'long-jiang-industrial-park',
  'rayong-industrial-zone',
  'sihanoukville-sez',
  'vientiane-saysettha-development-zone',
];

describe('a tag whose facts crowd the top ranks', () => {
  it('is the list a long list question asks for, in English and Chinese', () => {
    expect(
      [
        ...ids(
          'Name the China-linked industrial parks and economic zones in Southeast Asia that have pulled in lots of companies.',
        ),
      ].sort(),
    ).toEqual(ZONES);
    expect([...ids('文章里点名了哪些经济特区和工业园？')].sort()).toEqual(ZONES);
  });
  it('gives all of the tag, best-ranked first', () => {
    const group = crowded('Which industrial zones got mentioned for pulling in business?');
    expect([...(group ?? [])].sort()).toEqual(ZONES);
    expect(group?.[0]).toBe(
      search.analyze('Which industrial zones got mentioned for pulling in business?').hits[0]?.fact.id,
    );
  });
  it('is no list when the question names members in full: it asks about them', () => {
    expect(crowded('西港特区、罗勇工业园这类园区给当地带来了哪些好处？')).toBeUndefined();
  });
  it('leaves a question for one member a single fact', () => {
    expect(ids('Which industrial zone is in Thailand?')).toEqual(['rayong-industrial-zone']);
  });
});
