import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { namesOtherSubject } from '../../src/knowledge/search/chinese-named-subject.js';
import type { Analysis, SearchHit } from '../../src/knowledge/search/engine.js';

const base = loadSeedFacts().find((f) => f.kind === 'milestone')!;

const park = (id: string, title: string, aliases: string[], summary: string): Fact => ({
  ...base,
  id,
  title: id,
  summary: id,
  details: undefined,
  aliases: [],
  i18n: { 'zh-CN': { title, summary, aliases, questions: [] } },
});

const named = park('named-park', '泰中青岚工业园', ['青岚工业园'], '青岚工业园距港口约80公里，2006年建成。');
const other = park('other-park', '白沙工业园', ['白沙工业园'], '白沙工业园为当地创造了2万多个就业岗位。');

const hit = (fact: Fact, coverage: number, namedShare: number): SearchHit => ({
  fact,
  score: coverage,
  coverage,
  named: namedShare,
});

/** 青岚工业园创造了多少就业岗位: the named park does not count jobs, the other park does. */
const analysis = (namedCoverage: number): Analysis => ({
  hits: [hit(other, 0.74, 0.6), hit(named, namedCoverage, 1)],
  unseen: [],
  covered: [new Set(['工业', '园', '就业', '岗位']), new Set(['青', '岚', '工业', '园', '就业', '岗位'])],
  partial: [new Map(), new Map()],
  terms: [],
});
const refusesNamed = (h: SearchHit) => h.fact !== named;
const question = '青岚工业园创造了多少就业岗位';

describe('a Chinese question about the fact it names in full', () => {
  it('is not answered by a fact of another subject that lacks a word of the name', () => {
    const a = analysis(0.75);
    expect(namesOtherSubject(question, a, [0.74, 0.75], refusesNamed)(0)).toBe(true);
  });

  it('may be answered by it when the named fact answers too, or covers less of the question', () => {
    const a = analysis(0.75);
    expect(namesOtherSubject(question, a, [0.74, 0.75], () => true)(0)).toBe(false);
    expect(namesOtherSubject(question, analysis(0.3), [0.74, 0.3], refusesNamed)(0)).toBe(false);
  });

  it('may be answered by a fact that keeps every word of the name', () => {
    const jobs = park('named-park-jobs', '青岚工业园就业', [], '青岚工业园创造了5000个就业岗位。');
    const a: Analysis = { ...analysis(0.75), hits: [hit(jobs, 0.74, 0.6), hit(named, 0.75, 1)] };
    a.covered[0] = new Set(['青', '岚', '工业', '园', '就业', '岗位']);
    expect(namesOtherSubject(question, a, [0.74, 0.75], refusesNamed)(0)).toBe(false);
  });

  it('leaves English questions alone', () => {
    expect(namesOtherSubject('how many jobs did the park create', analysis(0.75), [0.74, 0.75], refusesNamed)(0)).toBe(
      false,
    );
  });
});
