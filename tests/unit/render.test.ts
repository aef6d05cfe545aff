import { describe, expect, it } from 'vitest';
import { page as pageButton } from '../../src/components/page.js';
import { ANSWER_IDS } from '../../src/components/answer-ids.js';
import { checkMessageLimits } from '@corridor/local-discord';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { Fact, type Source } from '../../src/knowledge/schema.js';
import { sourceDate, sourceMarkdown, sourcesMarkdown } from '../../src/render/sources.js';
import { factEmbed, factMessage } from '../../src/render/fact-embed.js';
import { asOfDate, formatDate, formatFigure, sourceLine } from '../../src/render/format.js';
import { clip, defuseMentions, embedLength, fitEmbed, LIMITS } from '../../src/render/limits.js';
import { groupedLines, listPage, PAGE_SIZE } from '../../src/render/list-embed.js';

const facts = loadSeedFacts();

/** A fact with every text at its schema maximum: the worst case a moderator could save. */
function maximalFact(): Fact {
  const long = (n: number, c = 'x') => c.repeat(n);
  return Fact.parse({
    kind: 'agreement',
    id: 'a'.repeat(64),
    title: long(100, 'T'),
    summary: long(1000, 'S'),
    details: long(1000, 'D'),
    tags: Array.from({ length: 20 }, (_, i) => `tag${i}`),
    aliases: Array.from({ length: 20 }, (_, i) => long(100, String.fromCharCode(65 + i))),
    related: [],
    date: '2025-10-28',
    signed: '2025-10-28',
    inForce: '2026-01-01',
    status: 'signed',
    parties: Array.from({ length: 20 }, (_, i) => `${long(98, 'P')}${String(i).padStart(2, '0')}`),
    sources: Array.from({ length: 5 }, () => ({
      publisher: long(100, 'U'),
      title: long(200, 'V'),
      date: '2025-10-28',
      url: `https://example.org/${long(400, 'w')}`,
    })),
  });
}

describe('fact embeds', () => {
  it('every seed fact renders within Discord limits with its source and as-of date', () => {
    for (const fact of facts) {
      const message = factMessage(
        ANSWER_IDS,
        fact,
        facts.filter((f) => fact.related.includes(f.id)),
      );
      expect(checkMessageLimits({ ...message, allowed_mentions: { parse: [] } }), fact.id).toEqual([]);
      expect(message.embeds[0]!.footer!.text).toContain(`as of ${formatDate(asOfDate(fact))}`);
    }
  });

  it('the largest fact the schema allows still fits', () => {
    const fact = maximalFact();
    const embed = factEmbed(fact);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(checkMessageLimits({ embeds: [embed] })).toEqual([]);
    expect(embed.fields!.find((f) => f.name === 'Parties')!.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  });

  it('formats figures and dates for people', () => {
    const figure = facts.find((f) => f.id === 'ppshv-expressway-daily-traffic');
    expect(figure?.kind === 'figure' && formatFigure(figure)).toBe('an average of 13,000 vehicles per day');
    expect(formatDate('2021-12-03')).toBe('3 December 2021');
    expect(formatDate('2021-12')).toBe('December 2021');
    expect(formatDate('2021')).toBe('2021');
    expect(sourceLine(facts.find((f) => f.id === 'china-laos-railway-opens')!)).toMatch(
      /^Source: Xinhua, 3 December 2021; TROIB News, c. December 2024 · as of December 2024$/,
    );
  });
});

describe('limits helpers', () => {
  it('clip stays within the limit in UTF-16 units, marks the cut and never splits an emoji', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('ab…');
    const emoji = clip('😀'.repeat(10), 6);
    expect(emoji).toBe('😀😀…');
    expect(emoji.length).toBeLessThanOrEqual(6);
    expect(clip('a😀b', 3)).toBe('a…');
  });

  it('fitEmbed brings an over-long embed under every limit', () => {
    const fitted = fitEmbed({
      title: 't'.repeat(300),
      description: 'd'.repeat(5000),
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(2000) })),
      footer: { text: 'f'.repeat(3000) },
    });
    expect(checkMessageLimits({ embeds: [fitted] })).toEqual([]);
    expect(embedLength(fitted)).toBeLessThanOrEqual(6000);
  });

  it('defuses mass, role and user mentions', () => {
    const text = defuseMentions('@everyone @here <@&123456789012345678> <@!123456789012345678> <@123456789012345678>');
    expect(text).not.toMatch(/@everyone|@here|<@[!&]?\d/);
  });
});

describe('list pages', () => {
  const lines = Array.from({ length: 23 }, (_, i) => `line ${i}`);
  it('shows ten lines a page with Previous/Next disabled at the ends', () => {
    const first = listPage('List', lines, 'Sources: X', 0, (n) => pageButton.id('sess', n));
    expect(first.embeds[0]!.description!.split('\n')).toHaveLength(PAGE_SIZE);
    expect(first.embeds[0]!.footer!.text).toBe('Page 1/3 · Sources: X');
    expect(first.components[0]!.components.map((b) => b.disabled)).toEqual([true, false]);
    const last = listPage('List', lines, 'Sources: X', 99, (n) => pageButton.id('sess', n));
    expect(last.embeds[0]!.description).toBe('line 20\nline 21\nline 22');
    expect(last.components[0]!.components.map((b) => b.disabled)).toEqual([false, true]);
  });
  it('names on each page only the sources of the lines on that page', () => {
    const footer = lines.map((_, i) => ({
      publishers: [i < PAGE_SIZE ? 'Xinhua' : 'GACC'],
      asOf: i < PAGE_SIZE ? '2021-12' : '2025-01',
    }));
    expect(listPage('List', lines, footer, 0, (n) => pageButton.id('sess', n)).embeds[0]!.footer!.text).toBe(
      'Page 1/3 · Sources: Xinhua · as of December 2021 · /fact <name> shows each source',
    );
    expect(listPage('List', lines, footer, 1, (n) => pageButton.id('sess', n)).embeds[0]!.footer!.text).toBe(
      'Page 2/3 · Sources: GACC · as of January 2025 · /fact <name> shows each source',
    );
  });
  it('never ends a page on a heading, and repeats a heading on the page a group continues on', () => {
    const item = (n: number) => ({ line: `item ${n}`, sources: { publishers: ['X'], asOf: '2020' } });
    const { lines: out, footer } = groupedLines(
      [
        { heading: 'A', items: Array.from({ length: 8 }, (_, i) => item(i)) },
        { heading: 'B', items: Array.from({ length: 3 }, (_, i) => item(10 + i)) },
      ],
      10,
    );
    expect(out).toEqual([
      'A',
      ...Array.from({ length: 8 }, (_, i) => `item ${i}`),
      '\u200b',
      'B',
      'item 10',
      'item 11',
      'item 12',
    ]);
    expect(footer[0]).toBeUndefined();
    const long = groupedLines([{ heading: 'A', items: Array.from({ length: 12 }, (_, i) => item(i)) }], 10).lines;
    expect(long[10]).toBe('A (continued)');
    expect(long).toHaveLength(14);
  });
  it('has no buttons for a single page', () => {
    expect(listPage('List', ['a'], '', 0, (n) => pageButton.id('sess', n)).components).toEqual([]);
  });
});

describe('sources', () => {
  const src = (over: Partial<Source> = {}): Source => ({
    publisher: 'Xinhua',
    title: 'A report',
    date: '2021-12-03',
    ...over,
  });

  it('shows a linked title, the publisher and the date; an inferred date as "c. Month Year"', () => {
    expect(sourceMarkdown(src({ url: 'https://example.org/a' }))).toBe(
      '[A report](https://example.org/a) — Xinhua, 3 December 2021',
    );
    expect(sourceMarkdown(src())).toBe('A report — Xinhua, 3 December 2021');
    expect(sourceDate({ date: '2024-12', approximate: true })).toBe('c. December 2024');
    expect(sourceDate({ date: '2024-12' })).toBe('December 2024');
  });

  it('keeps brackets in titles and parentheses in urls from breaking the link', () => {
    expect(sourceMarkdown(src({ title: 'Trade [update] *now*', url: 'https://example.org/a_(b) c' }))).toBe(
      '[Trade \\[update\\] \\*now\\*](https://example.org/a_%28b%29%20c) — Xinhua, 3 December 2021',
    );
  });

  it('lists every source within the budget, unlinking then counting what does not fit', () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      src({ title: `Report ${i}`, url: `https://example.org/${'x'.repeat(300)}` }),
    );
    const all = sourcesMarkdown(many, 5000);
    expect(all.split('\n')).toHaveLength(5);
    const tight = sourcesMarkdown(many, 1024);
    expect(tight.length).toBeLessThanOrEqual(1024);
    expect(tight).toContain('Report 4');
    expect(tight.split('\n').filter((l) => l.includes('](')).length).toBeLessThan(5);
  });

  it('a fact embed carries an approximate date as such', () => {
    const fact = Fact.parse({
      ...facts.find((f) => f.id === 'hard-connectivity')!,
      sources: [src({ date: '2024-12', approximate: true })],
    });
    expect(factEmbed(fact).fields).toEqual([
      { name: 'Source', value: 'A report — Xinhua, c. December 2024', inline: false },
    ]);
  });
});
