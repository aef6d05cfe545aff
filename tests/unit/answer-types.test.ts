import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { typedChecks } from '../../src/knowledge/search/answer-types.js';
import { monthSpan } from '../../src/knowledge/search/period-checks.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const kind = (q: string) => answerQuestion(search, q).kind;
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('answer types: what a question asks for must be stated by the fact', () => {
  it('"how many years / decades" is answered by a length of time, which counts nothing', () => {
    const [check] = typedChecks('for how many decades have they talked');
    const base = facts.find((f) => f.kind === 'milestone')!;
    expect(check!({ ...base, title: 'Talks', summary: 'They have talked for more than 30 years.', details: '' })).toBe(
      true,
    );
    expect(check!({ ...base, title: 'Talks', summary: 'Talks began on 1 May 2021.', details: '' })).toBe(false);
  });
  it('the trade between two countries, its value or volume, is an amount of money', () => {
    expect(kind('What is the trade value between China and the Philippines?')).toBe('none');
    expect(kind('what is the trade between china and the philippines')).toBe('none');
    expect(ids('what is the trade between china and vietnam')[0]).toBe('china-vietnam-trade-over-100bn');
  });
  it('a toll, fare or ticket needs money in the clause that names it, not the cost of building the road', () => {
    expect(kind("What are the toll charges on Cambodia's first expressway?")).toBe('none');
    expect(kind('how much is the tol for a truck on the cambodian expressway')).toBe('none');
    expect(ids('how much did the phnom penh sihanoukville expressway cost to build')).toEqual([
      'phnom-penh-sihanoukville-expressway-opens',
    ]);
  });
  it('a speed, a length, a duration or a unit asked for ("in hours", "in US dollars") needs a value of that kind', () => {
    expect(kind('what is the top speed on the phnom penh sihanoukville expressway')).toBe('none');
    expect(ids('how fast do trains go on the china-laos railway')).toEqual(['china-laos-railway-opens']);
    expect(kind('china asean combined economic output in us dollars')).toBe('none');
    expect(kind('how much faster is customs under fta 3.0, in hours')).toBe('none');
    const parkFact = facts.find((f) => f.id === 'long-jiang-industrial-park')!;
    expect(typedChecks('how long are they?').every((check) => check(parkFact))).toBe(false);
  });
  it('a count needs a number that counts something (not a year, a date or a size)', () => {
    expect(kind('number of firms in the sihanoukville special economic zone')).toBe('none');
    expect(kind('how many tons of freight has the china laos railway carried')).toBe('none');
    expect(ids('how many companies are in the long jiang industrial park')).toEqual(['long-jiang-industrial-park']);
  });
  it('who + verb needs a fact that says that act', () => {
    expect(kind('who owns the china-laos railway')).toBe('none');
    expect(ids('who built the phnom penh sihanoukville expressway')).toEqual([
      'phnom-penh-sihanoukville-expressway-opens',
    ]);
  });
  it('a slip of the verb that is no English word still names the act; an English word is another act', () => {
    const [check] = typedChecks('who finansed the road');
    const base = facts.find((f) => f.kind === 'milestone')!;
    const road = (summary: string) => ({ ...base, title: 'Road', summary, details: '' });
    expect(check!(road('The road was financed by a state firm.'))).toBe(true);
    expect(typedChecks('who owned the road')[0]!(road('The road was built by a state firm.'))).toBe(false);
  });
  it('periods: a year the fact does not mention, a part of a year, a daily figure for a yearly count', () => {
    expect(kind('who chaired the 2024 china-asean summit')).toBe('none');
    expect(kind('what was china-asean trade in the first half of 2025')).toBe('none');
    expect(kind('what was china-asean trade in 2025')).toBe('none');
    expect(ids('china asean trade first four months 2025')).toEqual(['china-asean-trade-jan-apr-2025']);
    // The year under way: the base knows only its first months, which are the answer.
    expect(ids('how much did china and asean trade so far this year')[0]).toBe('china-asean-trade-jan-apr-2025');
    expect(ids('今年中国和东盟贸易额多少')[0]).toBe('china-asean-trade-jan-apr-2025');
    expect(kind('how many passengers did the china-laos railway carry in 2023')).toBe('none');
    expect(monthSpan('the first four months')).toBe(4);
    expect(monthSpan('January-April 2025')).toBe(4);
    expect(monthSpan('Q1')).toBe(3);
  });
  it('forecasts, comparisons and names', () => {
    expect(kind('how much is china-asean trade projected to grow')).toBe('none');
    expect(kind('GDP vs GNP difference')).toBe('none');
    expect(kind('what are the names of the chinese makers in the rayong industrial zone')).toBe('none');
  });
  it('Chinese questions are left to the Chinese checks', () => {
    expect(typedChecks('中老铁路票价多少钱')).toEqual([]);
  });
});
