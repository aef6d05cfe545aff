import { chineseAsk } from './chinese-asking.js';
import { namesPlace } from './chinese-checks.js';
import { HOW_MANY_JI } from './chinese-counts.js';
import { isChinese } from './chinese-clauses.js';
import type { Analysis } from './engine.js';
import { tokenizeQuery, WEAK_TOKENS } from './normalize.js';

/** How much / how many / how long (几 as chinese-counts.ts reads it: not 哪几, 那几, 这几 or 好几). */
const ASKS_FIGURE_ZH = new RegExp(`多少|${HOW_MANY_JI}|多大|多长|多久|多远|多高|百分之`);

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

/** …吗, 是不是, 对不对: a yes/no question checks a claim. */
const YES_NO = /吗|是不是|对不对|是否|有没有|对吧|没错吧/;

/**
 * A Chinese yes/no question checks a claim about the fact it names (那份报告代表政府立场吗): a best guess can neither
 * confirm nor deny it when the guessed fact lacks a word of the claim that another fact of the base holds; the claim
 * is about something the base says elsewhere, not in this fact. A wrong number or place in the claim (不是2015年就开通了吗,
 * 终点是马尼拉吗) is what the fact corrects, so only other words count.
 */
export function chineseClaimElsewhere(question: string, { hits, covered, terms, unseen }: Analysis): boolean {
  if (!isChinese(question)) return false;
  const { ask } = chineseAsk(question);
  if (!YES_NO.test(ask)) return false;
  const asked = new Set(tokenizeQuery(ask).map((t) => t.token));
  const best = covered[0] ?? new Set<string>();
  return terms.some(
    (t) =>
      asked.has(t.text) &&
      /^\p{Script=Han}+$/u.test(t.text) &&
      !namesPlace(t.text) &&
      !unseen.includes(t.text) &&
      !WEAK_TOKENS.has(t.text) &&
      !best.has(t.text) &&
      hits.slice(1).some((_, k) => covered[k + 1]?.has(t.text)),
  );
}
