import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('a Chinese question that checks a claim (…是不是, …对吗) as English ones do', () => {
  it('gets, beside the fact asked, the fact of the same subject that states the number given', () => {
    expect(ids('东盟做中国的最大贸易伙伴已经15年了，是不是？')).toEqual([
      'asean-china-largest-trading-partner-4-years',
      'china-asean-largest-trading-partner-15-years',
    ]);
  });

  it('gets, beside the stage asked, the stage of the year given', () => {
    expect(ids('RCEP是2020年开始生效的，对吗？')).toEqual(['rcep-in-force', 'rcep-signed']);
    // What the asker heard (听说…？) is a claim to check too.
    expect(ids('听说RCEP在2020年就生效了？')).toEqual(['rcep-in-force', 'rcep-signed']);
  });

  it('adds nothing when the claim is right, or the question only asks softly (…吧)', () => {
    expect(ids('RCEP于2022年1月1日生效，对吗')).toEqual(['rcep-in-force']);
    expect(ids('讲讲RCEP 2020年签署以后生效的时间吧')).toEqual(['rcep-in-force']);
  });
});
