import type { FactCheck } from './asked-attribute.js';
import { isChinesePersonWord } from './chinese-asking.js';
import { englishSenses } from './chinese-english.js';
import { textOf } from './chinese-fact-text.js';

/**
 * 发言人是谁 / 部长叫什么名字: a person word right before 是谁 or 叫什么 asks who holds that role, as "who is the
 * spokesperson of …" does in English (asked-for.ts askedRole): a fact that never names the role (a ministry's
 * statement) does not say who holds it. A writer (作者是谁) is asked of the piece, which asked-writer.ts judges.
 */
const WHO_HOLDS = /(\p{Script=Han}{2,6})(?:究竟|到底)?(?:是谁|叫(?:什么|啥)(?:名字)?)/gu;
const WRITER = /作者|撰稿人|作家|笔者|专栏/;
const LONGEST_ROLE = 4;
// Titles CC-CEDICT glosses by office rather than by a kind of person (部长 "head of a department", 总理 "premier").
const TITLE_ENDING = /(?:长|人|员|官|总理|主席|总统|代表|大使|书记|首相)$/;
const isRole = (word: string) =>
  isChinesePersonWord(word) || (TITLE_ENDING.test(word) && englishSenses(word).length > 0);

/** The role (a CC-CEDICT word for a kind of person) that ends the words before 是谁 / 叫什么, if any. */
export function askedChineseRole(question: string): string | undefined {
  for (const m of question.matchAll(WHO_HOLDS)) {
    const chars = Array.from(m[1]!);
    for (let n = Math.min(LONGEST_ROLE, chars.length); n >= 2; n--) {
      const word = chars.slice(-n).join('');
      if (isRole(word)) return WRITER.test(word) ? undefined : word;
    }
  }
  return undefined;
}

export function roleCheck(question: string): FactCheck | undefined {
  const role = askedChineseRole(question);
  if (!role) return undefined;
  return (fact) => {
    const { zh } = textOf(fact);
    // No Chinese text: left to the English checks.
    return !zh || zh.includes(role);
  };
}
