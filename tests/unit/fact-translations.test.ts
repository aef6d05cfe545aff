import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { missingNumbers, unexplainedNumbers } from '../../src/knowledge/number-forms.js';

const facts = loadSeedFacts();
type Text = { title: string; summary: string; details?: string | undefined };
const bodyOf = (t: Text): string => `${t.summary}\n${t.details ?? ''}`;
const textOf = (t: Text): string => `${t.title}\n${bodyOf(t)}`;

describe('the shipped zh-CN translations', () => {
  it('give every fact a Chinese title and summary, and details where the English has them', () => {
    const gaps: string[] = [];
    for (const f of facts) {
      const zh = f.i18n?.['zh-CN'];
      if (!zh) gaps.push(`${f.id}: no zh-CN text`);
      else if (Boolean(f.details) !== Boolean(zh.details)) gaps.push(`${f.id}: details ${f.details ? 'missing' : 'not in the English'}`);
    }
    expect(gaps).toEqual([]);
  });

  // The title is checked on its own, so a wrong figure in the title is not excused by a right one in the summary;
  // summary and details together, since a translation may move a clause from one to the other.
  it('carry every number, year and date of the English text', () => {
    const wrong: string[] = [];
    for (const f of facts) {
      const zh = f.i18n?.['zh-CN'];
      if (!zh) continue; // reported by the test above
      for (const phrase of missingNumbers(f.title, zh.title)) wrong.push(`${f.id}: title lacks "${phrase}"`);
      for (const phrase of missingNumbers(bodyOf(f), bodyOf(zh))) wrong.push(`${f.id}: text lacks "${phrase}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('carry no number the English does not give', () => {
    const extra: string[] = [];
    for (const f of facts) {
      const zh = f.i18n?.['zh-CN'];
      if (!zh) continue;
      for (const n of unexplainedNumbers(textOf(f), textOf(zh))) extra.push(`${f.id}: ${n}`);
    }
    expect(extra).toEqual([]);
  });

  it('are written in Chinese, with Chinese aliases and 4 to 6 example questions', () => {
    const han = /\p{Script=Han}/u;
    const problems: string[] = [];
    for (const f of facts) {
      const zh = f.i18n?.['zh-CN'];
      if (!zh) continue;
      if (!han.test(zh.title) || !han.test(zh.summary)) problems.push(`${f.id}: title or summary has no Chinese`);
      if (!zh.aliases.some((a) => han.test(a))) problems.push(`${f.id}: no Chinese alias`);
      if (zh.questions.length < 4 || zh.questions.length > 6) problems.push(`${f.id}: ${zh.questions.length} questions`);
      if (!zh.questions.every((q) => han.test(q))) problems.push(`${f.id}: a question has no Chinese`);
    }
    expect(problems).toEqual([]);
  });
});
