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
/** How far apart (in characters) a count and the thing counted may stand. */
const WINDOW = 6;

/** The first word of what a Chinese "how many" question counts, or undefined when it asks no count. */
export function chineseCountedThing(question: string): string | undefined {
  const match = HOW_MANY.exec(toSimplified(question));
  if (!match || NO_THING.test(match[1]!.replace(/^[万亿]+/, ''))) return undefined;
  const thing = chineseWords(match[1]!).find((w) => !MEASURE.test(w));
  // 从多少增长到多少: a verb after the question word counts nothing.
  return thing && !isNotNominal(thing) ? thing : undefined;
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
  // No Chinese text, or a fact that never names the thing, is left to coverage (it may count it in other words).
  if (!text.includes(thing)) return true;
  const counts: number[] = [];
  for (const m of text.matchAll(/\d[\d.,]*/g)) {
    if (COUNT_TOKEN.test(m[0]) && !DATE_UNIT.test(text.slice(m.index + m[0].length))) counts.push(m.index);
  }
  for (let at = text.indexOf(thing); at >= 0; at = text.indexOf(thing, at + 1)) {
    if (counts.some((c) => c >= at - WINDOW && c <= at + thing.length + WINDOW)) return true;
  }
  return false;
}
