import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/knowledge/schema.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { withoutChineseAsker } from '../../src/knowledge/search/chinese-asking.js';
import { chineseChecks } from '../../src/knowledge/search/chinese-checks.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { asksWriter, namesAuthor, namesOutlet } from '../../src/knowledge/search/source-author.js';
import { madeUpFact } from '../helpers/made-up-fact.js';

const COLUMN = { publisher: 'Tidewater Ledger', title: 'Column by Mara Quill on the ferry pact', date: '2025-03-01' };
const WIRE = { publisher: 'Gull Wire', title: 'Ferry pact signed', date: '2025-02-01' };

const fact = (id: string, title: string, summary: string, sources: Fact['sources'], tags: string[] = []): Fact => ({
  ...madeUpFact(summary),
  id,
  title,
  tags,
  i18n: {},
  sources: sources.map((s, i) => ({ ...s, url: `https://example.org/${id}/${i}` })),
});

const column = fact(
  'column',
  'Opinion: the ferry pact as a lift for Bellmouth shipyards',
  'Columnist Mara Quill, writing for Tidewater Ledger in March 2025, argued that the ferry pact could bring a ' +
    'shipyard revival to Bellmouth.',
  [COLUMN],
  ['opinion'],
);
// Drawn from the same column, but it does not name the writer.
const point = fact(
  'point',
  'Ferry pact eases harbour paperwork',
  'The ferry pact is said to ease harbour paperwork across the bay.',
  [COLUMN],
);
const wire = fact(
  'wire',
  'Ferry pact signed in Bellmouth',
  'Bellmouth and Portsea signed the ferry pact in February 2025, cutting harbour fees.',
  [WIRE],
);
const other = fact(
  'other',
  'Gull Wire commentary on harbour fees',
  'A Gull Wire commentary said harbour fees on the ferry pact routes would fall.',
  [WIRE],
);
const search = new FactSearch([column, point, wire, other]);
const ids = (question: string) => answerIds(answerQuestion(search, question));

describe('who wrote a source', () => {
  it('knows the facts that name the writer or the outlet their source credits', () => {
    expect(namesAuthor(column)).toBe(true);
    expect(namesAuthor(point)).toBe(false);
    expect(namesAuthor(wire)).toBe(false);
    expect(namesOutlet(column)).toBe(true);
    expect(namesOutlet(wire)).toBe(false);
    expect(namesOutlet(other)).toBe(true);
  });

  it('answers who wrote, authored or penned the piece with the fact naming its writer', () => {
    expect(ids('who is the author of the shipyard revival op-ed?')[0]).toBe('column');
    expect(ids('who penned the op-ed about a shipyard revival?')[0]).toBe('column');
    expect(ids('shipyard revival op-ed writer')[0]).toBe('column');
  });

  it('answers which outlet ran the piece with the fact naming it', () => {
    expect(ids('which outlet published the shipyard revival op-ed?')[0]).toBe('column');
  });

  it('does not credit the writer with a piece another outlet ran', () => {
    expect(ids('who wrote the Gull Wire commentary on the ferry pact?')).not.toContain('column');
  });

  it('answers a question that describes the writer', () => {
    expect(ids('how does the op-ed on the shipyard revival describe the guy who wrote it?')[0]).toBe('column');
    expect(ids('Dario Venn wrote that op-ed about a shipyard revival, right?')[0]).toBe('column');
  });

  it('refuses a writer named beside a piece the base does not hold', () => {
    expect(ids('Dario Venn wrote that op-ed about satellite tariffs, right?')).toEqual([]);
  });
});

describe('Chinese questions about a writer', () => {
  it('keeps the writer asked about (作者是谁) while dropping who asks', () => {
    expect(withoutChineseAsker('那篇轮渡评论作者是谁？发在哪个媒体上？')).toContain('作者');
    expect(withoutChineseAsker('我是一名学生，那篇轮渡评论讲了什么？')).not.toContain('学生');
  });

  it('reads a country before a kind of person as who the person is, not a place asked about', () => {
    const passes = (question: string) => chineseChecks(question).every((check) => check(column));
    expect(passes('写专栏的巴基斯坦作者叫什么？')).toBe(true);
    expect(passes('巴基斯坦的轮渡协定是什么时候签的？')).toBe(false);
  });
});

describe('who is behind an unsigned piece', () => {
  it('is no question a fact naming other people answers', () => {
    expect(asksWriter('who contributd to the gull wire reprt on the ferry pact')).toBe(true);
    expect(asksWriter("who's behind the ferry pact piece")).toBe(true);
    expect(asksWriter('who signed the ferry pact')).toBe(false);
    const report = fact(
      'report',
      'Ferry pact cuts harbour fees',
      'A Gull Wire report credits the ferry pact with cutting harbour fees for Bellmouth and Portsea shippers.',
      [WIRE],
    );
    const ask = (q: string) => answerIds(answerQuestion(new FactSearch([report]), q));
    // It names Bellmouth and Portsea, but not who wrote the report.
    expect(ask("who's behind the gull wire piece on the ferry pact?")).toEqual([]);
    expect(ask('what does the gull wire piece credit the ferry pact with?')).toEqual(['report']);
  });
});
