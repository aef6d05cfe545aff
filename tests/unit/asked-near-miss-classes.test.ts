import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/knowledge/schema.js';
import { attributeChecks } from '../../src/knowledge/search/asked-attribute.js';
import { cityCheck } from '../../src/knowledge/search/asked-places.js';
import { comingCheck, successorCheck, yearTotalCheck } from '../../src/knowledge/search/period-checks.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { askingClause } from '../../src/knowledge/search/asking.js';
import { wholeCheck } from '../../src/knowledge/search/asked-whole.js';
import { wholeAmountCheck } from '../../src/knowledge/search/asked-whole-amount.js';
import { askedTypes, valueTypeChecks } from '../../src/knowledge/search/value-type-checks.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const fact = (summary: string): Fact => madeUpFact(summary, { questions: [] });

describe('which city: a place below a country', () => {
  const summit = fact('The pact was signed on 15 November 2020 at a virtual summit hosted by Vietnam.');
  const hubs = fact('The corridor links Chongqing with the port of Qinzhou and on to Singapore.');
  const cityState = fact('The pact was signed in Singapore in 2019.');

  it('is not answered by a fact that names only countries', () => {
    expect(cityCheck('In which city was the pact signed?')!(summit)).toBe(false);
    expect(cityCheck('which Chinese seaport handles the sea leg?')!(hubs)).toBe(true);
    expect(cityCheck('which city hosted the signing?')!(cityState)).toBe(true);
  });

  it('needs a place the question does not already give', () => {
    expect(cityCheck('which cities besides Chongqing, Qinzhou and Singapore')!(hubs)).toBe(false);
  });

  it('is not asked by "which city of" or without a city word', () => {
    expect(cityCheck('which province of China borders Vietnam')).toBeUndefined();
    expect(cityCheck('where was the pact signed')).toBeUndefined();
  });
});

describe('an area asked in its unit', () => {
  const zone = fact('The zone lies on the outskirts of the capital and was created in August 2011.');
  const park = fact('The park covers about 600 hectares in southern Vietnam.');

  it('reads hectares, acres and square kilometres as an area', () => {
    expect(askedTypes('size of the zone in hectares?').map((a) => a.types)).toContainEqual(['area']);
    expect(askedTypes('how big is it in square kilometres').map((a) => a.types)).toContainEqual(['area']);
    expect(askedTypes('how large is the park in acres').map((a) => a.types)).toContainEqual(['area']);
  });

  it('is stated only by a fact that gives an area', () => {
    const checks = valueTypeChecks('size of the zone in hectares?').map(([, check]) => check);
    expect(checks.every((check) => check(park))).toBe(true);
    expect(checks.every((check) => check(zone))).toBe(false);
  });
});

describe("a tariff's level", () => {
  const concluded = fact('The upgrade talks were concluded on 20 May 2025 amid rising tariff tensions.');
  const cut = fact('Tariffs on 90% of goods fell to zero when the area took effect.');
  const passes = (asking: string, f: Fact) => attributeChecks(asking).every((check) => check(f));

  it('is asked as a rate', () => {
    expect(passes("what's the tariff on durians under the upgrade?", concluded)).toBe(false);
    expect(passes('how much are tariffs on durians cut?', concluded)).toBe(false);
    expect(passes("what's the tariff on durians under the upgrade?", cut)).toBe(true);
    expect(passes("what's the tariff on durians under the upgrade?", fact('Durians now enter duty-free.'))).toBe(true);
  });

  it('is not asked by tariff lines or a mere mention of tariffs', () => {
    expect(passes('what tariff lines does the upgrade cover?', concluded)).toBe(true);
    expect(passes('what tariff cuts are in the upgrade?', concluded)).toBe(true);
    expect(passes('when were the upgrade talks concluded amid tariff tensions?', concluded)).toBe(true);
  });
});

describe('an amount of trade', () => {
  const members = fact('Its 15 signatories are the ten ASEAN states plus China, Japan, South Korea and Australia.');
  const traded = fact('China-ASEAN trade reached USD 330 billion in the first four months.');
  const passes = (asking: string, f: Fact) => valueTypeChecks(asking).every(([, check]) => check(f));

  it('is a value in money, not a count of something else', () => {
    expect(passes('How much trade does China do with the Philippines?', members)).toBe(false);
    expect(passes('how big was china-asean trade in the first four months?', traded)).toBe(true);
  });

  it('is not asked by a share or growth of trade, nor by a trade corridor', () => {
    expect(askedTypes('how big a share of China’s trade is ASEAN?').map((a) => a.types)).not.toContainEqual(['money']);
    expect(askedTypes('how much did trade grow last year?').map((a) => a.types)).not.toContainEqual(['money']);
    expect(askedTypes("how much of China's trade is with ASEAN?").map((a) => a.types)).not.toContainEqual(['money']);
    expect(askedTypes('how big is the trade corridor?').map((a) => a.types)).not.toContainEqual(['money']);
  });
});

describe('the measure a share is of', () => {
  const withUnit: Fact = {
    ...fact('China and ASEAN produce more than 20% of world economic output.'),
    title: 'China and ASEAN: a share of the world economy',
  };

  it('must be the measure the fact gives a share of', () => {
    expect(wholeCheck('What share of world trade does RCEP account for?')!(withUnit)).toBe(false);
    expect(wholeCheck('what share of world GDP do they make up')!(withUnit)).toBe(true);
    expect(wholeCheck('what share of the world economy is that')!(withUnit)).toBe(true);
  });

  it('leaves facts that name no measure of a share, and shares of other things, alone', () => {
    expect(wholeCheck('What share of world trade does RCEP account for?')!(fact('RCEP took effect in 2022.'))).toBe(
      true,
    );
    expect(wholeCheck('what share of tariff lines drop to zero')).toBeUndefined();
  });
});

describe('what an office holder said', () => {
  const signed = fact("Malaysia's trade minister signed the protocol for ASEAN, witnessed by the prime minister.");
  const said = fact('The commerce ministry said the deal sends a strong signal for free trade.');
  const passes = (asking: string, f: Fact) => attributeChecks(asking).every((check) => check(f));

  it('is stated only by a fact that reports words', () => {
    expect(passes("What did Malaysia's trade minister say about the deal?", signed)).toBe(false);
    expect(passes('What did the commerce ministry say about the deal?', said)).toBe(true);
  });

  it('leaves a source that says something to the facts it reports', () => {
    expect(passes('What does the op-ed say about the protocol?', signed)).toBe(true);
  });
});

describe('a question mark with no question word', () => {
  it('marks the asking clause before a trailing remark', () => {
    expect(askingClause('exact bilateral trade number? need it for a report')).toBe('exact bilateral trade number');
    expect(askingClause('how long is the line? need it for a report')).toBe('how long is the line');
  });
});

describe('what follows a thing', () => {
  const ended = fact('Leaders adopted the Vision 2025 in 2015, setting goals for 2016-2025. Its period ended in 2025.');
  const ahead = fact('Leaders adopted the Vision 2045 in 2025 to guide the bloc for the next twenty years.');

  it('is stated only by a fact that looks ahead or names a successor', () => {
    expect(successorCheck('What comes after the Vision 2025?')!(ended)).toBe(false);
    expect(successorCheck("what's the next vision called")!(ended)).toBe(false);
    expect(successorCheck('What comes after the Vision 2025?')!(ahead)).toBe(true);
  });

  it('is not asked by a next week or by a yes/no question', () => {
    expect(successorCheck("what's the next step for the deal")).toBeUndefined();
    expect(successorCheck('is the new deal meant to replace the old one?')).toBeUndefined();
  });
});

describe('the next one of a recurring event', () => {
  const held = fact('Leaders met at the 27th summit in Vientiane in October 2024 and issued a joint statement.');
  const planned = fact('The next summit will be held in Kuala Lumpur in 2025.');

  it('is stated only by a fact that looks ahead', () => {
    expect(comingCheck('When is the next summit?')!(held)).toBe(false);
    expect(comingCheck("when's the next summit")!(planned)).toBe(true);
    expect(comingCheck("Where's the next summit being held?")!(held)).toBe(false);
    expect(comingCheck('When was the 27th summit?')).toBeUndefined();
  });
});

describe('a numbered list asked for', () => {
  const counted = fact('By late 2024, rail services linked to the line reached 19 countries and regions.');
  const listed = fact('The upgrade covers nine areas: goods, services, investment, digital trade and more.');
  const passes = (asking: string, f: Fact) => attributeChecks(asking).every((check) => check(f));

  it('is not given by a fact that only counts the things', () => {
    expect(passes('can u list the 19 countries and regions the rail links reach', counted)).toBe(false);
    expect(passes('List all nine areas covered by the upgrade.', listed)).toBe(true);
    expect(passes('Can you list all nine areas covered by the upgrade?', listed)).toBe(true);
  });
  it('is given by the facts that are each one of the things, together', () => {
    const zone = { ...fact('The Harbour Park opened in 2008 and hosts 50 firms.'), title: 'Harbour Industrial Zone' };
    expect(passes('Name all four zones that were mentioned', zone)).toBe(true);
    // One that counts as many as are asked is a count of them, not one of them.
    const four = { ...fact('Four zones were named in the report.'), title: 'Four harbour zones' };
    expect(passes('Name all four zones that were mentioned', four)).toBe(false);
  });
});

describe('a weight asked for', () => {
  const freight = fact('The harbour line carries passengers and freight between the two ports.');
  const tonnes = fact('The harbour line moved 4.2 million tonnes of freight in 2024.');
  const passes = (asking: string, f: Fact) => valueTypeChecks(asking).every(([, check]) => check(f));

  it('is answered only by a fact that states a weight', () => {
    expect(passes('How many tonnes of freight has the line carried?', freight)).toBe(false);
    expect(passes('How many tonnes of freight has the line carried?', tonnes)).toBe(true);
    expect(passes('How much freight has the line carried, in tonnes?', freight)).toBe(false);
  });

  it('"…, in tonnes?" and "…, per day?" belong to the question before them', () => {
    expect(askingClause('For my report: how much freight has the line carried, in tonnes?')).toBe(
      'how much freight has the line carried in tonnes',
    );
    expect(askingClause('Quick one: how many riders, per day?')).toBe('how many riders per day');
  });
});

describe('"per cent" is a percentage', () => {
  it('asks for a share as "percent" does', () => {
    expect(askedTypes('What per cent of the port trade was with Chile?').map((a) => a.types)).toContainEqual([
      'percent',
    ]);
    // A share of the total is asked, not the total itself: the check for the whole stays out of it.
    expect(wholeAmountCheck('What per cent of total foreign trade was with Chile?')).toBeUndefined();
    expect(wholeAmountCheck('What was the total foreign trade of Chile?')).toBeDefined();
  });
});

describe('one year asked of a running total', () => {
  const seed = loadSeedFacts().find((f) => f.kind === 'figure')!;
  const figure = (title: string, unit: string, period: string): Fact => ({ ...seed, title, unit, period });
  const running = figure('Harbour line: 5 million riders', 'million riders (more than)', 'March 2021 to late 2023');
  const yearly = figure('Harbour line riders in 2022', 'million riders', '2022');

  it('is not answered by a total over several years', () => {
    expect(yearTotalCheck('How many riders used the harbour line in 2022 alone?')!(running)).toBe(false);
    expect(yearTotalCheck('How many riders used the harbour line in 2022?')!(yearly)).toBe(true);
  });

  it('is left alone when the question asks about a span of years', () => {
    expect(yearTotalCheck('How many riders has it carried since 2021?')!(running)).toBe(true);
    expect(yearTotalCheck('How many riders from 2021 to 2023?')!(running)).toBe(true);
  });
});
