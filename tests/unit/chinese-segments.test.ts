import { describe, expect, it } from 'vitest';
import { recutUnseen } from '../../src/knowledge/search/chinese-recut.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import type { QueryToken } from '../../src/knowledge/search/normalize.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const tokens = (...words: string[]): QueryToken[] => words.map((w) => ({ token: w, raw: w }));
const words = (ts: QueryToken[]) => ts.map((t) => t.token);

describe('Chinese words the segmenter cut across the base words', () => {
  const known = (t: string) => ['东南', '亚', '企业', '出口'].includes(t);
  it('cuts two neighbouring unseen words again into base words, dropping a stopword character', () => {
    expect(words(recutUnseen(tokens('企业', '往东', '南亚', '出口'), known))).toEqual(['企业', '东南', '亚', '出口']);
  });
  it('leaves them when a piece is neither a base word nor a stopword, or only one of them is unseen', () => {
    expect(words(recutUnseen(tokens('天气', '南亚'), known))).toEqual(['天气', '南亚']);
    expect(words(recutUnseen(tokens('企业', '南亚'), known))).toEqual(['企业', '南亚']);
  });
});

describe('Chinese words of function characters only', () => {
  it('count half what a content word as rare in the base counts', () => {
    const search = new FactSearch([madeUpFact('港口已经开通')]);
    const share = (w: string) => search.analyze('港口已经').terms.find((t) => t.text === w)?.share ?? 0;
    expect(share('已经')).toBeCloseTo(share('港口') / 2);
  });
});
