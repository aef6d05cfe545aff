import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { MAX_TRANSLATED_QUESTIONS } from '../../src/knowledge/schema.js';
import { numberMismatches } from '../../src/knowledge/translations.js';

/** The seed base leaves room under the cap for questions the unanswered-question loop attaches. */
const LOOP_ROOM = 10;

const facts = loadSeedFacts();

describe('the shipped zh-CN translations', () => {
  it('give every fact a Chinese title and summary, and details where the English has them', () => {
    const gaps: string[] = [];
    for (const f of facts) {
      const zh = f.i18n?.['zh-CN'];
      if (!zh) gaps.push(`${f.id}: no zh-CN text`);
      else if (Boolean(f.details) !== Boolean(zh.details))
        gaps.push(`${f.id}: details ${f.details ? 'missing' : 'not in the English'}`);
    }
    expect(gaps).toEqual([]);
  });

  // numberMismatches: title against title, summary and details together, and no number the English lacks.
  it('carry every number, year and date of the English text, and no other', () => {
    const wrong: string[] = [];
    for (const f of facts) {
      const zh = f.i18n?.['zh-CN'];
      if (!zh) continue; // reported by the test above
      for (const problem of numberMismatches(f, zh)) wrong.push(`${f.id}: ${problem}`);
    }
    expect(wrong).toEqual([]);
  });

  it('are written in Chinese, with Chinese aliases and 4 example questions or more, leaving room for the loop', () => {
    const han = /\p{Script=Han}/u;
    const problems: string[] = [];
    for (const f of facts) {
      const zh = f.i18n?.['zh-CN'];
      if (!zh) continue;
      if (!han.test(zh.title) || !han.test(zh.summary)) problems.push(`${f.id}: title or summary has no Chinese`);
      if (!zh.aliases.some((a) => han.test(a))) problems.push(`${f.id}: no Chinese alias`);
      if (zh.questions.length < 4 || zh.questions.length > MAX_TRANSLATED_QUESTIONS - LOOP_ROOM)
        problems.push(`${f.id}: ${zh.questions.length} questions`);
      if (!zh.questions.every((q) => han.test(q))) problems.push(`${f.id}: a question has no Chinese`);
    }
    expect(problems).toEqual([]);
  });
});
