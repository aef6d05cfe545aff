import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerQuestion } from '../../src/knowledge/search/answer.js';
import { askedRole } from '../../src/knowledge/search/asked-for.js';
import { countriesIn, namesCountry } from '../../src/knowledge/search/asked-places.js';
import { typedChecks } from '../../src/knowledge/search/answer-types.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { isSuperlative } from '../../src/knowledge/search/superlatives.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const kind = (q: string) => answerQuestion(search, q).kind;
const figure = facts.find((f) => f.kind === 'figure')!;
const fact = (summary: string, questions: string[] = []): Fact => madeUpFact(summary, { questions });
const daily = (unit: string): Fact => ({
  ...figure,
  title: 'Harbour line riders',
  aliases: [],
  summary: 'The harbour line carried 40,000 riders.',
  unit,
});
const passes = (q: string, f: Fact) => typedChecks(q).every((check) => check(f));

describe('near misses: the fact names the subject but not what is asked of it', () => {
  it('a running total is no daily figure', () => {
    expect(passes('how many riders has the harbour line carried in total', daily('riders per day (peak)'))).toBe(false);
    expect(passes('how many riders has the harbour line carried so far', daily('riders'))).toBe(true);
    expect(passes('how many riders a day in total use the harbour line', daily('riders per day'))).toBe(true);
  });
  it('a role held for a country or body ("Cambodia\'s transport minister") must be named', () => {
    expect(askedRole("Who was Cambodia's transport minister for the harbour line?")).toEqual(['transport', 'minist']);
    expect(askedRole('who is the chairman of the zone')).toEqual(['chairman']);
    expect(askedRole('who is its chief engineer')).toEqual(['chief', 'engin']);
    expect(askedRole('who are their owners')).toEqual(['owner']);
  });
  it('which country did an act: the fact must say the act', () => {
    const hosted = fact('Laos hosted the harbour line summit.');
    const met = fact('Ministers met online to talk about the harbour line.');
    expect(passes('Which Asian country hosted the harbour line summit?', hosted)).toBe(true);
    expect(passes('Which Asian country hosted the harbour line summit?', met)).toBe(false);
  });
  it('what is still to come needs a fact that looks ahead, or one built to answer it', () => {
    const past = fact('The harbour line opened in 2020.');
    expect(passes('when will the harbour line reach the coast', past)).toBe(false);
    expect(passes('how will higher tariffs affect the harbour line', past)).toBe(false);
    expect(passes('what celebrations are planned for the harbour line', past)).toBe(false);
    expect(
      passes('when will the harbour line reach the coast', fact('It is expected to reach the coast by 2030.')),
    ).toBe(true);
    const built = fact('It takes effect once each side ratifies it.', ['when will the harbour deal take effect']);
    expect(passes('when will the harbour deal take effect', built)).toBe(true);
    expect(passes('when did the harbour line open', past)).toBe(true);
  });
  it('a definition needs the term itself', () => {
    expect(passes('what does NTB mean in trade', fact('Tariffs on harbour goods fell to zero.'))).toBe(false);
    expect(passes('what does NTB stand for', fact('Non-tariff barriers (NTBs) remain at the harbour.'))).toBe(true);
    expect(passes('what is meant by hard connectivity', fact('Hard connectivity means roads and rails.'))).toBe(true);
  });
  it('the top of a ranking needs a fact that ranks; a yes/no question may carry one to correct', () => {
    expect(['most', 'largest', 'busiest', 'biggest', 'longest', 'strongest'].every(isSuperlative)).toBe(true);
    expect(['west', 'interest', 'honest', 'first', 'harbour'].some(isSuperlative)).toBe(false);
    const one = fact('The harbour handled 5 million tonnes in 2024.');
    expect(passes('which harbour handles the most cargo', one)).toBe(false);
    expect(passes('which harbour handles the most cargo', fact('It is the busiest harbour in the region.'))).toBe(true);
    expect(passes('which harbour is the top port', fact('It ranked first among the ports.'))).toBe(true);
    expect(passes('is this harbour the biggest in the region?', one)).toBe(true);
  });
  it("an age is stated, or read off a thing's start; a person merely mentioned gives none", () => {
    expect(passes('how old is the harbour line', fact('The harbour line opened in 2020.'))).toBe(true);
    expect(passes('how old is jane doe', fact('Columnist Jane Doe wrote about the harbour line in May 2025.'))).toBe(
      false,
    );
    expect(passes('how old is jane doe', fact('Jane Doe, aged 54, runs the harbour line.'))).toBe(true);
  });
  it('a country named in a wh-question must be named by the fact (its adjective or short form will do)', () => {
    expect(countriesIn('What did Japan and South Korea sign?')).toEqual(['japan', 'south korea']);
    expect(namesCountry(fact('The Lao section is short.'), 'laos')).toBe(true);
    expect(namesCountry(fact('Vietnamese ports grew.'), 'vietnam')).toBe(true);
    expect(namesCountry(fact('Thai exports grew.'), 'thailand')).toBe(true);
    expect(passes('what did japan sign at the harbour summit', fact('China signed the harbour deal.'))).toBe(false);
    expect(passes('is japan one of the harbour partners?', fact('China signed the harbour deal.'))).toBe(true);
    expect(passes('has japan signed the harbour deal?', fact('China signed the harbour deal.'))).toBe(false);
    expect(passes('did the philippines sign the harbour deal?', fact('Philippine ports signed it.'))).toBe(true);
  });
  it("a country's other names count: US, UAE, Burma; not the pronoun, the currency or a continent", () => {
    expect(countriesIn('What are the current US tariffs on harbour goods?')).toEqual(['united states']);
    expect(countriesIn('what did the us government say about the harbour deal')).toEqual(['united states']);
    expect(countriesIn('what did the uae sign')).toEqual(['united arab emirates']);
    expect(countriesIn('what did Burma sign')).toEqual(['myanmar']);
    expect(countriesIn('teacher asked us why the harbour grew')).toEqual([]);
    expect(countriesIn('what was harbour trade in US dollars')).toEqual([]);
    expect(countriesIn('what was harbour trade in US$')).toEqual([]);
    expect(countriesIn('what does South America export')).toEqual([]);
    expect(passes('what did the US say about the harbour deal', fact('China signed the harbour deal.'))).toBe(false);
    expect(passes('what did the US say about the harbour deal', fact('The United States welcomed it.'))).toBe(true);
  });
  it('a version asked for must be the version the fact names', () => {
    const first = fact('The harbour deal took effect in 2010.');
    const third = { ...fact('The harbour deal was upgraded.'), aliases: ['Harbour deal 3.0'] };
    expect(passes('what tariff cuts are in harbour deal 3.0', first)).toBe(false);
    expect(passes('what tariff cuts are in harbour deal 3.0', third)).toBe(true);
    expect(passes('what is in version 3 of the harbour deal', third)).toBe(true);
    expect(passes('what is in the harbour deal 2.0', third)).toBe(false);
    expect(passes('was harbour trade 2.38 trillion', first)).toBe(true);
  });
  it('which things of a kind: a fact that names the kind must say which', () => {
    const kinds = fact('The sides worked on port shipping, air transport and energy pipelines.');
    expect(passes('which ports are involved in the harbour projects', kinds)).toBe(false);
    expect(
      passes('which ports are involved in the harbour projects', fact('It links the ports of Kuantan and Qinzhou.')),
    ).toBe(true);
    expect(
      passes('which modes does the harbour line combine', fact('It combines rail, road and water transport.')),
    ).toBe(true);
  });
  it('which countries did an act: the fact must say the act, not a noun of it', () => {
    const pending = fact('It takes effect once each side completes ratification.');
    expect(passes('Which harbour countries have already ratified the deal?', pending)).toBe(false);
    expect(passes('Which harbour countries have already ratified the deal?', fact('Laos ratified it in 2024.'))).toBe(
      true,
    );
  });
  it('who is asked is someone the question does not name already', () => {
    const two = fact('Laos became the harbour partner of China in 2020.');
    expect(passes("Who was China's harbour partner before Laos?", two)).toBe(false);
    expect(passes("Who is China's harbour partner?", two)).toBe(true);
  });
  it('a bare phrase that ends in a kind of person asks for that person', () => {
    expect(askedRole('harbour report contributor')).toEqual(['contributor']);
    expect(askedRole('what do harbour passengers pay')).toBeUndefined();
    expect(askedRole('harbour line passengers')).toEqual(['passeng']);
  });
  it('"name the ways", "list the zones": a fact that lists them or is one of them', () => {
    expect(passes('Name the ways the harbour is described as busy', fact('The harbour is busy and growing.'))).toBe(
      false,
    );
    expect(passes('Name the ways the harbour is busy', fact('It is busy with ships, trucks and trains.'))).toBe(true);
    const zone = { ...fact('The zone hosts 50 firms.'), title: 'Harbour industrial zone' };
    expect(passes('name the industrial zones mentioned', zone)).toBe(true);
  });
  it('"which 19 countries": a fact that gives the count must list them (two may be a pair of names)', () => {
    const count = fact('Harbour services reach 19 countries, thanks to links with the China Railway Express.');
    expect(passes('Which 19 countries do the harbour services reach?', count)).toBe(false);
    expect(passes('Which three countries does it reach?', fact('It reaches Laos, Thailand and Vietnam.'))).toBe(true);
    expect(passes('which two cities does the line link', fact('It links Kunming and Vientiane.'))).toBe(true);
  });
  it('end to end on the seed base', () => {
    expect(kind('how old is wang wentao')).toBe('none');
    expect(kind('what does MFN stand for')).toBe('none');
    expect(kind('what does MOFCOM stand for')).toBe('fact');
    expect(kind('What other publications has Hasan Muhammad written for, and what did he study?')).toBe('none');
  });
});
