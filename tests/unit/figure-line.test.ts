import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { Fact } from '../../src/knowledge/schema.js';
import { factEmbed } from '../../src/render/fact-embed.js';
import { figureLine, formatFigure, formatPeriod, splitUnit } from '../../src/render/figure-line.js';

const facts = loadSeedFacts();
type Figure = Extract<Fact, { kind: 'figure' }>;
const figures = facts.filter((f): f is Figure => f.kind === 'figure');

const figure = (over: Partial<Figure>): Figure =>
  Fact.parse({
    kind: 'figure',
    id: 'test-figure',
    title: 'A figure',
    summary: 'A figure for the test.',
    sources: [{ publisher: 'GACC', title: 'Report', date: '2025-05' }],
    value: 17,
    unit: 'percent',
    period: '2024',
    asOf: '2025-05',
    ...over,
  }) as Figure;

/** How deep brackets nest in `text`: 1 for "(a)", 2 for "(a (b))"; -1 when they do not balance. */
function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (const c of text) {
    if (c === '(' || c === '[') max = Math.max(max, ++depth);
    if (c === ')' || c === ']') depth--;
    if (depth < 0) return -1;
  }
  return depth === 0 ? max : -1;
}

const QUALIFIER_WORDS = /\b(more than|over|nearly|almost|about|around|roughly|at least|up to|peak|average)\b/i;

describe('figure lines', () => {
  it('put the qualifier first, the period after a comma, and months with an en dash', () => {
    expect(
      figureLine(figure({ value: 17, unit: "% of China's foreign trade (nearly)", period: 'January-April 2025' })),
    ).toBe("nearly 17% of China's foreign trade, January–April 2025");
    expect(
      figureLine(figure({ value: 10, unit: 'million vehicles (more than)', period: 'October 2022 to late 2024' })),
    ).toBe('more than 10 million vehicles, October 2022 to late 2024');
    expect(formatFigure(figure({ value: 13000, unit: 'vehicles per day (average)' }))).toBe(
      'an average of 13,000 vehicles per day',
    );
    expect(formatFigure(figure({ value: 684.6, unit: 'billion', currency: 'USD' }))).toBe('USD 684.6 billion');
    expect(
      figureLine(figure({ value: 6.99, unit: 'trillion yuan', currency: 'CNY', period: 'Calendar year 2024' })),
    ).toBe('6.99 trillion yuan, calendar year 2024');
    expect(formatPeriod('March - May 2024')).toBe('March–May 2024');
  });

  it('leaves an unknown bracketed note in the unit alone rather than guessing it is a qualifier', () => {
    expect(splitUnit('tonnes (gross)')).toEqual({ unit: 'tonnes (gross)' });
    expect(splitUnit('vehicles (peak)')).toEqual({ unit: 'vehicles', qualifier: 'a peak of' });
  });

  it('every shipped figure reads as one clean line: no doubled or nested brackets, no dangling qualifier', () => {
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      const line = figureLine(f);
      expect(bracketDepth(line), `${f.id}: ${line}`).toBeGreaterThanOrEqual(0);
      expect(bracketDepth(line), `${f.id}: ${line}`).toBeLessThanOrEqual(1);
      expect(line, f.id).not.toMatch(/\)\s*\(|\(\s*\)/);
      // A qualifier sits before the number, never in brackets after the unit or at the end of the line.
      const figurePart = formatFigure(f);
      expect(figurePart, f.id).not.toMatch(/\(/);
      expect(
        figurePart.replace(
          /^(more than|over|nearly|almost|about|around|roughly|at least|up to|a peak of|an average of) /,
          '',
        ),
        f.id,
      ).not.toMatch(QUALIFIER_WORDS);
      expect(line, f.id).not.toMatch(new RegExp(`${QUALIFIER_WORDS.source}\\W*$`, 'i'));
      expect(line, f.id).not.toMatch(
        /(January|February|March|April|May|June|July|August|September|October|November|December)-[A-Z]/,
      );
    }
  });

  it('every shipped fact renders without nested brackets in its title, fields or footer', () => {
    for (const fact of facts) {
      const embed = factEmbed(fact);
      const texts = [
        embed.title ?? '',
        embed.footer?.text ?? '',
        ...(embed.fields ?? []).filter((f) => !/^Sources?$/.test(f.name)).map((f) => f.value),
      ];
      for (const text of texts) expect(bracketDepth(text), `${fact.id}: ${text}`).toBeLessThanOrEqual(1);
    }
  });
});
