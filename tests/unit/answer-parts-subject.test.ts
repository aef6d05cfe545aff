import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { aboutSubject, answeredByFirst, holdsPartWord } from '../../src/knowledge/search/part-subject.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));
const fact = (id: string) => loadSeedFacts().find((f) => f.id === id)!;

describe('the second part of a two-part question', () => {
  it('that points back is answered only by a fact on the subject the first part names', () => {
    expect(ids('Where is Long Jiang Industrial Park and when did it open?')).toEqual(['long-jiang-industrial-park']);
    expect(
      aboutSubject(
        search,
        'Where is Long Jiang Industrial Park',
        fact('long-jiang-industrial-park'),
        fact('china-laos-railway-opens'),
      ),
    ).toBe(false);
    expect(
      aboutSubject(
        search,
        'how many areas does FTA 3.0 cover',
        fact('acfta-3-0-nine-areas'),
        fact('acfta-3-0-concluded'),
      ),
    ).toBe(true);
  });
  it("gets no other fact when the first part's fact already answers it", () => {
    expect(ids('What is the land-sea corridor and where are its hubs?')).toEqual([
      'new-international-land-sea-trade-corridor',
    ]);
    expect(
      answeredByFirst(
        search,
        'where are its hubs?',
        fact('new-international-land-sea-trade-corridor'),
        fact('china-laos-railway-rail-links-19-countries'),
      ),
    ).toBe(true);
    expect(answeredByFirst(search, 'how many members does it have', fact('rcep-in-force'), fact('rcep-members'))).toBe(
      false,
    );
  });
  it('still gets its own fact when it asks something the first fact does not say', () => {
    expect(ids('When did RCEP take effect and how many members does it have?')).toEqual([
      'rcep-in-force',
      'rcep-members',
    ]);
    expect(
      ids('How long is the China-Laos Railway and when did the Phnom Penh-Sihanoukville Expressway open?'),
    ).toEqual(['china-laos-railway-length', 'phnom-penh-sihanoukville-expressway-opens']);
  });
  it('read with the first part as context must hold a word of its own', () => {
    const query = 'how busy does it get the China-Laos Railway opened years ago';
    expect(holdsPartWord(search, query, 'how busy does it get', fact('china-laos-railway-length'))).toBe(false);
  });
  it('is no second question when it is one word that asks nothing ("in yuan and dollars")', () => {
    expect(ids('How much was China-ASEAN trade in Jan-Apr 2025 in yuan and dollars?')).toEqual([
      'china-asean-trade-jan-apr-2025',
    ]);
  });
});

describe('a part that asks when a stage came', () => {
  it('gets the fact of that stage, as a whole question does', () => {
    expect(ids('When did RCEP launch, and how long is the China-Laos Railway?')).toEqual([
      'rcep-in-force',
      'china-laos-railway-length',
    ]);
  });
});

describe('a part that points back to a subject with many facts, and the act a "who" asks', () => {
  it('takes a fact ranked far down for the first part alone when its title names that subject', () => {
    expect(
      ids('how many areas does the 3.0 upgrade span, and which ministry described it as a strong signal?'),
    ).toEqual(['acfta-3-0-nine-areas', 'acfta-3-0-strong-signal']);
    expect(
      aboutSubject(
        search,
        'how many areas does the 3.0 upgrade span',
        fact('acfta-3-0-nine-areas'),
        fact('acfta-3-0-strong-signal'),
      ),
    ).toBe(true);
    expect(
      aboutSubject(
        search,
        'how many areas does the 3.0 upgrade span',
        fact('acfta-3-0-nine-areas'),
        fact('china-laos-railway-opens'),
      ),
    ).toBe(false);
  });
  it('"who developed / constructed it" asks who built it, not who runs it', () => {
    expect(ids('who constructed the land-sea trade corridor?')).toEqual(['new-international-land-sea-trade-corridor']);
    expect(ids('who developed the Phnom Penh-Sihanoukville Expressway?')).toEqual([
      'phnom-penh-sihanoukville-expressway-opens',
    ]);
    expect(ids('who operates the Sihanoukville SEZ?')).toEqual([]);
  });
  it('"who called it X" asks who said it was X', () => {
    expect(ids("which body called CAFTA 3.0 a 'strong signal'?")).toEqual(['acfta-3-0-strong-signal']);
  });
});

describe('where an "and" joins two questions', () => {
  it('never inside a word said twice ("more and more")', () => {
    expect(ids('why are chinese factories looking more and more at southeast asia as a market?')).toEqual([
      'acfta-3-0-china-export-outlook',
    ]);
  });
  it('gives the left half the subject the right half names after "of"', () => {
    const both = ids('the digital economy and the green economy: are they among the areas of the 3.0 upgrade?');
    expect(both.every((id) => id.startsWith('acfta-3-0-'))).toBe(true);
    expect(both).toHaveLength(2);
  });
});
