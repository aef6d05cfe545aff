import { describe, expect, it } from 'vitest';
import { namedTypedChecks, typedChecks } from '../../src/knowledge/search/answer-types.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const fact = (summary: string, details = ''): Fact => madeUpFact(summary, { details });
const passes = (question: string, f: Fact) => typedChecks(question).every((check) => check(f));
const names = (question: string) => namedTypedChecks(question).map(([name]) => name);

describe('near misses: a fact about the subject that does not state the detail asked', () => {
  it('the value of something asks for money, which a count does not give', () => {
    const trains = fact('Ferries began crossing the bay in 2019; at first two boats ran each day.');
    const worth = fact('Goods worth USD 3 billion crossed the bay by ferry in 2024.');
    expect(passes("What's the value of goods shipped across the bay?", trains)).toBe(false);
    expect(passes("What's the value of goods shipped across the bay?", worth)).toBe(true);
  });
  it("someone's own take needs a fact that reports a view, not one that says they took part", () => {
    const attended = fact('The harbour line opened in 2021.', 'Mayor Tanaka Hiroshi attended the ceremony.');
    const said = fact('The harbour line opened in 2021.', 'Mayor Tanaka Hiroshi said it would revive the port.');
    expect(passes("What was Mayor Tanaka Hiroshi's personal take on the line?", attended)).toBe(false);
    expect(passes("What was Mayor Tanaka Hiroshi's personal take on the line?", said)).toBe(true);
    expect(passes("what's the columnist's view on the harbour line", fact('A columnist argued it was overdue.'))).toBe(
      true,
    );
    expect(passes('What did Mayor Tanaka Hiroshi think of the harbour line?', attended)).toBe(false);
    expect(passes('What did Mayor Tanaka Hiroshi think of the harbour line?', said)).toBe(true);
    expect(names('when did the harbour line open')).not.toContain('view');
  });
  it('a count for the first month (day, week, year) needs a fact that states that stretch', () => {
    const average = fact('The harbour line carried about 9,000 riders a day over its first three years.');
    const opening = fact('The harbour line carried 250,000 riders in its first month.');
    expect(passes('How many riders used the harbour line in its first month?', average)).toBe(false);
    expect(passes('How many riders used the harbour line in its first month?', opening)).toBe(true);
    expect(passes('how many riders did it carry during the first week', opening)).toBe(false);
    expect(passes('how many riders rode it on its opening day', average)).toBe(false);
    // "The first year of the agreement" names a year; it asks no count over a stretch.
    expect(names('Which year is the first year of the harbour agreement?')).not.toContain('rates');
  });
  it('examples of a thing need a fact that names that thing', () => {
    const topic = fact(
      'Backers say the harbour line makes the port more resilient, through shared rules and joint funds.',
    );
    const shocks = fact(
      'The harbour line rode out shocks such as the Suez Canal blockage and a Rotterdam dock strike.',
    );
    expect(passes('What examples of shocks does the article give?', topic)).toBe(false);
    expect(passes('What examples of shocks does the article give?', shocks)).toBe(true);
    expect(passes('Which shocks does the columnist mention?', topic)).toBe(false);
    // Numbers and figures are asked of any fact that states one.
    expect(names('What ridership figures does the article give for the harbour line?')).not.toContain('examples');
  });
  it('what something is compared to needs a fact that draws a likeness', () => {
    const plain = fact('The harbour line gives the port a legal framework for its ferries.');
    const likened = fact('The author likened the harbour line to a second Suez Canal.');
    expect(passes('what does the author compare the harbour line to', plain)).toBe(false);
    expect(passes('what does the author compare the harbour line to', likened)).toBe(true);
    expect(passes('What does the author liken the harbour line to?', plain)).toBe(false);
  });
  it('a measure of an economy (GDP, population, wages) needs a fact that names the measure', () => {
    const members = fact('The harbour pact has five members: Japan, Laos, Chile, Peru and Fiji.');
    const output = fact("Chile's GDP is about USD 300 billion.");
    expect(passes("What is Chile's GDP?", members)).toBe(false);
    expect(passes("What is Chile's GDP?", output)).toBe(true);
    expect(passes('whats the population of fiji', members)).toBe(false);
    expect(names('How many members does the harbour pact have?')).not.toContain('measure');
  });
});
