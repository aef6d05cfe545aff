import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { answersBoth } from '../../src/knowledge/search/both-parts-fact.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const ids = (q: string) => answerIds(answerQuestion(search, q));
const own = (part: string) => search.analyze(part, { limit: 3 });
const fact = (id: string) => facts.find((f) => f.id === id)!;
// The facts without their example questions: those move rankings as they are added, and a rule is tested on the facts' text.
const plain = new FactSearch(
  facts.map((f) => ({
    ...f,
    questions: [],
    ...(f.i18n && { i18n: { 'zh-CN': { ...f.i18n['zh-CN']!, questions: [] } } }),
  })),
);

describe('a fact that answers both parts of a two-part question', () => {
  it('leads when the first part’s top fact states nothing the second part asks', () => {
    // Both steps of the 3.0 talks say when they concluded; only the Vientiane one counts the ASEAN countries.
    // The whole answer shows both steps (which leads moves with the example questions); the rule itself is below.
    expect([...ids('When did the 3.0 negotiations conclude and how many ASEAN states joined them?')].sort()).toEqual([
      'acfta-3-0-concluded',
      'acfta-3-0-substantially-concluded',
    ]);
    expect(
      answersBoth(
        plain,
        plain.analyze('When did the 3.0 negotiations conclude', { limit: 3 }),
        'When did the 3.0 negotiations conclude',
        'how many ASEAN states joined them',
        fact('acfta-3-0-concluded'),
        undefined,
      )?.id,
    ).toBe('acfta-3-0-substantially-concluded');
  });
  it('is not a converse, nor the second part’s own answer', () => {
    const partner = fact('china-asean-largest-trading-partner-15-years');
    expect(
      answersBoth(
        search,
        own('How long has China been ASEAN’s top partner'),
        'How long has China been ASEAN’s top partner',
        'the other way round',
        partner,
        undefined,
      ),
    ).toBe(undefined);
    expect(ids('What is the total traffic on the expressway and what is the daily average?')).toEqual([
      'ppshv-expressway-10-million-vehicles',
      'ppshv-expressway-daily-traffic',
    ]);
  });
});

describe('a second part that names nothing of its own', () => {
  it('may be answered by the first part’s close fact that is also its own answer', () => {
    // "In on it" names no subject: the count of nations is found through the talks, and the Vientiane step gives both.
    const [left, right] = ['When were the 3.0 talks concluded', 'how many ASEAN nations were in on it'];
    const both = answersBoth(
      plain,
      plain.analyze(left, { limit: 3 }),
      left,
      right,
      fact('acfta-3-0-concluded'),
      fact('acfta-3-0-substantially-concluded'),
    );
    expect(both?.id).toBe('acfta-3-0-substantially-concluded');
  });
});

describe('two measures of one subject written once', () => {
  it('reads the first measure with the noun the second writes ("the total and the daily average traffic")', () => {
    expect(ids('What’s the total and the daily average traffic on the Phnom Penh–Sihanoukville Expressway?')).toEqual([
      'ppshv-expressway-10-million-vehicles',
      'ppshv-expressway-daily-traffic',
    ]);
  });
});

describe('a fact that answers the first part as fully', () => {
  it('does not take the place of a second part’s own fact that the whole question ranks higher', () => {
    // The railway's opening also gives its length, but the expressway's traffic is the second part's answer.
    const [left, right] = ['中老铁路全长多少公里？', '金港高速日均车流量多少？'];
    const both = answersBoth(
      search,
      own(left),
      left,
      right,
      fact('china-laos-railway-length'),
      fact('ppshv-expressway-daily-traffic'),
    );
    expect(both).toBeUndefined();
  });
});

describe('a half that tells what the asker is doing', () => {
  it('asks nothing: the other half is the question', () => {
    expect(
      ids('Heading to Laos next month and just curious, how many people ride the China-Laos train every day?'),
    ).toEqual(['china-laos-railway-passenger-peak']);
    expect(
      ids("I'm off to Vientiane soon and wondering, how many riders does the China-Laos train carry a day?"),
    ).toEqual(['china-laos-railway-passenger-peak']);
  });
});

describe('two things named, then one question about each', () => {
  it('asks the question of each thing', () => {
    expect(ids('RCEP and the China-Laos Railway: when did each start?')).toEqual([
      'rcep-in-force',
      'china-laos-railway-opens',
    ]);
    expect(ids('Sihanoukville SEZ and the Rayong industrial zone, what effect have they had?')).toEqual([
      'sihanoukville-sez',
      'rayong-industrial-zone',
    ]);
  });
});
