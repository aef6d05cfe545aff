/**
 * The nouns that name the kind of answer ("which outlet", "what title", "how big a slice"): an unseen one says nothing
 * against a fact, which gives the answer rather than the kind's word (see answer-kind.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import {
  answerKindTokens,
  countedAfterModifier,
  invertedVerbs,
  phrasalVerbs,
} from '../../src/knowledge/search/answer-kind.js';
import { askCoverages } from '../../src/knowledge/search/asking.js';
import { madeUpFact } from '../helpers/made-up-fact.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const kinds = (q: string) => [...answerKindTokens(q)];

describe('answerKindTokens', () => {
  it('reads the nouns of a question phrase that opens its clause', () => {
    expect(kinds('Which outlet published the column?')).toEqual(['outlet']);
    expect(kinds('what regional bodies or goals has it built')).toEqual(['bodi', 'goal']);
    expect(kinds('Over what time span did traffic double?')).toEqual(['time', 'span']);
    expect(kinds('How big a slice of world trade is it?')).toEqual(['slice']);
    expect(kinds('and which newspaper printed it')).toEqual(['newspap']);
  });
  it('leaves the attribute of "what is the X of" and the counted thing of "how many" alone', () => {
    expect(kinds("What's the capacity of the pipelines?")).toEqual([]);
    expect(kinds('What is the population of Laos?')).toEqual([]);
    expect(kinds('How many tonnes did it carry?')).toEqual([]);
    expect(kinds('what colour are the trains')).toEqual([]);
  });
  it('leaves the subject of "how does a N V": the noun there is what is asked, not a kind of answer', () => {
    expect(kinds('How does a rainbow appear?')).toEqual([]);
    expect(kinds('how do a tortoise and a hare race')).toEqual([]);
    expect(kinds('How large a loan did they sign?')).toEqual(['loan']);
  });
  it('leaves an embedded "what" alone: "explain what X is" asks about X', () => {
    expect(kinds('Can you explain what inflation is in simple words?')).toEqual([]);
    expect(kinds('tell me what deflation is')).toEqual([]);
  });
});

describe('phrasalVerbs', () => {
  it('reads a word the lexicon knows as a verb, before a particle, with the particle', () => {
    expect([...phrasalVerbs('how many countries do the routes stretch across').entries()]).toEqual([
      ['stretch', 'stretch'],
      ['across', 'stretch'],
    ]);
    expect([...phrasalVerbs('what does it shore up').keys()]).toContain('shore');
  });
  it('leaves a word that is never a verb, and a verb with no particle after it', () => {
    expect(phrasalVerbs('an insight into trade').size).toBe(0);
    expect(phrasalVerbs('did they seal the deal').size).toBe(0);
  });
});

describe('invertedVerbs', () => {
  it('reads the verb after "do" and its subject, before its object or the end', () => {
    expect([...invertedVerbs('when did they seal the deal').entries()]).toEqual([['seal', 'seal']]);
    expect([...invertedVerbs('does the harbour line touch anything green').keys()]).toEqual(['touch']);
    expect([...invertedVerbs('what did the new line clock 10 million trips in').keys()]).toEqual(['clock']);
  });
  it('reads an adjective after the verb as opening its object ("touch digital economy")', () => {
    expect([...invertedVerbs('does the harbour upgrade touch digital economy at all').keys()]).toEqual(['touch']);
    expect(
      answerIds(
        answerQuestion(new FactSearch(loadSeedFacts()), 'does the 3.0 upgrade touch digital economy at all'),
      )[0],
    ).toBe('acfta-3-0-nine-areas');
  });
  it('leaves a noun after a determiner, and a clause with no "do"', () => {
    expect(invertedVerbs('did they sign the trade deal').has('deal')).toBe(false);
    expect(invertedVerbs('what is the toll on the harbour line').size).toBe(0);
  });
});

describe('an unseen answer-kind noun in a question', () => {
  const search = new FactSearch(loadSeedFacts());
  it('does not keep the fact that answers from clearing the bar', () => {
    expect(answerQuestion(search, 'Which publication ran the CAFTA 3.0 op-ed?').kind).toBe('fact');
  });
  it('still counts an unseen attribute asked of a subject against it', () => {
    expect(answerIds(answerQuestion(search, "What's the capacity of the China-ASEAN energy pipelines?"))).toEqual([]);
  });
  it('still counts an unseen subject of "how does a N V" against a fact that shares only the verb', () => {
    expect(answerIds(answerQuestion(search, 'How does a rainbow form?'))).toEqual([]);
  });
});

describe('the thing counted after a common name of the base ("how many ASEAN nations")', () => {
  it('is read only after a common name', () => {
    expect(countedAfterModifier("How many ASEAN nations' leaders came?")).toBe('nation');
    expect(countedAfterModifier('how many tourists ride the harbour line')).toBeUndefined();
    expect(countedAfterModifier('What is the harbour line?')).toBeUndefined();
  });

  const search = new FactSearch([madeUpFact('Leaders of the ten ASEAN countries opened the Harbour line.')]);
  const coverage = (q: string) => askCoverages(q, search.analyze(q))[0]!;
  it('weighs nothing against the fact that counts things of that name when the base has never seen it', () => {
    expect(coverage('How many ASEAN nations opened the Harbour line?')).toBe(1);
  });
  it('still counts an unseen word against the fact elsewhere', () => {
    expect(coverage('Did ASEAN nations open the Harbour line?')).toBeLessThan(1);
    expect(coverage('How many nations opened the Harbour line?')).toBeLessThan(1);
  });
});

describe('a time asked for by its kind ("what time period", "what month")', () => {
  it("is given by a fact that states the time without the kind's word", () => {
    const search = new FactSearch(loadSeedFacts());
    const q = 'What time period does the RMB 2.38 trillion trade figure in the op-ed refer to?';
    expect(answerIds(answerQuestion(search, q))[0]).toBe('china-asean-trade-jan-apr-2025');
  });
});
