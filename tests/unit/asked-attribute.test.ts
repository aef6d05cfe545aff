import { describe, expect, it } from 'vitest';
import { attributeChecks } from '../../src/knowledge/search/asked-attribute.js';
import { namedTypedChecks } from '../../src/knowledge/search/answer-types.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const fact = (summary: string): Fact => madeUpFact(summary);
const passes = (asking: string, f: Fact) => attributeChecks(asking).every((check) => check(f));

describe('asked attributes: the kind of value or list asked for must be stated', () => {
  it('one currency in another is an exchange rate, which a figure given in two currencies does not state', () => {
    const total = fact('Harbour trade reached RMB 70 billion (USD 10 billion) last year.');
    expect(passes('USD to RMB rate today?', total)).toBe(false);
    expect(passes('how many baht per dollar now', total)).toBe(false);
    expect(passes('what is harbour trade in USD', total)).toBe(true);
    expect(passes('what is the yuan to dollar rate', fact('The yuan to dollar rate was 7.1 in May.'))).toBe(true);
  });
  it('direct investment (FDI) is a measure of its own, which a trade total does not state', () => {
    const total = fact('Harbour trade reached USD 10 billion last year.');
    expect(passes('how much chinese fdi went into the harbour last year?', total)).toBe(false);
    expect(passes('foreign direct investment in the harbour', total)).toBe(false);
    expect(
      passes('how much FDI went into the harbour?', fact('Direct investment in the harbour hit USD 2 billion.')),
    ).toBe(true);
  });
  it('an average is no peak, and a slip of the word still asks for it', () => {
    const peak = fact('The harbour line carried a peak of 40,000 riders a day.');
    const average = fact('The harbour line averaged 25,000 riders a day in its first year.');
    expect(passes('what is the average number of riders a day on the harbour line', peak)).toBe(false);
    expect(passes('whats the avrage ridership on the harbour line', peak)).toBe(false);
    expect(passes('what is the average number of riders a day on the harbour line', average)).toBe(true);
    expect(passes('what was the busiest day on the harbour line', average)).toBe(false);
    expect(passes('what was the busiest day on the harbour line', peak)).toBe(true);
  });
  it('a rate needs a percentage or a stated rate', () => {
    expect(passes('harbour line freight rates', fact('The harbour line opened for freight in 2020.'))).toBe(false);
    expect(passes('harbour line freight rates', fact('Freight charges fell by 12% after the opening.'))).toBe(true);
  });
  it('kinds of something need a list of them', () => {
    const named = fact('Shippers on the harbour line face new trade barriers.');
    const listed = fact('Shippers face trade barriers such as quotas, licences and inspections.');
    expect(passes('what kinds of trade barriers do shippers face', named)).toBe(false);
    expect(passes('what types of trade barriers do shippers face', listed)).toBe(true);
    expect(attributeChecks('when did the harbour line open')).toEqual([]);
  });
  it('kinds of something need a list in a fact that names that thing', () => {
    const other = fact('The harbour line links ports, farms and factories with its partners.');
    const named = fact('The harbour line faces storms, strikes and other shocks.');
    expect(passes('what kinds of shocks does the harbour line face', other)).toBe(false);
    expect(passes('what kinds of shocks does the harbour line face', named)).toBe(true);
  });
  it('a plural object of another subject\'s act ("what X is Y putting up") asks for kinds too', () => {
    const named = fact('Shippers on the harbour line face new trade barriers.');
    const listed = fact('Shippers face trade barriers such as quotas, licences and inspections.');
    expect(passes('what barriers is the port authority raising', named)).toBe(false);
    expect(passes('which trade barriers is the port authority raising', listed)).toBe(true);
    // A plural subject with its own verb ("which ports are …") is left to the other checks.
    expect(passes('what barriers are new on the harbour line', named)).toBe(true);
    expect(passes('what is the harbour line', named)).toBe(true);
  });
  it('what someone said needs a fact that names them', () => {
    const minister = fact('Minister Wang Wentao said the harbour line would open trade.');
    expect(passes('What did Somchai Kittipong say about the harbour line?', minister)).toBe(false);
    expect(passes('What did Wang Wentao say about the harbour line?', minister)).toBe(true);
    // A place stands for its government; a lower-case word may be a slip.
    expect(passes("What did Beijing's ministry say about the harbour line?", minister)).toBe(true);
    expect(passes('what does the artical say about the harbour line', minister)).toBe(true);
  });
  it('an agreement named by another spelling of its acronym is no speaker', () => {
    const column = fact('A columnist argued that FTA 3.0 pushes back against protectionism.');
    expect(passes('What does the CAFTA 3.0 commentary say about protectionism?', column)).toBe(true);
    expect(passes('What did Kalantari say about FTA 3.0?', column)).toBe(false);
  });
  it('a name asked of a thing needs a fact that names the thing', () => {
    const line = fact('The harbour line links the old port with the new terminal.');
    expect(passes("What's the new capital called?", line)).toBe(false);
    expect(passes("What's the new terminal called?", line)).toBe(true);
    expect(passes('what is it called', line)).toBe(true);
    expect(passes('what is the minister who called it a signal', line)).toBe(true);
  });
  it('one sort of one thing asks what it is like, not for a list of kinds', () => {
    const stated = fact('The harbour line carries about 20,000 vehicles a day.');
    expect(passes('what sort of traffic is the harbour line getting', stated)).toBe(true);
    expect(passes('what kind of traffic does the harbour line carry', stated)).toBe(true);
    expect(passes('what sort of barriers do shippers face', stated)).toBe(false);
    expect(passes('what kinds of traffic does the harbour line carry', stated)).toBe(false);
  });
  it('a definition needs the term, and a slip of it that is no English word still names it', () => {
    const hard = fact('Hard connectivity means roads, railways and ports.');
    expect(passes('what does hard conectivity mean', hard)).toBe(true);
    expect(passes('what does hard connectivity mean', hard)).toBe(true);
    // An English word is read as typed: "connection" is not "connectivity".
    expect(passes('what does hard connection mean', hard)).toBe(false);
    expect(passes('what does soft conectivity mean', hard)).toBe(false);
  });
  it('"what do people mean by X" asks what X means, whoever says it', () => {
    const hard = fact('Hard connectivity means roads, railways and ports.');
    expect(passes('In this context, what do people mean by "hard connectivity"?', hard)).toBe(true);
    expect(passes('what do people mean by soft connectivity', hard)).toBe(false);
  });
  it('"what does X mean for / to Y" asks what X implies for Y, which no definition gives', () => {
    const outlook = fact('A columnist argued the upgraded deal could spark an export renaissance for China.');
    expect(passes('what does the upgraded CAFTA mean for Chinese exports', outlook)).toBe(true);
    expect(passes('what did the deal mean to exporters', outlook)).toBe(true);
    expect(namedTypedChecks('what does the upgraded CAFTA mean for Chinese exports').map(([n]) => n)).not.toContain(
      'meaning',
    );
    expect(passes('what does the upgraded CAFTA mean', outlook)).toBe(false);
  });
});

describe('named checks', () => {
  it('name what each check asks for, in the order the checks run', () => {
    expect(namedTypedChecks('what does hard connectivity mean').map(([name]) => name)).toContain('meaning');
    expect(namedTypedChecks('who built the harbour line').map(([name]) => name)).toContain('act');
    expect(namedTypedChecks('港口有多大')).toEqual([]);
  });
});
