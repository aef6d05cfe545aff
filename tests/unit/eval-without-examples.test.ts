import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/knowledge/schema.js';
import { withoutExamples, type EvalQuestion } from '../eval/evaluate.js';

const fact = (id: string, questions: string[], zh: string[]): Fact =>
  ({
    kind: 'topic',
    id,
    title: id,
    summary: `${id} summary`,
    tags: [],
    aliases: [],
    related: [],
    questions,
    sources: [],
    i18n: { 'zh-CN': { title: id, summary: id, aliases: [], questions: zh } },
  }) as unknown as Fact;

const asked = (...q: string[]): EvalQuestion[] => q.map((text) => ({ q: text, expect: [] }));

describe('withoutExamples (a set is scored against a base without its own questions)', () => {
  const facts = [
    fact('a', ['when did a start', 'a start date'], ['甲什么时候开始']),
    fact('b', ['what is b'], ['乙是什么']),
  ];

  it('takes a set question out of the English and translated example questions, and nothing else', () => {
    const out = withoutExamples(facts, asked('A start date', ' 乙是什么 ', 'never an example'));
    expect(out.map((f) => f.questions)).toEqual([['when did a start'], ['what is b']]);
    expect(out.map((f) => f.i18n?.['zh-CN']?.questions)).toEqual([['甲什么时候开始'], []]);
    expect(facts[0]!.questions).toEqual(['when did a start', 'a start date']);
  });

  it('returns the same base when it holds none of the questions', () => {
    expect(withoutExamples(facts, asked('what is c', '丙是什么'))).toBe(facts);
  });
});
