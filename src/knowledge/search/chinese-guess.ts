import { chineseAsk } from './chinese-asking.js';
import { isChinese } from './chinese-clauses.js';
import { tokenizeQuery } from './normalize.js';

/** How much / how many / how long (but not 哪几, "which ones"). */
const ASKS_FIGURE_ZH = /多少|(?<!哪)几|多大|多长|多久|多远|多高|百分之/;

/**
 * Whether a Chinese question the base holds unseen words for may still get a marked best guess, when it names one
 * fact in full and that fact clearly leads. Chinese questions rephrase freely (形容, 意义, 媒体), so one unseen word
 * should not silence a question that names its fact; but one asking for a figure (多少名员工, 过路费要交多少) is the
 * usual near miss, a number the base does not hold about a thing it does, and stays "I don't know". Only the asking
 * part is read: context around it (我在写一份报告，…) neither asks for a figure nor holds the thing asked about.
 */
export function chineseGuessDespiteUnseen(question: string, named: number, unseen: readonly string[]): boolean {
  if (!isChinese(question) || named < 1) return false;
  const { ask } = chineseAsk(question);
  if (!ASKS_FIGURE_ZH.test(ask)) return true;
  const asked = new Set(tokenizeQuery(ask).map((t) => t.token));
  return !unseen.some((w) => asked.has(w));
}
