import type { Fact } from '../schema.js';
import { chineseWords, toSimplified } from './chinese.js';
import { digitsForNumerals } from './chinese-numbers.js';
import { isNotNominal } from './chinese-pos.js';

/**
 * "多少名员工", "几个领域", "多少列班列" ask for a count of the thing named after the measure word, as "how many X" does
 * in English (see asked-for.ts): a fact answers only when its Chinese text puts a number next to that thing
 * (15个成员国, 9个领域). A fact that names the thing but counts nothing of the kind (班列 only with the year they
 * started) is a near miss. Dates (2017年9月) are no counts. 第几 asks a rank (第几大港口, "the how-manyth"), not a count.
 */
const HOW_MANY = /(?<!第)(?:多少|(?<!哪)几)([\p{Script=Han}]{1,6})/u;
/** Measure words and magnitudes between the question word and the thing (多少万辆次车辆, 几个国家, 多少列班列). */
const MEASURE = /^(?:[个名位家列趟辆座条项种次所艘架批届类万亿]|辆次|人次)$/;
/** 多少年, 几天, 多少钱, 多少亿美元 ask for a length of time or an amount of money, not for a count of things. */
const NO_THING = /^(?:年|月|天|日|周|小时|分钟|钱|元|块|美元|人民币)/;
/** A count: a number not followed by a date unit. */
const COUNT_TOKEN = /^\d[\d.,]*$/;
const DATE_UNIT = /^[年月日号]/;
/** A number of things: digits, then a magnitude or 多/余, then a measure word or a counted 国 / 人. */
const COUNTS_THINGS = /\d[\d.,]*\s*(?:[万亿多余]\s*)*(?:[个名位家列趟辆座条项种次所艘架批届类国人]|辆次|人次)/;
/** How far apart (in characters) a count and the thing counted may stand. */
const WINDOW = 6;

/** The first word of what a Chinese "how many" question counts, or undefined when it asks no count. */
export function chineseCountedThing(question: string): string | undefined {
  const match = HOW_MANY.exec(toSimplified(question));
  // 几个小时, 几个月: the measure word 个 stands before a unit of time too.
  if (!match || NO_THING.test(match[1]!.replace(/^[万亿]+/, '').replace(/^个/, ''))) return undefined;
  const words = chineseWords(match[1]!).filter((w) => !MEASURE.test(w));
  const [thing, next] = words;
  if (thing && !isNotNominal(thing)) return thing;
  // 多少个就业岗位: a verb that modifies the noun after it (就业 "employment") counts that noun; 从多少增长到多少: a
  // verb that no noun follows counts nothing.
  return next && Array.from(next).length >= 2 && !isNotNominal(next) ? next : undefined;
}

const textCache = new WeakMap<Fact, string>();

/** Whether the fact's Chinese text puts a count within WINDOW characters of the thing (or never names it). */
export function countsInChinese(fact: Fact, thing: string): boolean {
  let text = textCache.get(fact);
  if (text === undefined) {
    const zh = fact.i18n?.['zh-CN'];
    text = zh ? digitsForNumerals(toSimplified(`${zh.title}。${zh.summary}。${zh.details ?? ''}`)) : '';
    textCache.set(fact, text);
  }
  // No Chinese text is left to coverage. A fact that never names the thing may count it in other words (15个成员国
  // for 几个国家), but one that counts nothing at all (a distance, a date) gives no count of anything.
  if (!text) return true;
  if (!text.includes(thing)) return COUNTS_THINGS.test(text);
  const counts: number[] = [];
  for (const m of text.matchAll(/\d[\d.,]*/g)) {
    if (COUNT_TOKEN.test(m[0]) && !DATE_UNIT.test(text.slice(m.index + m[0].length))) counts.push(m.index);
  }
  for (let at = text.indexOf(thing); at >= 0; at = text.indexOf(thing, at + 1)) {
    if (counts.some((c) => c >= at - WINDOW && c <= at + thing.length + WINDOW)) return true;
  }
  return false;
}
