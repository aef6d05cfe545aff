import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { yearBeside } from '../../src/knowledge/search/premise-correction.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const ids = (q: string) => answerIds(answerQuestion(search, q));
const rcepInForce = facts.find((f) => f.id === 'rcep-in-force')!;

describe('a year the asker gives that is another stage of the same thing', () => {
  it('is shown beside the stage asked about', () => {
    expect(ids('RCEP got going in 2020, right?')).toEqual(['rcep-in-force', 'rcep-signed']);
  });
  it('is shown beside the answer to a question that takes the claim as given ("why", "what made")', () => {
    expect(ids('Why did RCEP launch back in January 2020?')).toEqual(['rcep-in-force', 'rcep-signed']);
    expect(ids("What made ASEAN China's largest trading partner for 15 years running?")).toEqual([
      'asean-china-largest-trading-partner-4-years',
      'china-asean-largest-trading-partner-15-years',
    ]);
    expect(ids('why did rcep take effect in 2022?')).toEqual(['rcep-in-force']);
  });
  it('adds nothing when the year is the one asked about, or no fact of that year is named', () => {
    expect(ids('did rcep take effect in 2022?')).toEqual(['rcep-in-force']);
    expect(ids('the china-laos railway opened in 2019, correct?')).toEqual(['china-laos-railway-opens']);
    // A Chinese request softened with 吧 checks no claim (claim-beside-zh.test.ts has the claims).
    const softened = '讲讲RCEP 2020年签署以后生效的时间吧';
    expect(yearBeside(softened, search.analyze(softened), rcepInForce)).toBeUndefined();
    expect(yearBeside('RCEP 2020年生效的吧', search.analyze('RCEP 2020年生效的吧'), rcepInForce)?.id).toBe(
      'rcep-signed',
    );
  });
});
