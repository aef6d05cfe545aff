import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { conditionCheck } from '../../src/knowledge/search/asked-condition.js';
import { whereCheck } from '../../src/knowledge/search/asked-places.js';
import { answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const facts = loadSeedFacts();
const fact = (summary: string, questions: string[] = []): Fact => madeUpFact(summary, { questions });

describe('where: a place the question does not give', () => {
  const column = fact(
    'Columnist Lee Rahman, writing for the Daily Post, argued that Chinese firms face Western barriers.',
  );
  const hubs = fact('The line runs between Chongqing and Singapore.');

  it('is named by a country or a name that is no English word, not by the base parties or English words', () => {
    expect(whereCheck('lee rahman based where')!(column)).toBe(false);
    expect(whereCheck('where is Lee Rahman from?')!(column)).toBe(false);
    expect(whereCheck('where are the hubs of the line')!(hubs)).toBe(true);
    expect(whereCheck('where does the line go besides Singapore')!(hubs)).toBe(true);
    expect(whereCheck('where does the line go besides Singapore and Chongqing')!(hubs)).toBe(false);
  });

  it("is answered for the columnist by the shipped base, which gives his city as the article's editor's note does", () => {
    const search = new FactSearch(facts);
    for (const q of ['hasan muhammad based where', 'whos the guy from karachi that wrote abt cafta 3.0']) {
      const answer = answerQuestion(search, q);
      expect(answer.kind === 'fact' && answer.fact.id).toBe('acfta-3-0-china-export-outlook');
    }
    // Its disclaimer answers whether the column is the outlet's position.
    const position = answerQuestion(search, 'Is the op-ed the official position of China Economic Net?');
    expect(position.kind === 'fact' && position.fact.id).toBe('acfta-3-0-china-export-outlook');
    // The note on the column names no editor: "editor" asks what the base does not hold.
    expect(answerQuestion(search, 'op-ed editor name').kind).toBe('none');
  });

  it('is not asked by a relative "where"', () => {
    expect(whereCheck('which country hosted the meeting where the talks concluded')).toBeUndefined();
  });
});

describe('when will: an act stated only as a condition has no time', () => {
  const protocol = fact('The protocol was signed in 2025 and takes effect once each side completes ratification.');

  it('does not answer when the condition will be met, but does answer what waits on it', () => {
    expect(conditionCheck('when will all the members ratify the protocol')!(protocol)).toBe(false);
    expect(conditionCheck('when will the protocol take effect')!(protocol)).toBe(true);
    expect(conditionCheck('when did the members ratify the protocol')).toBeUndefined();
  });

  it("holds to the fact's own when-will questions", () => {
    const asked = fact(protocol.summary, ['when will the members ratify the protocol']);
    expect(conditionCheck('when will all the members ratify the protocol')!(asked)).toBe(true);
  });
});

describe('a best guess at another thing of a kind', () => {
  it('is not the thing the question names in full', () => {
    const search = new FactSearch(facts);
    expect(answerQuestion(search, 'What plan replaces the ASEAN Community Vision 2025 once it wraps up?').kind).toBe(
      'none',
    );
  });
});
