import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { asksForFigures } from '../../src/knowledge/search/subject-figures.js';

const search = new FactSearch(loadSeedFacts());
const answer = (q: string) => answerQuestion(search, q);
const ids = (q: string) => answerIds(answer(q));
const RAILWAY_FIGURES = [
  'china-laos-railway-length',
  'china-laos-railway-passenger-peak',
  'china-laos-railway-rail-links-19-countries',
];
const EXPRESSWAY_FIGURES = ['ppshv-expressway-10-million-vehicles', 'ppshv-expressway-daily-traffic'];

describe('a request for the figures on a named thing', () => {
  it('is told from a question for one figure', () => {
    expect(asksForFigures('What are the main figures for the railway?')).toBe(true);
    expect(asksForFigures('the expressway by the numbers')).toBe(true);
    expect(asksForFigures('金港高速公路的主要数据有哪些？')).toBe(true);
    expect(asksForFigures('How long is the railway?')).toBe(false);
    expect(asksForFigures('铁路有多长？')).toBe(false);
    // "What stats / numbers …" asks for the set; a word for which figures ("traffic figures") asks for one kind.
    expect(asksForFigures('For a school project, what stats are there on the Laos railway?')).toBe(true);
    expect(asksForFigures('What numbers do you have on the expressway?')).toBe(true);
    expect(asksForFigures('What traffic figures are given for the expressway?')).toBe(false);
  });
  it('lists every figure on the thing, figures first, then the thing itself', () => {
    const got = answer('What are the main figures for the Laos-China railway?');
    expect(got.kind).toBe('list');
    const shown = answerIds(got);
    expect([...shown.slice(0, 3)].sort()).toEqual(RAILWAY_FIGURES);
    expect(shown).toContain('china-laos-railway-opens');
  });
  it('lists in Chinese too', () => {
    const shown = ids('金港高速公路的主要数据有哪些？');
    expect([...shown.slice(0, 2)].sort()).toEqual(EXPRESSWAY_FIGURES);
    expect(shown).toContain('phnom-penh-sihanoukville-expressway-opens');
  });
  it('covers each of two things named', () => {
    const shown = ids('Show me all the numbers on the Kunming-Vientiane railway and the PPSHV expressway');
    for (const id of [...RAILWAY_FIGURES, ...EXPRESSWAY_FIGURES]) expect(shown).toContain(id);
  });
  it('stays a refusal for a thing the base does not hold, and one figure for one asked', () => {
    expect(ids('key stats on the Jakarta-Bandung high-speed railway')).toEqual([]);
    expect(ids('请列出雅万高铁的关键数据')).toEqual([]);
    expect(ids('How long is the China-Laos Railway?')).toEqual(['china-laos-railway-length']);
  });
});
