import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { typedChecks } from '../../src/knowledge/search/answer-types.js';
import { answersWhatIsAsked, asksDistance, countedThing } from '../../src/knowledge/search/asked-for.js';
import type { Analysis } from '../../src/knowledge/search/engine.js';
import type { Fact } from '../../src/knowledge/schema.js';

const base = loadSeedFacts().find((f) => f.kind === 'milestone')!;
const fact = (summary: string): Fact => ({ ...base, title: 'Port deal', aliases: [], summary, details: '' });
const passes = (question: string, f: Fact) => typedChecks(question).every((check) => check(f));
const hit = (f: Fact) => ({ fact: f, score: 1, coverage: 1, named: 1 });
/** A ranking of the one fact, for the question terms given. */
const alone = (f: Fact, terms: Analysis['terms']): Analysis => ({
  hits: [hit(f)],
  unseen: [],
  covered: [new Set()],
  partial: [new Map()],
  terms,
});
/** A ranking of the one fact for two question words that weigh half each. */
const halves = (f: Fact, a: string, b: string) =>
  alone(f, [
    { text: a, share: 0.5 },
    { text: b, share: 0.5 },
  ]);

describe('question structure: words that look like a question form but are not one', () => {
  it('"who" after a noun says which person is meant, not who did the act', () => {
    const said = fact('The port minister said the deal sends a clear message to shippers.');
    expect(passes('What is the name of the port minister who called the deal a clear message?', said)).toBe(true);
    // Asked outright, the act must be the fact's ("called it" is what "said it" says; signing is another act).
    expect(passes('Who called the deal a clear message?', said)).toBe(true);
    expect(passes('Who signed the deal?', said)).toBe(false);
  });
  it('"against" after an adjective or a verb opposes; after a noun it still compares', () => {
    const storms = fact('The deal makes the port supply chains more resilient to storms.');
    expect(passes('How does the deal make supply chains tougher against storms?', storms)).toBe(true);
    expect(passes('port traffic against airport traffic', storms)).toBe(false);
  });
  it('"how far behind / ahead" asks a gap, not a distance', () => {
    expect(asksDistance('how far behind is the second port?')).toBe(false);
    expect(asksDistance('how far ahead of schedule is the work?')).toBe(false);
    expect(asksDistance('how far is the port from the city?')).toBe(true);
  });
  it('"by how many times" and "how many times larger" ask a ratio, "how many times has it" a count', () => {
    expect(countedThing('by how many times did traffic grow?')).toBeUndefined();
    expect(countedThing('how many times larger is the new port?')).toBeUndefined();
    expect(countedThing('how many times has the port closed?')).toEqual(['time']);
  });
});

describe('"how far does it reach" asks how widely', () => {
  const analysis = (f: Fact) => alone(f, [{ text: 'port', share: 1 }]);
  const places = fact('Shipping links from the port reach 12 countries and regions.');
  const opened = fact('The port opened in 2020.');
  it('is answered by the places reached as well as by a distance', () => {
    const q = 'How far do the shipping links of the port reach?';
    expect(answersWhatIsAsked(q, analysis(places))(hit(places))).toBe(true);
    expect(answersWhatIsAsked(q, analysis(opened))(hit(opened))).toBe(false);
  });
  it('asked inside a sentence, without "do" ("does it say how far the links reach")', () => {
    const q = 'Does the report say how far the shipping links of the port reach?';
    expect(answersWhatIsAsked(q, analysis(places))(hit(places))).toBe(true);
    expect(answersWhatIsAsked(q, analysis(opened))(hit(opened))).toBe(false);
  });
  it('"how far is" still asks a distance only', () => {
    const q = 'How far is the port from the city?';
    expect(answersWhatIsAsked(q, analysis(places))(hit(places))).toBe(false);
  });
});

describe('counts named through the counted noun’s modifier', () => {
  const analysis = (f: Fact) => halves(f, 'nation', 'port');
  it('"how many ASEAN nations" is answered by "the ten ASEAN countries"', () => {
    const q = 'How many ASEAN nations signed the port deal?';
    const ten = fact('Leaders of the ten ASEAN countries signed the port deal.');
    const none = fact('Leaders of ASEAN countries signed the port deal in 2020.');
    expect(answersWhatIsAsked(q, analysis(ten))(hit(ten))).toBe(true);
    expect(answersWhatIsAsked(q, analysis(none))(hit(none))).toBe(false);
  });
});

describe('counts given as a list', () => {
  const analysis = (f: Fact) => halves(f, 'transport', 'port');
  it('"how many modes of transport" is answered by "rail, road, air and water transport"', () => {
    const q = 'How many modes of transport does the port link?';
    const listed = fact('The port links rail, road, air and water transport.');
    const unlisted = fact('The port links several kinds of transport.');
    expect(countedThing(q)).toEqual(['transport']);
    expect(answersWhatIsAsked(q, analysis(listed))(hit(listed))).toBe(true);
    expect(answersWhatIsAsked(q, analysis(unlisted))(hit(unlisted))).toBe(false);
  });
  it('a list answers a count only of the noun it lists', () => {
    const q = 'How many ports does the deal cover?';
    const listed = fact('The deal covers rail, road, air and water transport.');
    expect(answersWhatIsAsked(q, analysis(listed))(hit(listed))).toBe(false);
  });
});
