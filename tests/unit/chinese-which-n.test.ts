import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/knowledge/schema.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { chineseWhichCount, countedGroup } from '../../src/knowledge/search/chinese-which-n.js';
import { analysisOf as analysis, hitOf as hit } from '../helpers/ranking.js';

const base = loadSeedFacts()[0]!;
const fact = (id: string, tags: string[]): Fact => ({ ...base, id, tags });

describe('Chinese "which N" questions', () => {
  it('reads how many things are asked for', () => {
    expect(chineseWhichCount('主要靠哪两方面')).toBe(2);
    expect(chineseWhichCount('有哪三个园区')).toBe(3);
    expect(chineseWhichCount('哪2种联通')).toBe(2);
    expect(chineseWhichCount('哪一年开通')).toBeUndefined();
    expect(chineseWhichCount('有哪些好处')).toBeUndefined();
  });

  const east = fact('east-pier', ['piers', 'east']);
  const west = fact('west-pier', ['piers', 'west']);
  const quay = fact('quay', ['piers']);
  const other = fact('other', ['misc']);
  const byTag = (facts: Fact[]) => {
    const map = new Map<string, Fact[]>();
    for (const f of facts) for (const t of f.tags) map.set(t, [...(map.get(t) ?? []), f]);
    return map;
  };
  const fits = () => true;

  it('lists the tag that holds exactly as many facts as asked, when they rank close to the best', () => {
    const found = countedGroup(
      '港口靠哪两方面',
      analysis([hit(west, 0.2), hit(other, 0.15), hit(east, 0.18)]),
      byTag([east, west, other]),
      fits,
      0.6,
    );
    expect(found?.facts.map((f) => f.id)).toEqual(['west-pier', 'east-pier']);
  });

  it('lists nothing when the tag holds another number of facts or a member ranks far off', () => {
    const three = byTag([east, west, quay, other]);
    expect(
      countedGroup('港口靠哪两方面', analysis([hit(west, 0.2), hit(east, 0.18), hit(quay, 0.17)]), three, fits, 0.6),
    ).toBeUndefined();
    const far = analysis([hit(west, 0.2), hit(other, 0.15), hit(east, 0.05)]);
    expect(countedGroup('港口靠哪两方面', far, byTag([east, west, other]), fits, 0.6)).toBeUndefined();
    expect(
      countedGroup('港口有什么', analysis([hit(west, 0.2), hit(east, 0.18)]), byTag([east, west]), fits, 0.6),
    ).toBeUndefined();
  });
});
