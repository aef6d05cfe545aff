import { chineseWords, toSimplified } from './chinese.js';

/**
 * Two questions often come in one Chinese message (……多少年了？反过来……几年？): each ends in a question mark and
 * holds a question word. (Taking only the asking clause of a question with context, as English does, was measured
 * and dropped: Chinese context clauses often name the subject.)
 */
const QUESTION_END = /[？?]+/;
const CLAUSE_END = /[，,]+/;
/** 又 ("and … in turn") in the second clause: "…，金港高速又是哪年通车的". */
const AGAIN = /又/;
/** Words that make a clause a question (what, how many, which, when, how, why, whether, yes/no). */
export const ASKS =
  /什么|多少|哪|几|吗|怎么|怎样|如何|为什么|为啥|是否|啥|多久|多大|多长|多远|多高|有没有|是不是|能不能|对吗|呢[？?]?$/;

const HAN = /\p{Script=Han}/u;

export function isChinese(text: string): boolean {
  return HAN.test(text);
}

function clauses(text: string, end: RegExp): string[] {
  return (
    text
      .split(end)
      .map((c) => c.trim())
      // A trailing emoji or stray mark is no clause.
      .filter((c) => /[\p{L}\p{N}]/u.test(c))
  );
}

function namesSomething(clause: string): boolean {
  const han = toSimplified(clause).match(/\p{Script=Han}+/gu) ?? [];
  return han.some((run) => chineseWords(run).length > 0) || /[a-z0-9]{2,}/i.test(clause);
}

/** Two questions asked in one message, each ending in a question mark, that each ask and name something. */
export function chineseQuestionPair(question: string): [string, string] | undefined {
  const asked = clauses(question, QUESTION_END);
  // "中老铁路哪年开通的，金港高速又是哪年通车的": one question mark, two asks joined by a comma.
  // Only 又 ("and … in turn") marks the second clause as a new ask: a bare comma often joins context to one ask.
  const split = asked.length === 1 ? clauses(asked[0]!, CLAUSE_END) : asked;
  const parts = asked.length === 1 && !(split.length === 2 && AGAIN.test(split[1]!)) ? asked : split;
  if (parts.length !== 2) return undefined;
  if (!parts.every((p) => ASKS.test(p) && namesSomething(p))) return undefined;
  return parts as [string, string];
}
