import type { Fact } from '../schema.js';
import { chineseWords, toSimplified } from './chinese.js';
import { englishSenses } from './chinese-english.js';
import { digitsForNumerals } from './chinese-numbers.js';
import { isNotNominal } from './chinese-pos.js';

/**
 * "多少名员工", "几个领域", "多少列班列" ask for a count of the thing named after the measure word, as "how many X" does
 * in English (see asked-for.ts): a fact answers only when its Chinese text puts a number next to that thing
 * (15个成员国, 9个领域). A fact that names the thing but counts nothing of the kind (班列 only with the year they
 * started) is a near miss. Dates (2017年9月) are no counts. 第几 asks a rank (第几大港口, "the how-manyth"), not a count;
 * 那几 / 这几 / 好几 point at things already named or say "quite a few" (那几章主要管什么), and ask no count.
 */
/** 几 asking how many: not 哪几 ("which ones"), nor 那几 / 这几 / 好几 (see above). Shared with chinese-guess.ts. */
export const HOW_MANY_JI = '(?<![哪那这好])几';
const HOW_MANY = new RegExp(`(?<!第)(?:多少|${HOW_MANY_JI})([\\p{Script=Han}]{1,6})`, 'u');
/** Measure words and magnitudes between the question word and the thing (多少万辆次车辆, 几个国家, 多少列班列). */
const MEASURE = /^(?:[个名位家列趟辆座条项种次所艘架批届类万亿]|辆次|人次)$/;
/**
 * 多少年, 几天, 多少钱, 多少亿美元 ask for a length of time or an amount of money, 几倍 and 翻了几番 for a ratio, and
 * 多少比例, 几成 for a share, not for a count of things.
 */
const NO_THING = /^(?:年|月|天|日|周|小时|分钟|钱|元|块|美元|人民币|倍|番|比例|比重|份额|占比|百分比|成$)/;
/** A count: a number not followed by a date unit. */
const COUNT_TOKEN = /^\d[\d.,]*$/;
const DATE_UNIT = /^[年月日号]/;
/** How far apart (in characters) a count and the thing counted may stand. */
const WINDOW = 6;

/**
 * The words of what a Chinese "how many" question counts (多少个就业岗位 → 就业, 岗位; 几个重点领域 → 重点, 领域), or
 * undefined when it asks no count.
 */
export function chineseCountedThing(question: string): string[] | undefined {
  const match = HOW_MANY.exec(toSimplified(question));
  // 几个小时, 几个月: the measure word 个 stands before a unit of time too.
  if (!match || NO_THING.test(match[1]!.replace(/^[万亿]+/, '').replace(/^个/, ''))) return undefined;
  const cut = chineseWords(match[1]!).filter((w) => !MEASURE.test(w));
  // A name the segmenter lacks comes out as single characters (几个东盟国家 → 东|盟|国家): it modifies the word after
  // it, which is what is counted.
  const head = cut.findIndex((w) => Array.from(w).length > 1);
  const words = head >= 2 ? cut.slice(head) : cut;
  // 从多少增长到多少: a verb after the question word counts nothing.
  // 多少个就业岗位: a verb before a noun modifies it.
  const [first, second] = words;
  if (first === undefined) return undefined;
  const nominal = (w: string | undefined): w is string => w !== undefined && !isNotNominal(w);
  if (!nominal(first)) return nominal(second) ? [second] : undefined;
  return nominal(second) ? [first, second] : [first];
}

const textCache = new WeakMap<Fact, string>();
const exampleCache = new WeakMap<Fact, Set<string>>();

/** The words of what the fact's Chinese example questions count (多少乘客 → 乘客). */
function countedByExamples(fact: Fact): Set<string> {
  let counted = exampleCache.get(fact);
  if (!counted) {
    const questions = fact.i18n?.['zh-CN']?.questions ?? [];
    counted = new Set(questions.flatMap((q) => chineseCountedThing(q) ?? []));
    exampleCache.set(fact, counted);
  }
  return counted;
}

/**
 * Whether the fact's Chinese text puts a count within WINDOW characters of a word of the thing. A fact that names no
 * word of it may count it in other words (人次 for 乘客) when its own example questions count one of them, as "how
 * many" does in English (asked-for.ts); a word with no dictionary sense (a slip) is given the benefit.
 */
export function countsInChinese(fact: Fact, thing: readonly string[]): boolean {
  let text = textCache.get(fact);
  if (text === undefined) {
    const zh = fact.i18n?.['zh-CN'];
    text = zh ? digitsForNumerals(toSimplified(`${zh.title}。${zh.summary}。${zh.details ?? ''}`)) : '';
    textCache.set(fact, text);
  }
  // No Chinese text is left to coverage.
  if (!text) return true;
  // A count shortens the counted word to its first character (东盟10国 for 10个国家).
  if (thing.some((w) => abbreviatedCount(text, w))) return true;
  const named = thing.filter((w) => text.includes(w));
  if (named.length === 0) {
    const examples = countedByExamples(fact);
    return thing.some((w) => examples.has(w) || (Array.from(w).length > 1 && englishSenses(w).length === 0));
  }
  const counts: number[] = [];
  for (const m of text.matchAll(/\d[\d.,]*/g)) {
    if (COUNT_TOKEN.test(m[0]) && !DATE_UNIT.test(text.slice(m.index + m[0].length))) counts.push(m.index);
  }
  return named.some((word) => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (counts.some((c) => c >= at - WINDOW && c <= at + word.length + WINDOW)) return true;
    }
    return false;
  });
}

/** The text puts a count straight before the first character of a two-character word (10国 for 国家). */
function abbreviatedCount(text: string, word: string): boolean {
  const chars = Array.from(word);
  if (chars.length !== 2) return false;
  for (let at = text.indexOf(chars[0]!); at >= 0; at = text.indexOf(chars[0]!, at + 1)) {
    if (at > 0 && /\d/.test(text[at - 1]!)) return true;
  }
  return false;
}
