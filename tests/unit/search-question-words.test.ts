/**
 * How the words of a question count: filler and who is asking never as evidence (see FactSearch.terms), the word
 * pairs of example questions together.
 */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { indexDoc } from '../../src/knowledge/search/documents.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { stem } from '../../src/knowledge/search/normalize.js';
import { isPersonWord } from '../../src/knowledge/search/person-words.js';

const real = loadSeedFacts();
const railway = real.find((f) => f.id === 'china-laos-railway-length')!;
/** "whereby" is general English filler (stopwords-iso) that no fact of the seed base uses. */
const FILLER = 'whereby';
const termsOf = (search: FactSearch, q: string) => search.analyze(q).terms.map((t) => t.text);
const withFact = (fact: Fact) => new FactSearch(real.map((f) => (f.id === fact.id ? fact : f)));

describe('filler', () => {
  it('is no evidence when only an example question holds it', () => {
    const search = withFact({ ...railway, questions: [...railway.questions, `${FILLER} is the railway long`] });
    expect(termsOf(search, `${FILLER} china laos railway length`)).not.toContain(stem(FILLER));
  });
  it('counts where a fact’s own text uses it', () => {
    const search = withFact({ ...railway, summary: `${railway.summary} ${FILLER}` });
    expect(termsOf(search, `${FILLER} china laos railway length`)).toContain(stem(FILLER));
  });
});

describe('who is asking', () => {
  it('knows words that name only a kind of person (WordNet noun.person), and their plurals', () => {
    for (const w of ['student', 'journalists', 'exporter', 'researcher', 'columnist'])
      expect(isPersonWord(w)).toBe(true);
    for (const w of ['minister', 'member', 'partner', 'thesis', 'railway']) expect(isPersonWord(w)).toBe(false);
  });
  it('is neutral when the base has never seen the word; a role with other senses still counts', () => {
    const search = new FactSearch(real);
    const q = 'as a journalist I need to know when rcep entered into force';
    expect(search.analyze(q).unseen).toEqual([]);
    expect(answerIds(answerQuestion(search, q))).toEqual(['rcep-in-force']);
    expect(search.analyze('who is the governor of the central bank').unseen).toContain(stem('governor'));
  });
});

describe('example question word pairs', () => {
  it('are kept per question, never across two questions', () => {
    const doc = indexDoc({ ...railway, questions: ['when did it finish negotiating', 'rounds of talks'] });
    expect(doc.questionPairs.has(`${stem('finish')} ${stem('negotiating')}`)).toBe(true);
    expect(doc.questionPairs.has(`${stem('negotiating')} ${stem('rounds')}`)).toBe(false);
  });
});
