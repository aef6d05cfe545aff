/**
 * Structural misreadings of English questions that made answerable ones "I don't know": where the asking clause
 * starts and ends, what a pronoun or a modifier points at, and words the base's normalisation never keeps.
 */
import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { attributeChecks } from '../../src/knowledge/search/asked-attribute.js';
import { typedChecks } from '../../src/knowledge/search/answer-types.js';
import { askCoverages, askingClause } from '../../src/knowledge/search/asking.js';
import { phrasalVerbs } from '../../src/knowledge/search/answer-kind.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { tokenizeQuery } from '../../src/knowledge/search/normalize.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { commonWordShare } from '../../src/knowledge/search/unseen-english.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const fact = (summary: string): Fact => madeUpFact(summary);
const tokens = (text: string) => tokenizeQuery(text).map((t) => t.token);

describe('the asking clause', () => {
  it('a full stop after a figure ends the sentence; one inside a figure does not', () => {
    expect(askingClause('I keep hearing about FTA 3.0. Could you explain what it covers?')).toBe(
      'Could you explain what it covers',
    );
    expect(askingClause('what does FTA 3.0 cover?')).toBe('what does FTA 3.0 cover?');
  });
  it('"asked me to list …" starts at the requested verb', () => {
    expect(
      askingClause('my boss wants a plant and asked me to list the industrial parks, what does the article name?'),
    ).toBe('list the industrial parks');
  });
  it('a request that points back with a pronoun asks about what the question named before it', () => {
    const question = 'the key 2025 milestones for china-asean, can someone sum them up';
    const analysis = search.analyze(question, { limit: 3 });
    expect(askCoverages(question, analysis)[0]).toBeGreaterThan(0.5);
    // "Is it …" asks something of its own about "it": no pointing back.
    const own = 'the harbour line, and is it open';
    expect(askingClause(own)).toBe('and is it open');
  });
  it('a pronoun between a verb and its particle keeps the phrasal verb ("sum them up")', () => {
    expect(phrasalVerbs('can someone sum them up').get('sum')).toBe('sum');
  });
});

describe('what the question asks of a fact', () => {
  it('"could mean for" asks what a thing implies, not a definition', () => {
    const defines = attributeChecks('what does the harbour pact mean');
    expect(defines.some((check) => !check(fact('The line opened.')))).toBe(true);
    expect(attributeChecks('what does the writer think the pact could mean for exports').length).toBe(0);
  });
  it('"an export business" names a kind of business; "exports" and "an export value" ask a direction of trade', () => {
    const twoWay = fact('Two-way trade reached 90 billion dollars.');
    const pass = (q: string) => typedChecks(q).every((check) => check(twoWay));
    expect(pass('how does the pact help a small export business')).toBe(true);
    expect(pass('how much did exports grow')).toBe(false);
    expect(pass('what is an export value of the line')).toBe(false);
  });
});

describe('words the normalisation keeps', () => {
  it('a bare "version" adds nothing; an ordinal version names its number', () => {
    expect(tokens('the new version of the deal')).not.toContain('version');
    expect(tokens('the third version of the deal')).toContain('3.0');
  });
  it('"Asian" names Asia; "at the moment" and "these days" say now', () => {
    expect(tokens('southeast asian')).toEqual(tokens('southeast asia'));
    expect(tokens('trade at the moment')).toEqual(tokens('trade now'));
    expect(tokens('trade these days')).toEqual(tokens('trade now'));
  });
  it('"the source" points at the source, not at a fact', () => {
    const terms = (q: string) => search.analyze(q, { limit: 1 }).terms.map((t) => t.text);
    expect(terms('what does the source say about rcep')).toEqual(terms('what does it say about rcep'));
  });
  it('a verb form is as common as its verb', () => {
    expect(commonWordShare('teaming')).toBe(commonWordShare('team'));
    expect(commonWordShare('planned')).toBeLessThanOrEqual(commonWordShare('plan'));
  });
  it('a verb form too rare for the word lists is as common as its verb', () => {
    expect(commonWordShare('rerouting')).toBe(commonWordShare('reroute'));
    expect(commonWordShare('rerouting')).toBeLessThan(1);
    // A form with no English base ("nearshore") keeps its full weight.
    expect(commonWordShare('nearshoring')).toBe(1);
  });
});
