import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { namesOtherEnglishSubject } from '../../src/knowledge/search/english-named-subject.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('an English question that names one thing asks about it', () => {
  it('takes no fact about another thing that names nothing of the question', () => {
    expect(ids('how many tariff lines does RCEP eliminate')).toEqual([]);
  });
  it('still answers the same question about the thing the fact does name', () => {
    expect(ids('what share of tariffs does the FTA eliminate')).toEqual(['acfta-in-force']);
  });
  it('marks only the facts that never say the name', () => {
    const question = 'how many tariff lines does RCEP eliminate';
    const analysis = search.analyze(question, { limit: 8 });
    const other = namesOtherEnglishSubject(question, analysis);
    const marked = analysis.hits.filter((_, i) => other(i)).map((h) => h.fact.id);
    expect(marked).toContain('acfta-in-force');
    expect(marked.some((id) => id.startsWith('rcep'))).toBe(false);
    expect(namesOtherEnglishSubject('RCEP 覆盖多少关税', analysis)(0)).toBe(false);
  });
});
