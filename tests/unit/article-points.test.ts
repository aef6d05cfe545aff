import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/knowledge/schema.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { articlePoints, englishCount } from '../../src/knowledge/search/article-points.js';
import { analysisOf as analysis, hitOf as hit } from '../helpers/ranking.js';

const base = loadSeedFacts()[0]!;
const source = (url: string) => [{ publisher: 'Harbour Post', title: 'Harbour column', date: '2025-01-01', url }];
const fact = (id: string, tags: string[], url = 'https://example.org/harbour-column'): Fact => ({
  ...base,
  id,
  tags,
  sources: source(url),
});
/** The two indexes of FactSearch the rule reads: facts by tag, and by the article they are drawn from first. */
const byTag = (facts: Fact[]) => {
  const tags = new Map<string, Fact[]>();
  const fromSource = new Map<string, Fact[]>();
  for (const f of facts) {
    for (const t of f.tags) tags.set(t, [...(tags.get(t) ?? []), f]);
    const url = f.sources[0]!.url!;
    fromSource.set(url, [...(fromSource.get(url) ?? []), f]);
  }
  return { byTag: tags, fromSource };
};
const fits = () => true;

describe('English questions that ask for a number of things', () => {
  it('reads the number before a plural noun', () => {
    expect(englishCount('What are the three main upsides the columnist lays out?')).toBe(3);
    expect(englishCount('wut r the 2 perks of the pier')).toBe(2);
    expect(englishCount('Name four harbours')).toBe(4);
  });

  it('reads no number from a version, a span of time or a "how many" question', () => {
    expect(englishCount('What does version 3.0 cover?')).toBeUndefined();
    expect(englishCount('What did three decades of teamwork build?')).toBeUndefined();
    expect(englishCount('How many piers have two cranes?')).toBeUndefined();
    expect(englishCount('What is the pier for?')).toBeUndefined();
  });

  it('reads a span of time typed short or with a slip as one ("4 mnths", "2 yrs", "3 yeras")', () => {
    expect(englishCount('harbour trade 1st 4 mnths how much')).toBeUndefined();
    expect(englishCount('harbour trade over 2 yrs')).toBeUndefined();
    expect(englishCount('what did 3 yeras of teamwork build')).toBeUndefined();
    expect(englishCount('the 4 harbours')).toBe(4);
  });

  it('reads a unit right after the number when the next word ends in s too ("four monts this year")', () => {
    expect(englishCount('harbour trade first four monts this yaer')).toBeUndefined();
    expect(englishCount('the four main harbours')).toBe(4);
  });
});

describe('the points of one article asked for by number', () => {
  const thesis = fact('thesis', ['harbour', 'opinion']);
  const cheaper = fact('cheaper', ['harbour', 'upside']);
  const faster = fact('faster', ['harbour', 'upside']);
  const safer = fact('safer', ['harbour', 'upside']);
  const elsewhere = fact('elsewhere', ['upside'], 'https://example.org/other');
  const facts = [thesis, cheaper, faster, safer, elsewhere];

  it("lists the article's one set of that many facts under a tag, whichever of its facts ranks high", () => {
    const found = articlePoints(
      'What are the three upsides the columnist lays out?',
      analysis([hit(thesis, 0.1), hit(elsewhere, 0.05)]),
      byTag(facts),
      fits,
    );
    expect(found?.facts.map((f) => f.id)).toEqual(['cheaper', 'faster', 'safer']);
  });

  it('lists nothing when the article holds no such set, or more than one, or only it', () => {
    const ranked = analysis([hit(thesis, 0.1)]);
    expect(articlePoints('What are the two upsides the column gives?', ranked, byTag(facts), fits)).toBeUndefined();
    const twoSets = [...facts, fact('a', ['downside']), fact('b', ['downside']), fact('c', ['downside'])];
    expect(articlePoints('the three points of the column', ranked, byTag(twoSets), fits)).toBeUndefined();
    const short = [fact('x', ['pier']), fact('y', ['pier'])];
    expect(articlePoints('the two piers', analysis([hit(short[0]!, 0.1)]), byTag(short), fits)).toBeUndefined();
    expect(articlePoints('What are the upsides?', ranked, byTag(facts), fits)).toBeUndefined();
  });
});
